#include "connectioncheck.h"

#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::ServerConnectionCheck", text);
}

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("podium-check-%1").arg(++counter);
}

} // namespace

ServerConnectionCheck::Outcome ServerConnectionCheck::classify(const QString &driverMessage,
                                                               bool passwordGiven)
{
    if (driverMessage.contains(QLatin1StringView("no password supplied"), Qt::CaseInsensitive))
        return Outcome::PasswordNeeded;
    if (driverMessage.contains(QLatin1StringView("password authentication failed"),
                               Qt::CaseInsensitive))
        return passwordGiven ? Outcome::PasswordWrong : Outcome::PasswordNeeded;
    return Outcome::Failed;
}

ServerConnectionCheck ServerConnectionCheck::run(const QString &text, const QString &password)
{
    ServerConnectionCheck check;
    QString error;
    const auto address = ServerAddress::parse(text, &error);
    if (!address) {
        check.message = error;
        return check;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        check.message = tr("This installation of Podium cannot reach PostgreSQL servers: the Qt "
                           "driver for PostgreSQL (package libqt6sql6-psql) is missing.");
        return check;
    }
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!address->host().isEmpty())
            db.setHostName(address->host());
        if (address->port() > 0)
            db.setPort(address->port());
        db.setDatabaseName(address->databaseName());
        if (!address->user().isEmpty())
            db.setUserName(address->user());
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Podium")
                                 .arg(address->sslMode()));
        if (db.open()) {
            QString version;
            {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                    version = q.value(0).toString();
            }
            check.outcome = Outcome::Connected;
            check.message =
                version.isEmpty()
                    ? tr("Connected to %1.").arg(address->serverName())
                    : tr("Connected to %1 (PostgreSQL %2).").arg(address->serverName(), version);
            db.close();
        } else {
            const QString driver = db.lastError().databaseText().isEmpty()
                                       ? db.lastError().text()
                                       : db.lastError().databaseText();
            check.outcome = classify(driver, !password.isEmpty());
            const QString user =
                address->user().isEmpty() ? tr("your login name") : address->user();
            switch (check.outcome) {
            case Outcome::PasswordNeeded:
                check.message =
                    tr("%1 asks for the password of %2.").arg(address->serverName(), user);
                break;
            case Outcome::PasswordWrong:
                check.message =
                    tr("%1 did not accept the password of %2. Please check it and try again.")
                        .arg(address->serverName(), user);
                break;
            case Outcome::Connected:
            case Outcome::Failed:
                check.message =
                    tr("Cannot connect to %1: %2").arg(address->serverName(), driver.trimmed());
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

} // namespace Podium
