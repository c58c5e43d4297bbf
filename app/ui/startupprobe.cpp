#include "startupprobe.h"

#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace Podium::StartupProbe {

namespace {

// Started while the program's static objects are set up, before main():
// the fallback where the kernel does not say when the process started.
const QElapsedTimer sinceLoad = [] {
    QElapsedTimer t;
    t.start();
    return t;
}();

/** Quits the application once the window it watches has painted for the first time. */
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QObject *parent)
        : QObject(parent)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The top-level window paints its widgets while it handles
        // UpdateRequest; a zero timer runs once that painting is done.
        if (!m_seen && (event->type() == QEvent::UpdateRequest || event->type() == QEvent::Paint)) {
            m_seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fprintf(stderr,
                             "podium: first paint after %lld ms since the process started\n",
                             static_cast<long long>(msSinceProcessStart()));
                std::fflush(stderr);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat is the start time in clock ticks since
    // boot, which CLOCK_BOOTTIME counts from as well.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        // The command name (field 2) may hold spaces; fields after it follow its ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 startTicks = fields.value(22 - 3).toLongLong(&ok);
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        timespec now{};
        if (ok && ticksPerSecond > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            return nowMs - startTicks * 1000 / ticksPerSecond;
        }
    }
#endif
    return sinceLoad.elapsed();
}

void install(MainWindow &window, const QProcessEnvironment &environment)
{
    const QString view = environment.value(QStringLiteral("PODIUM_START_VIEW")).trimmed().toLower();
    static const struct
    {
        const char *name;
        MainWindow::View view;
    } views[] = {
        {"events", MainWindow::EventsView},
        {"people", MainWindow::PeopleView},
        {"organisations", MainWindow::OrganisationsView},
        {"attendees", MainWindow::AttendeesView},
        {"home", MainWindow::HomePage},
        {"statistics", MainWindow::StatisticsPage},
    };
    bool known = view.isEmpty();
    for (const auto &v : views) {
        if (view == QLatin1StringView(v.name)) {
            window.showView(v.view);
            known = true;
        }
    }
    if (!known)
        std::fprintf(stderr,
                     "podium: PODIUM_START_VIEW \"%s\" is not a view; showing the usual "
                     "one.\n",
                     qPrintable(view));
    if (environment.value(QStringLiteral("PODIUM_EXIT_AFTER_FIRST_PAINT")) ==
        QLatin1StringView("1"))
        window.installEventFilter(new FirstPaint(&window));
}

} // namespace Podium::StartupProbe
