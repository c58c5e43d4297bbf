// File ▸ Connect to Server… and the copies to a server or a file, driven as
// a user drives them; the password is asked for only when the server wants
// one and is never written anywhere.
#include "connectserverdialog.h"
#include "domain/demodata.h"
#include "mainwindow.h"
#include "preferences.h"
#include "server/transfer.h"
#include "storage/database.h"
#include "transferservertest.h"
#include "util/platform.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

namespace {

using TlsMode = ServerConnectionFields::TlsMode;

// Everything the settings hold, keys and values, as one text.
QString allSettings()
{
    QSettings settings;
    QString text;
    for (const QString &key : settings.allKeys()) {
        const QVariant v = settings.value(key);
        text += key + QLatin1Char('=') +
                (v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char('|'))
                                                      : v.toString()) +
                QLatin1Char('\n');
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(file.readAll());
    return text;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// An address where nothing listens: a real refusal, quickly.
const QString nowhere = QStringLiteral("postgresql://nobody@127.0.0.1:1/podium?sslmode=disable");

} // namespace

class TestConnectServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void addressFromFields_data();
    void addressFromFields();
    void tlsModeMapping();
    void addressFillsFields();
    void incompleteFieldsCannotConnect();
    void passwordOnlyWhenTheServerWantsOne();
    void wrongPasswordAsksAgain();
    void passwordNeverInSettings();
    void passwordTypedIntoAFieldIsRefused_data();
    void passwordTypedIntoAFieldIsRefused();
    void unreachableServerIsReported();
    void classifiesServerMessages();
    void fileMenuEntries();
    void copyToFileFromTheWindow();
    void screenshot();

private:
    std::unique_ptr<Database> openDemo();
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestConnectServerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumTestConnectServer"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.podium"));
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(m_demo, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
}

std::unique_ptr<Database> TestConnectServerDialog::openDemo()
{
    auto opened = Database::open(m_demo, {});
    return std::move(opened.database);
}

void TestConnectServerDialog::defaults()
{
    ConnectServerDialog dialog;
    const ServerConnectionFields f = dialog.fields();
    QCOMPARE(f.port, 5432);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5432);
    QCOMPARE(f.user, Platform::currentUserName());
    QVERIFY(!f.user.isEmpty());
    QCOMPARE(f.tlsMode, TlsMode::Prefer);
    QVERIFY(!dialog.isAskingForPassword());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isHidden());
    QVERIFY(dialog.password().isEmpty());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(),
             QLineEdit::Password);
}

void TestConnectServerDialog::addressFromFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("tlsIndex");
    QTest::addColumn<QString>("address");
    QTest::newRow("defaults") << QStringLiteral("db.example.org") << 5432
                              << QStringLiteral("podium") << QStringLiteral("ann") << 0
                              << QStringLiteral("postgresql://ann@db.example.org:5432/podium");
    QTest::newRow("require, other port")
        << QStringLiteral(" db.example.org ") << 5433 << QStringLiteral("dialogues")
        << QStringLiteral("ann") << 1
        << QStringLiteral("postgresql://ann@db.example.org:5433/dialogues?sslmode=require");
    QTest::newRow("verify-full")
        << QStringLiteral("10.0.0.7") << 5432 << QStringLiteral("podium")
        << QStringLiteral("b.meyer") << 2
        << QStringLiteral("postgresql://b.meyer@10.0.0.7:5432/podium?sslmode=verify-full");
    QTest::newRow("disable, no user")
        << QStringLiteral("localhost") << 5432 << QStringLiteral("podium") << QString() << 3
        << QStringLiteral("postgresql://localhost:5432/podium?sslmode=disable");
    QTest::newRow("characters that need escaping")
        << QStringLiteral("db.example.org") << 5432 << QStringLiteral("stiftung dialog")
        << QStringLiteral("ann@example.org") << 0
        << QStringLiteral("postgresql://ann%40example.org@db.example.org:5432/stiftung%20dialog");
    QTest::newRow("IPv6") << QStringLiteral("::1") << 5432 << QStringLiteral("podium")
                          << QStringLiteral("ann") << 0
                          << QStringLiteral("postgresql://ann@[::1]:5432/podium");
}

