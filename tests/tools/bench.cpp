// Times what the speed targets in docs/BENCHMARKS.md name, on a given
// database, and prints the median of each step:
//
//   podium-bench --database FILE [--repeats N] [--import-rows N]
//                [--podium PATH] [--work DIR] [--tsv] [--only PARTS]
//
// The Attendees view (RegistrationTableModel) is driven on FILE, opened
// read-only. A step of the view is timed to "first rows ready": the model
// has read the rows a screen shows and data() answers for every cell of
// them. The exact row count, which the model makes in the background on a
// second connection, is not part of that time; it is reported separately as
// the time from the same start until the count is known, and each step waits
// for it before the next one starts. The iCal export of every event with its programme items and
// the PDF programme run as whole `podium` processes, as a user would run them. The CSV import and
// the 60-item programme use scratch databases in --work (a temporary folder by default), so FILE is
// never written.
//
// CI runs it once on a tiny generated database (ctest bench_tiny), so that it
// keeps building and running; it asserts no timings.
#include "domain/eventrepository.h"
#include "domain/programmeitemrepository.h"
#include "io/registrationimport.h"
#include "models/registrationtablemodel.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

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

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "podium-bench: %s\n", qPrintable(message));
    std::exit(1);
}

// Touches every cell of rows [first, first + count), as painting a screen does.
void touch(const RegistrationTableModel &m, int first, int count)
{
    for (int r = std::max(0, first); r < std::min(first + count, m.rowCount()); ++r) {
        for (int c = 0; c < m.columnCount(); ++c)
            m.data(m.index(r, c));
    }
}

// Runs the event loop until @p m knows its row count (the count made in
// the background arrives as an event).
void waitForCount(const PagedSqlModel &m)
{
    if (m.countKnown())
        return;
    QEventLoop loop;
    QObject::connect(&m, &PagedSqlModel::countKnownChanged, &loop, [&loop](bool known) {
        if (known)
            loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!m.countKnown())
        fail(QStringLiteral("The row count did not arrive within ten minutes."));
}

// Runs the event loop until @p m has remembered the rows of its order
// (the walk in the background arrives as an event).
void waitForAnchors(const PagedSqlModel &m)
{
    if (m.anchorsKnown())
        return;
    QEventLoop loop;
    QObject::connect(&m, &PagedSqlModel::anchorsArrived, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!m.anchorsKnown())
        fail(QStringLiteral("The remembered rows did not arrive within ten minutes."));
}

// The peak resident set of this process so far, in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// A CSV of @p rows registrations of new people, some with organisations
// already named in earlier rows, as a registration form exports them.
QByteArray importFile(int rows)
{
    static const char *const given[] = {"Laura", "Jürgen", "Małgorzata", "Søren", "Zoë",
                                        "José",  "Anaïs",  "Ömer",       "Hélène"};
    static const char *const family[] = {"Valdés", "Müller", "Øvergaard", "Kowalczyk",
                                         "Dubois", "Şahin",  "Lefèvre",   "Ó Briain"};
    QByteArray csv = "Vorname;Nachname;E-Mail;Organisation;Status;Anmerkungen\n";
    csv.reserve(rows * 80);
    for (int i = 0; i < rows; ++i) {
        csv += given[i % 9];
        csv += ';';
        csv += family[(i / 9) % 8];
        csv += ' ' + QByteArray::number(i + 1) + ';';
        csv += "teilnehmer" + QByteArray::number(i + 1) + "@example.org;";
        if (i % 3 != 0)
            csv += "Städtenetzwerk " + QByteArray::number(i % 500 + 1);
        csv += ';';
        csv += i % 7 == 0 ? "Warteliste" : "angemeldet";
        csv += ';';
        if (i % 11 == 0)
            csv += "vegetarisch";
        csv += '\n';
    }
    return csv;
}

// A new database with one event of @p items programme items; returns its id.
qint64 scratchEvent(const QString &path, int items)
{
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database)
        fail(opened.message);
    Database &db = *opened.database;
    QString error;
    Event e;
    e.title.en = QStringLiteral("Cities and peace: a long day of dialogue");
    e.setLocalTimes(QDate(2026, 9, 19), QTime(8, 0), QTime(23, 0));
    EventRepository events(db);
    if (!events.insert(e, &error))
        fail(error);
    ProgrammeItemRepository itemRepo(db);
    QDateTime at = e.start;
    for (int k = 0; k < items; ++k) {
        ProgrammeItem item;
        item.eventId = e.id;
        item.position = k;
        item.kind = k % 4 == 0 ? ProgrammeItemKind::Panel : ProgrammeItemKind::Talk;
        item.title.en = QStringLiteral("Session %1: how cities keep the peace, and what "
                                       "municipal diplomacy can learn from them")
                            .arg(k + 1);
        item.description.en = QStringLiteral(
            "Speakers from several cities compare their experience of local cooperation, "
            "partnerships and the work of networks across borders.");
        item.start = at;
        item.end = at.addSecs(900);
        at = item.end;
        if (!itemRepo.insert(item, &error))
            fail(error);
    }
    return e.id;
}

