// Times what the Attendees view asks of its model on a large database:
//   podium-modelbench FILE [REPEATS]
// Prints the median of each step in milliseconds. Used for
// docs/BENCHMARKS.md; not a test.
#include "models/registrationtablemodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Podium;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Touches every cell of rows [first, first + count), as painting a screen does.
void touch(const RegistrationTableModel &m, int first, int count)
{
    for (int r = first; r < std::min(first + count, m.rowCount()); ++r) {
        for (int c = 0; c < m.columnCount(); ++c)
            m.data(m.index(r, c));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: podium-modelbench FILE [REPEATS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    struct Step
    {
        const char *name;
        QList<double> ms;
    };
    QList<Step> steps{{"open + first 50 rows by family name", {}},
                      {"filter \"v\"", {}},
                      {"filter \"va\"", {}},
                      {"filter \"val\"", {}},
                      {"filter \"vald\"", {}},
                      {"clear filter", {}},
                      {"sort by event date", {}},
                      {"sort by status", {}},
                      {"sort by organisation", {}},
                      {"jump to last row", {}},
                      {"scroll 40 rows from the middle", {}},
                      {"data() for a screen of 40 rows", {}}};
    int rows = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        auto measure = [&](int step, const std::function<void()> &f) {
            t.restart();
            f();
            steps[step].ms << t.nsecsElapsed() / 1e6;
        };
        std::unique_ptr<Database> db;
        std::unique_ptr<RegistrationTableModel> model;
        measure(0, [&] {
            Database::OpenOptions options;
            options.readOnly = true;
            db = Database::open(path, options).database;
            model = std::make_unique<RegistrationTableModel>(*db, Language::English);
            touch(*model, 0, 50);
        });
        if (!db) {
            std::fprintf(stderr, "podium-modelbench: cannot open %s\n", argv[1]);
            return 1;
        }
        rows = model->rowCount();
        const char *typed[] = {"v", "va", "val", "vald"};
        for (int k = 0; k < 4; ++k)
            measure(1 + k, [&] {
                model->setSearchText(QString::fromLatin1(typed[k]));
                touch(*model, 0, 50);
            });
        measure(5, [&] {
            model->setSearchText({});
            touch(*model, 0, 50);
        });
        measure(6, [&] {
            model->sort(RegistrationTableModel::EventDateColumn, Qt::AscendingOrder);
            touch(*model, 0, 50);
        });
        measure(7, [&] {
            model->sort(RegistrationTableModel::StatusColumn, Qt::AscendingOrder);
            touch(*model, 0, 50);
        });
        measure(8, [&] {
            model->sort(RegistrationTableModel::OrganisationColumn, Qt::AscendingOrder);
            touch(*model, 0, 50);
        });
        model->sort(RegistrationTableModel::FamilyNameColumn, Qt::AscendingOrder);
        measure(9, [&] { touch(*model, model->rowCount() - 50, 50); });
        measure(10, [&] { touch(*model, model->rowCount() / 2, 40); });
        measure(11, [&] { touch(*model, model->rowCount() / 2, 40); });
    }
    std::printf("%d registrations, median of %d runs\n", rows, repeats);
    for (const Step &s : std::as_const(steps))
        std::printf("%-36s %9.1f ms\n", s.name, median(s.ms));
    return 0;
}