void TestConnectServerDialog::addressFromFields()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(int, tlsIndex);
    QFETCH(QString, address);
    ConnectServerDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
    dialog.findChild<QComboBox *>(QStringLiteral("tlsMode"))->setCurrentIndex(tlsIndex);
    QCOMPARE(dialog.address(), address);
    // The storage layer reads it back to the same fields.
    const auto parsed = ServerAddress::parse(address);
    QVERIFY(parsed);
    QCOMPARE(parsed->host(), host.trimmed());
    QCOMPARE(parsed->databaseName(), database);
    QCOMPARE(parsed->user(), user);
    QCOMPARE(parsed->port(), port);
}

void TestConnectServerDialog::tlsModeMapping()
{
    ConnectServerDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("tlsMode"));
    QCOMPARE(combo->count(), 4);
    const QStringList expected{QStringLiteral("prefer"), QStringLiteral("require"),
                               QStringLiteral("verify-full"), QStringLiteral("disable")};
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        QCOMPARE(ServerConnectionFields::tlsModeName(dialog.fields().tlsMode), expected.at(i));
        // Plain words, not libpq's.
        QVERIFY(!combo->itemText(i).contains(expected.at(i), Qt::CaseInsensitive));
        QVERIFY(!combo->itemText(i).contains(QLatin1StringView("ssl"), Qt::CaseInsensitive));
    }
    QCOMPARE(combo->itemText(0), QStringLiteral("Encrypt if the server can"));
    QCOMPARE(combo->itemText(3), QStringLiteral("Never encrypt"));
    // libpq's other modes map to the nearest offered.
    QCOMPARE(ServerConnectionFields::tlsModeFromName(QStringLiteral("allow")), TlsMode::Prefer);
    QCOMPARE(ServerConnectionFields::tlsModeFromName(QStringLiteral("verify-ca")),
             TlsMode::Require);
    QVERIFY(!ServerConnectionFields::tlsModeFromName(QStringLiteral("sometimes")));
}

void TestConnectServerDialog::addressFillsFields()
{
    ConnectServerDialog dialog;
    dialog.setAddress(
        QStringLiteral("postgresql://ann@db.example.org:5433/dialogues?sslmode=verify-full"));
    const ServerConnectionFields f = dialog.fields();
    QCOMPARE(f.host, QStringLiteral("db.example.org"));
    QCOMPARE(f.port, 5433);
    QCOMPARE(f.database, QStringLiteral("dialogues"));
    QCOMPARE(f.user, QStringLiteral("ann"));
    QCOMPARE(f.tlsMode, TlsMode::VerifyFull);
    QCOMPARE(dialog.address(),
             QStringLiteral("postgresql://ann@db.example.org:5433/dialogues?sslmode=verify-full"));
}

void TestConnectServerDialog::incompleteFieldsCannotConnect()
{
    ConnectServerDialog dialog;
    int calls = 0;
    dialog.setConnector([&](const QString &, const QString &) {
        ++calls;
        return ServerConnectionCheck{ServerConnectionCheck::Outcome::Connected, {}};
    });
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(dialog.address().isEmpty());
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db"));
    QVERIFY(!connectButton->isEnabled()); // no database yet
    QVERIFY(!dialog.testConnection());
    QCOMPARE(calls, 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                ->text()
                .contains(QLatin1StringView("database")));
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("podium"));
    QVERIFY(connectButton->isEnabled());
}