struct Step
{
    QString name;
    QList<double> ms;
};

class Bench
{
public:
    void add(const QString &name, double ms)
    {
        for (Step &s : m_steps) {
            if (s.name == name) {
                s.ms << ms;
                return;
            }
        }
        m_steps.append({name, {ms}});
    }
    double time(const QString &name, const std::function<void()> &f)
    {
        QElapsedTimer t;
        t.start();
        f();
        const double ms = t.nsecsElapsed() / 1e6;
        add(name, ms);
        return ms;
    }
    void print(bool tsv) const
    {
        for (const Step &s : m_steps) {
            if (tsv)
                std::printf("%s\t%.1f\n", qPrintable(s.name), median(s.ms));
            else
                std::printf("%-46s %10.1f ms\n", qPrintable(s.name), median(s.ms));
        }
    }

private:
    QList<Step> m_steps;
};

double runProcess(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("%1 %2 failed.").arg(program, arguments.join(QLatin1Char(' '))));
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Podium on a large database."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The database to read (never written)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Runs per step."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption importRows(QStringLiteral("import-rows"),
                                        QStringLiteral("Rows of the CSV import."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption podium(QStringLiteral("podium"),
                                    QStringLiteral("The podium executable for the exports."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for scratch databases and outputs."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption tsv(QStringLiteral("tsv"),
                                 QStringLiteral("Print name<TAB>milliseconds lines."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated parts to run: attendees, ical, pdf, csv (default: all)."),
        QStringLiteral("PARTS"));
    parser.addOptions({database, repeats, importRows, podium, work, tsv, only});
    if (!parser.parse(app.arguments()))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString path = parser.value(database);
    if (path.isEmpty() || !QFileInfo::exists(path))
        fail(QStringLiteral("--database FILE is required and must exist."));
    const int runs = std::max(1, parser.value(repeats).toInt());
    const int rows = std::max(1, parser.value(importRows).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(work) ? parser.value(work) : temporary.path();
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("Cannot create %1.").arg(dir));
    QString program = parser.value(podium);
    if (program.isEmpty())
        program = QCoreApplication::applicationDirPath() + QStringLiteral("/../podium");
    Bench bench;
    const QStringList parts = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!QStringList{QStringLiteral("attendees"), QStringLiteral("ical"), QStringLiteral("pdf"),
                         QStringLiteral("csv")}
                 .contains(part))
            fail(QStringLiteral("--only: unknown part \"%1\".").arg(part));
    }
    const auto wanted = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1StringView(part));
    };

    // 1. The Attendees view. Each step that sets a filter is timed to its
    // first rows ("first rows ready"); its count, made in the background, is
    // timed from the same start to its arrival and waited for before the
    // next step, so that one step's count does not slow the next.
    int registrations = 0;
    double rss = 0;
    const auto filterStep = [&](const QString &name, const std::function<void()> &apply,
                                RegistrationTableModel &model) {
        QElapsedTimer t;
        t.start();
        apply();
        touch(model, 0, 50);
        bench.add(name, t.nsecsElapsed() / 1e6);
        waitForCount(model);
        bench.add(name + QStringLiteral(" [count, background]"), t.nsecsElapsed() / 1e6);
    };
    for (int i = 0; i < runs && wanted("attendees"); ++i) {
        std::unique_ptr<Database> db;
        std::unique_ptr<RegistrationTableModel> model;
        QElapsedTimer opening;
        opening.start();
        bench.time(QStringLiteral("attendees: open + first 50 rows by family name"), [&] {
            Database::OpenOptions options;
            options.readOnly = true;
            auto opened = Database::open(path, options);
            if (!opened.database)
                fail(opened.message);
            db = std::move(opened.database);
            model = std::make_unique<RegistrationTableModel>(*db, Language::English);
            touch(*model, 0, 50);
        });
        waitForCount(*model);
        bench.add(QStringLiteral("attendees: open + first 50 rows by family name [count, "
                                 "background]"),
                  opening.nsecsElapsed() / 1e6);
        registrations = model->rowCount();
        for (const char *typed : {"v", "va", "val", "vald"}) {
            filterStep(
                QStringLiteral("attendees: filter \"%1\"").arg(QLatin1StringView(typed)),
                [&] { model->setSearchText(QString::fromLatin1(typed)); }, *model);
        }
        // The worst case of a search in the family-name order: nobody
        // matches, so every person is tested before the (empty) first page.
        filterStep(
            QStringLiteral("attendees: filter \"qxqx\" (no match)"),
            [&] { model->setSearchText(QStringLiteral("qxqx")); }, *model);
        filterStep(
            QStringLiteral("attendees: clear the filter"), [&] { model->setSearchText({}); },
            *model);
        // A status chosen from the list, then a search typed as well.
        filterStep(
            QStringLiteral("attendees: choose status \"cancelled\""),
            [&] { model->setStatusFilter(QStringLiteral("cancelled")); }, *model);
        filterStep(
            QStringLiteral("attendees: filter \"vald\", status \"cancelled\""),
            [&] { model->setSearchText(QStringLiteral("vald")); }, *model);
        model->setSearchText({});
        model->setStatusFilter({});
        waitForCount(*model);
        const QList<QPair<QString, int>> sorts{
            {QStringLiteral("event date"), RegistrationTableModel::EventDateColumn},
            {QStringLiteral("status"), RegistrationTableModel::StatusColumn},
            {QStringLiteral("organisation"), RegistrationTableModel::OrganisationColumn},
            {QStringLiteral("given name"), RegistrationTableModel::GivenNameColumn},
        };
        for (const auto &[name, column] : sorts) {
            bench.time(QStringLiteral("attendees: sort by %1").arg(name), [&] {
                model->sort(column, Qt::AscendingOrder);
                touch(*model, 0, 50);
            });
        }
        QElapsedTimer sorted;
        sorted.start();
        model->sort(RegistrationTableModel::FamilyNameColumn, Qt::AscendingOrder);
        touch(*model, 0, 50);
        bench.time(QStringLiteral("attendees: jump to the last row"),
                   [&] { touch(*model, model->rowCount() - 50, 50); });
        // Before the walk of the new order has remembered its rows: the
        // jump skips half the table.
        bench.time(QStringLiteral("attendees: jump to the middle, at once"),
                   [&] { touch(*model, model->rowCount() / 2, 40); });
        // A short list (the tiny run in CI) is not walked: a jump in it is
        // quick anyway.
        if (model->rowCount() >= 4 * model->anchorSpacing()) {
            waitForAnchors(*model);
            bench.add(QStringLiteral("attendees: rows remembered after the sort [background]"),
                      sorted.nsecsElapsed() / 1e6);
            bench.time(QStringLiteral("attendees: jump to a third, rows remembered"),
                       [&] { touch(*model, model->rowCount() / 3, 40); });
        }
        // A search typed in other orders: the first page walks the order's
        // index (of the event, the registration or the person) and tests
        // each row, as in the family-name order.
        const QList<QPair<QString, int>> searchOrders{
            {QStringLiteral("event date"), RegistrationTableModel::EventDateColumn},
            {QStringLiteral("status"), RegistrationTableModel::StatusColumn},
            {QStringLiteral("organisation"), RegistrationTableModel::OrganisationColumn},
        };
        for (const auto &[name, column] : searchOrders) {
            model->setSearchText({});
            waitForCount(*model);
            model->sort(column, Qt::AscendingOrder);
            touch(*model, 0, 50);
            for (const char *typed : {"v", "vald"}) {
                filterStep(
                    QStringLiteral("attendees: filter \"%1\" by %2")
                        .arg(QLatin1StringView(typed), name),
                    [&] { model->setSearchText(QString::fromLatin1(typed)); }, *model);
            }
        }
        rss = std::max(rss, peakRssMiB());
    }

    // 2. The iCal export of every event with its programme items.
    const QString ics = dir + QStringLiteral("/all.ics");
    for (int i = 0; i < runs && wanted("ical"); ++i) {
        QFile::remove(ics);
        bench.add(
            QStringLiteral("ical: export all events with programme items"),
            runProcess(program, {QStringLiteral("export"), QStringLiteral("ics"),
                                 QStringLiteral("--database"), path, QStringLiteral("--from"),
                                 QStringLiteral("1970-01-01"), QStringLiteral("--to"),
                                 QStringLiteral("2999-12-31"), QStringLiteral("--programme-items"),
                                 QStringLiteral("--output"), ics}));
    }

    // 3. The PDF programme of a 60-item event, as a whole process.
    const QString programmeDb = dir + QStringLiteral("/programme.podium");
    const QString pdf = dir + QStringLiteral("/programme.pdf");
    qint64 eventId = 0;
    if (wanted("pdf")) {
        QFile::remove(programmeDb);
        eventId = scratchEvent(programmeDb, 60);
    }
    for (int i = 0; i < runs && wanted("pdf"); ++i) {
        QFile::remove(pdf);
        bench.add(QStringLiteral("pdf: programme of a 60-item event (process)"),
                  runProcess(program,
                             {QStringLiteral("export"), QStringLiteral("pdf"),
                              QStringLiteral("--database"), programmeDb, QStringLiteral("--event"),
                              QString::number(eventId), QStringLiteral("--output"), pdf}));
    }

    // 4. The CSV import, each run into a fresh database with one event.
    const QByteArray csv = importFile(rows);
    QFile csvFile(dir + QStringLiteral("/import.csv"));
    if (csvFile.open(QIODevice::WriteOnly))
        csvFile.write(csv);
    csvFile.close();
    for (int i = 0; i < runs && wanted("csv"); ++i) {
        const QString importDb = dir + QStringLiteral("/import-%1.podium").arg(i);
        QFile::remove(importDb);
        const qint64 target = scratchEvent(importDb, 1);
        auto opened = Database::open(importDb, {});
        if (!opened.database)
            fail(opened.message);
        RegistrationImport::Result result;
        bench.time(QStringLiteral("csv: import %1 registrations (read, plan, apply)").arg(rows),
                   [&] {
                       const auto source = RegistrationImport::read(csv);
                       const auto plan = RegistrationImport::plan(*opened.database, target, source);
                       result = RegistrationImport::apply(*opened.database, plan, {});
                   });
        if (!result.ok)
            fail(result.error);
        if (result.createdRegistrations.size() != rows)
            fail(QStringLiteral("The import created %1 registrations, not %2.")
                     .arg(result.createdRegistrations.size())
                     .arg(rows));
        opened.database.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(importDb + suffix);
    }

    std::printf("%s%d registrations, median of %d runs\n", parser.isSet(tsv) ? "# " : "",
                registrations, runs);
    bench.print(parser.isSet(tsv));
    if (parser.isSet(tsv))
        std::printf("attendees: peak RSS (MiB)\t%.1f\n", rss);
    else
        std::printf("%-46s %10.1f MiB\n", "attendees: peak RSS of this process", rss);
    return 0;
}
