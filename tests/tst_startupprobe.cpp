// The start-up measurement hook (app/ui/startupprobe.h): the real podium
// executable, on the offscreen platform, quits by itself after its first
// paint when asked to, and opens the view it is told to.
#include "mainwindow.h"
#include "startupprobe.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

class TestStartupProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitsAfterFirstPaint();
    void keepsRunningWithoutTheVariable();
    void startViewIsShown();
    void processStartIsBeforeNow();
};

namespace {

QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("PODIUM_EXIT_AFTER_FIRST_PAINT"));
    env.remove(QStringLiteral("PODIUM_START_VIEW"));
    return env;
}

QString newDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("probe.podium"));
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    return opened.database ? path : QString();
}

} // namespace

void TestStartupProbe::initTestCase()
{
    // The window keeps its last view in the settings; not in the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartupProbe::exitsAfterFirstPaint()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = newDatabase(home);
    QVERIFY(!path.isEmpty());
    QProcessEnvironment env = environment(home.path());
    env.insert(QStringLiteral("PODIUM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("PODIUM_START_VIEW"), QStringLiteral("attendees"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(PODIUM_EXECUTABLE), {path});
    QVERIFY(gui.waitForStarted());
    QVERIFY2(gui.waitForFinished(60000), "the window did not quit after its first paint");
    const QByteArray err = gui.readAllStandardError();
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("first paint after (\\d+) ms since the process started"))
            .match(QString::fromUtf8(err));
    QVERIFY2(m.hasMatch(), err.constData());
    QVERIFY(m.captured(1).toLongLong() >= 0);
    QVERIFY2(!err.contains("is not a view"), err.constData());
}

void TestStartupProbe::keepsRunningWithoutTheVariable()
{
    QTemporaryDir home;
    const QString path = newDatabase(home);
    QVERIFY(!path.isEmpty());
    QProcess gui;
    gui.setProcessEnvironment(environment(home.path()));
    gui.start(QStringLiteral(PODIUM_EXECUTABLE), {path});
    QVERIFY(gui.waitForStarted());
    QVERIFY(!gui.waitForFinished(3000));
    QCOMPARE(gui.state(), QProcess::Running);
    gui.terminate();
    gui.waitForFinished();
    QVERIFY(!gui.readAllStandardError().contains("first paint"));
}

void TestStartupProbe::startViewIsShown()
{
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(dir.filePath(QStringLiteral("view.podium")), options);
    QVERIFY(opened.database);
    MainWindow window(std::move(opened.database));
    window.showView(MainWindow::EventsView);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PODIUM_START_VIEW"), QStringLiteral("Attendees"));
    StartupProbe::install(window, env);
    QCOMPARE(window.currentView(), MainWindow::AttendeesView);
    env.insert(QStringLiteral("PODIUM_START_VIEW"), QStringLiteral("organisations"));
    StartupProbe::install(window, env);
    QCOMPARE(window.currentView(), MainWindow::OrganisationsView);
    // An unknown name leaves the view as it is.
    env.insert(QStringLiteral("PODIUM_START_VIEW"), QStringLiteral("nowhere"));
    StartupProbe::install(window, env);
    QCOMPARE(window.currentView(), MainWindow::OrganisationsView);
}

void TestStartupProbe::processStartIsBeforeNow()
{
    QElapsedTimer timer;
    timer.start();
    const qint64 first = StartupProbe::msSinceProcessStart();
    QTest::qWait(50);
    const qint64 second = StartupProbe::msSinceProcessStart();
    QVERIFY(first >= 0);
    // Clock ticks are 10 ms apart.
    QVERIFY2(second - first >= 30, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
}

QTEST_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