void TestConnectServerDialog::passwordOnlyWhenTheServerWantsOne()
{
    ConnectServerDialog dialog;
    dialog.setAddress(QStringLiteral("postgresql://ann@db.example.org:5432/podium"));
    QStringList passwordsTried;
    dialog.setConnector([&](const QString &address, const QString &password) {
        passwordsTried.append(password);
        // The password never travels in the address.
        if (address.contains(QLatin1StringView("s3cret")))
            return ServerConnectionCheck{ServerConnectionCheck::Outcome::Failed,
                                         QStringLiteral("password in address")};
        if (password.isEmpty())
            return ServerConnectionCheck{ServerConnectionCheck::Outcome::PasswordNeeded,
                                         QStringLiteral("db.example.org asks for a password.")};
        return ServerConnectionCheck{ServerConnectionCheck::Outcome::Connected,
                                     QStringLiteral("Connected.")};
    });
    dialog.show();
    QVERIFY(!dialog.isAskingForPassword());
    dialog.accept();
    // First tried without a password (libpq looks in ~/.pgpass), then asked.
    QCOMPARE(passwordsTried, QStringList{QString()});
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isAskingForPassword());
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    dialog.accept();
    QCOMPARE(passwordsTried, (QStringList{QString(), QStringLiteral("s3cret")}));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QVERIFY(!dialog.address().contains(QLatin1StringView("s3cret")));
    QVERIFY(!allSettings().contains(QLatin1StringView("s3cret")));
}

void TestConnectServerDialog::wrongPasswordAsksAgain()
{
    ConnectServerDialog dialog;
    dialog.setAddress(QStringLiteral("postgresql://ann@db.example.org:5432/podium"));
    dialog.setConnector([](const QString &, const QString &password) {
        if (password == QLatin1StringView("right"))
            return ServerConnectionCheck{ServerConnectionCheck::Outcome::Connected, {}};
        return ServerConnectionCheck{password.isEmpty()
                                         ? ServerConnectionCheck::Outcome::PasswordNeeded
                                         : ServerConnectionCheck::Outcome::PasswordWrong,
                                     QStringLiteral("Wrong.")};
    });
    dialog.show();
    QVERIFY(!dialog.testConnection());
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    password->setText(QStringLiteral("wrong"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(),
             QStringLiteral("Wrong."));
    password->setText(QStringLiteral("right"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConnectServerDialog::passwordTypedIntoAFieldIsRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::newRow("user:password in the user field")
        << QStringLiteral("db.example.org") << QStringLiteral("ann:typed-s3cret");
    QTest::newRow("user:password@host in the host field")
        << QStringLiteral("ann:typed-s3cret@db.example.org") << QString();
    QTest::newRow("password with / and @ in the user field")
        << QStringLiteral("db.example.org") << QStringLiteral("ann:typed/s3cret@x");
}

void TestConnectServerDialog::passwordTypedIntoAFieldIsRefused()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QSettings().clear();
    ConnectServerDialog dialog;
    int calls = 0;
    dialog.setConnector([&](const QString &, const QString &) {
        ++calls;
        return ServerConnectionCheck{ServerConnectionCheck::Outcome::Connected, {}};
    });
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("podium"));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
    // No address, so nothing to connect to, to show or to keep.
    QVERIFY2(dialog.address().isEmpty(), qPrintable(dialog.address()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());
    QVERIFY(!dialog.testConnection());
    QCOMPARE(calls, 0);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QLatin1StringView("The address contains a password")),
             qPrintable(status));
    QVERIFY2(!status.contains(QLatin1StringView("s3cret")), qPrintable(status));
    QSettings().sync();
    QVERIFY(!allSettings().contains(QLatin1StringView("s3cret")));
}

