#pragma once

// A database of its own on the PostgreSQL server that scripts/server-test.sh
// starts and names in PODIUM_TEST_SERVER (its maintenance database): created
// empty for one test and dropped again afterwards. Without that variable,
// isAvailable() is false and the server cases are not listed.
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Podium::TestSupport {

class ServerDatabase
{
public:
    static QString server() { return qEnvironmentVariable("PODIUM_TEST_SERVER"); }
    static bool isAvailable() { return !server().isEmpty(); }

    explicit ServerDatabase(const QString &purpose)
    {
        const auto base = ServerAddress::parse(server());
        if (!base)
            return;
        m_name = QStringLiteral("podium_test_%1_%2")
                     .arg(purpose)
                     .arg(QCoreApplication::applicationPid());
        if (admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name)) &&
            admin(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            m_location = base->withDatabaseName(m_name).toString();
    }
    ~ServerDatabase()
    {
        if (!m_location.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    /** The new database's address, or empty if it could not be made. */
    QString location() const { return m_location; }
    QString error() const { return m_error; }

private:
    bool admin(const QString &sql)
    {
        const auto base = ServerAddress::parse(server());
        const QString connection = QStringLiteral("podium-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(base->host());
            if (base->port() > 0)
                db.setPort(base->port());
            db.setUserName(base->user());
            db.setDatabaseName(base->databaseName());
            db.setConnectOptions(QStringLiteral("sslmode=%1").arg(base->sslMode()));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    m_error = q.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString m_name;
    QString m_location;
    QString m_error;
};

} // namespace Podium::TestSupport
