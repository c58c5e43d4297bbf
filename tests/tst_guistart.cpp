// Starting the window as a new user does: the real podium executable with a
// fresh home directory, on the offscreen platform.
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

class TestGuiStart : public QObject
{
    Q_OBJECT

private slots:
    void firstStartCreatesDefaultDatabaseWithDemo();
    void refusesForeignFileWithMessage();
};

namespace {

QProcessEnvironment freshHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

void TestGuiStart::firstStartCreatesDefaultDatabaseWithDemo()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString expected =
        home.path() + QStringLiteral("/.local/share/Podium/Podium/podium.podium");
    QVERIFY(!QFile::exists(expected));

    QProcess gui;
    gui.setProcessEnvironment(freshHome(home.path()));
    gui.start(QStringLiteral(PODIUM_EXECUTABLE), {});
    QVERIFY(gui.waitForStarted());

    // The window keeps running; wait until the database holds the demo.
    int events = 0;
    for (int i = 0; i < 300 && events < 4; ++i) {
        QTest::qWait(100);
        QVERIFY2(gui.state() == QProcess::Running, gui.readAllStandardError().constData());
        if (!QFile::exists(expected))
            continue;
        Database::OpenOptions options;
        options.readOnly = true;
        auto opened = Database::open(expected, options);
        if (opened.database)
            events = opened.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt();
    }
    gui.terminate();
    gui.waitForFinished();
    QCOMPARE(events, 4);

    auto opened = Database::open(expected, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.database
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM person WHERE family_name = 'Valdés Cano'"))
                 .toInt(),
             1);

    // A second start opens the same file and adds nothing.
    const qint64 people =
        opened.database->scalar(QStringLiteral("SELECT count(*) FROM person")).toLongLong();
    opened.database.reset();
    QProcess again;
    again.setProcessEnvironment(freshHome(home.path()));
    again.start(QStringLiteral(PODIUM_EXECUTABLE), {});
    QVERIFY(again.waitForStarted());
    QTest::qWait(1500);
    QCOMPARE(again.state(), QProcess::Running);
    again.terminate();
    again.waitForFinished();
    auto reopened = Database::open(expected, {});
    QVERIFY(reopened.database);
    QCOMPARE(reopened.database->scalar(QStringLiteral("SELECT count(*) FROM person")).toLongLong(),
             people);
}

void TestGuiStart::refusesForeignFileWithMessage()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("letter.podium"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear colleagues, this is not a database.\n");
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    QProcess gui;
    gui.setProcessEnvironment(freshHome(home.path()));
    gui.start(QStringLiteral(PODIUM_EXECUTABLE), {path});
    QVERIFY(gui.waitForStarted());
    // The message goes to stderr and to a dialog that waits for the user.
    // Other lines may come first (Qt's own warnings): read until the
    // message is there, for at most 20 s.
    QByteArray err;
    for (int i = 0; i < 200 && !err.contains("not a Podium database"); ++i) {
        gui.waitForReadyRead(100);
        err += gui.readAllStandardError();
    }
    gui.kill();
    gui.waitForFinished();
    QVERIFY2(err.contains("not a Podium database"), err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestGuiStart)
#include "tst_guistart.moc"