void TestConnectServerDialog::passwordNeverInSettings()
{
    QSettings().clear();
    MainWindow window(openDemo());
    QStringList messages;
    window.setMessageSink([&](const QString &m) { messages.append(m); });
    window.setServerConfirmation([](const QString &) { return false; });
    const QStringList recentBefore = Preferences::get(Preferences::recentDatabases);
    const QString lastBefore = Preferences::get(Preferences::lastDatabase);
    QVERIFY(!window.openServer(nowhere, QStringLiteral("pw-never-kept")));
    QCOMPARE(messages.size(), 1);
    QVERIFY(!messages.first().contains(QLatin1StringView("pw-never-kept")));
    QCOMPARE(Preferences::get(Preferences::recentDatabases), recentBefore);
    QCOMPARE(Preferences::get(Preferences::lastDatabase), lastBefore);
    QVERIFY(!window.copyDatabaseTo(nowhere, QStringLiteral("pw-never-kept")));
    QSettings().sync();
    QVERIFY(!allSettings().contains(QLatin1StringView("pw-never-kept")));

    // A real server: the recent list keeps its address, the start-up
    // database stays the last file.
    if (TestSupport::ServerDatabase::isAvailable()) {
        TestSupport::ServerDatabase database(QStringLiteral("window"));
        const QString server = database.location();
        QVERIFY2(!server.isEmpty(), qPrintable(database.error()));
        // Its own window, gone before the database is dropped.
        MainWindow serverWindow(openDemo());
        messages.clear();
        serverWindow.setMessageSink([&](const QString &m) { messages.append(m); });
        QVERIFY(serverWindow.copyDatabaseTo(server));
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        // The password comes from PGPASSFILE, as from ~/.pgpass.
        QVERIFY2(serverWindow.openServer(server), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(serverWindow.database().path(), server);
        QCOMPARE(Preferences::get(Preferences::recentDatabases).value(0), server);
        QVERIFY(!Preferences::get(Preferences::recentDatabases)
                     .contains(QFileInfo(server).absoluteFilePath()));
        QCOMPARE(Preferences::get(Preferences::lastDatabase), lastBefore);
        QSettings().sync();
        QVERIFY(!allSettings().contains(QLatin1StringView("pw-never-kept")));

        // An empty server database is set up only when the question is answered yes.
        TestSupport::ServerDatabase empty(QStringLiteral("window_empty"));
        QVERIFY2(!empty.location().isEmpty(), qPrintable(empty.error()));
        QStringList questions;
        serverWindow.setServerConfirmation([&](const QString &q) {
            questions.append(q);
            return false;
        });
        QVERIFY(!serverWindow.openServer(empty.location()));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(serverWindow.database().path(), server);
        serverWindow.setServerConfirmation([](const QString &) { return true; });
        QVERIFY(serverWindow.openServer(empty.location()));
        QCOMPARE(serverWindow.database().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(DatabaseTransfer::nonEmptyTables(serverWindow.database()).isEmpty());
        serverWindow.openServer(server);
    }
}

void TestConnectServerDialog::unreachableServerIsReported()
{
    const ServerConnectionCheck check = ServerConnectionCheck::run(nowhere, QString());
    QCOMPARE(check.outcome, ServerConnectionCheck::Outcome::Failed);
    QVERIFY2(check.message.contains(QLatin1StringView("127.0.0.1:1")), qPrintable(check.message));
    const ServerConnectionCheck bad =
        ServerConnectionCheck::run(QStringLiteral("postgresql://h/db?sslmode=sometimes"), {});
    QCOMPARE(bad.outcome, ServerConnectionCheck::Outcome::Failed);
    QVERIFY(bad.message.contains(QLatin1StringView("sometimes")));
}

void TestConnectServerDialog::classifiesServerMessages()
{
    using O = ServerConnectionCheck::Outcome;
    QCOMPARE(ServerConnectionCheck::classify(
                 QStringLiteral("connection to server at \"db\" (10.0.0.7), port 5432 failed: "
                                "fe_sendauth: no password supplied"),
                 false),
             O::PasswordNeeded);
    QCOMPARE(ServerConnectionCheck::classify(
                 QStringLiteral("FATAL:  password authentication failed for user \"ann\""), true),
             O::PasswordWrong);
    // A wrong password from ~/.pgpass: ask for one.
    QCOMPARE(ServerConnectionCheck::classify(
                 QStringLiteral("FATAL:  password authentication failed for user \"ann\""), false),
             O::PasswordNeeded);
    QCOMPARE(ServerConnectionCheck::classify(QStringLiteral("Connection refused"), false),
             O::Failed);
}

void TestConnectServerDialog::fileMenuEntries()
{
    MainWindow window(openDemo());
    QMenu *file = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->text() == QLatin1StringView("&File"))
            file = a->menu();
    }
    QVERIFY(file);
    QStringList names;
    for (QAction *a : file->actions())
        names.append(a->isSeparator() ? QStringLiteral("-") : a->objectName());
    const auto at = [&](const char *name) { return names.indexOf(QLatin1StringView(name)); };
    QVERIFY2(at("connectServerAction") > 0, qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(at("connectServerAction"), at("actionOpen") + 2); // after Open Recent
    QCOMPARE(at("copyToServerAction"), at("actionSaveCopy") + 1);
    QCOMPARE(at("copyToFileAction"), at("actionSaveCopy") + 2);
    auto *connectAction = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
    QCOMPARE(connectAction->text(), QStringLiteral("Connect to &Server…"));
}

void TestConnectServerDialog::copyToFileFromTheWindow()
{
    MainWindow window(openDemo());
    QStringList messages;
    window.setMessageSink([&](const QString &m) { messages.append(m); });
    const QString target = m_dir.filePath(QStringLiteral("window-copy.podium"));
    QVERIFY(window.copyDatabaseTo(target));
    QVERIFY(messages.isEmpty());
    {
        auto copy = Database::open(target, {});
        QVERIFY(copy.database);
        QCOMPARE(
            DatabaseTransfer::describe(DatabaseTransfer::nonEmptyTables(*copy.database), true),
            DatabaseTransfer::describe(DatabaseTransfer::nonEmptyTables(window.database()), true));
    }
    // Again into the now full file: asked first, and "no" leaves it alone.
    const QByteArray before = fileHash(target);
    QStringList questions;
    window.setServerConfirmation([&](const QString &q) {
        questions.append(q);
        return false;
    });
    QVERIFY(!window.copyDatabaseTo(target));
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QLatin1StringView("already holds data")));
    QVERIFY(questions.first().contains(QLatin1StringView("event: ")));
    QCOMPARE(fileHash(target), before);
    window.setServerConfirmation([](const QString &) { return true; });
    QVERIFY(window.copyDatabaseTo(target));
    QVERIFY(messages.isEmpty());
}

void TestConnectServerDialog::screenshot()
{
    ConnectServerDialog dialog;
    dialog.setAddress(
        QStringLiteral("postgresql://ann@db.example.org:5432/podium?sslmode=require"));
    dialog.setConnector([](const QString &, const QString &) {
        return ServerConnectionCheck{ServerConnectionCheck::Outcome::PasswordNeeded,
                                     QStringLiteral("db.example.org:5432 asks for the password "
                                                    "of ann.")};
    });
    dialog.show();
    dialog.testConnection();
    QVERIFY(dialog.isAskingForPassword());
    const QPixmap shot = dialog.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 480);
    const QString folder = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("connectserverdialog.png"))));
}

// Against the real server of scripts/server-test.sh only (PODIUM_TEST_SERVER).
class TestConnectServerDialogOnServer : public QObject
{
    Q_OBJECT

private slots:
    void asksForPasswordOnlyWithoutPgpass();

private:
    QTemporaryDir m_dir;
};

void TestConnectServerDialogOnServer::asksForPasswordOnlyWithoutPgpass()
{
    const QString address = TestSupport::ServerDatabase::server();
    // The password in PGPASSFILE (as in ~/.pgpass): no question asked.
    const ServerConnectionCheck withFile = ServerConnectionCheck::run(address, QString());
    QVERIFY2(withFile.connected(), qPrintable(withFile.message));
    // Without it the server asks, and refuses a wrong one.
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
    const ServerConnectionCheck without = ServerConnectionCheck::run(address, QString());
    const ServerConnectionCheck wrong =
        ServerConnectionCheck::run(address, QStringLiteral("not-the-password"));
    qputenv("PGPASSFILE", passFile);
    QCOMPARE(without.outcome, ServerConnectionCheck::Outcome::PasswordNeeded);
    QCOMPARE(wrong.outcome, ServerConnectionCheck::Outcome::PasswordWrong);

    ConnectServerDialog dialog;
    dialog.setAddress(address);
    dialog.show();
    QVERIFY(dialog.testConnection());
    QVERIFY(!dialog.isAskingForPassword());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestConnectServerDialog tests;
    int status = QTest::qExec(&tests, argc, argv);
    // The server's tests exist only where there is a server to run them on.
    if (TestSupport::ServerDatabase::isAvailable()) {
        TestConnectServerDialogOnServer onServer;
        status |= QTest::qExec(&onServer, argc, argv);
    }
    return status;
}
#include "tst_connectserverdialog.moc"
