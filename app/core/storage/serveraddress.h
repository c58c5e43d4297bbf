#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Podium {

/**
 * The address of a Podium database on a PostgreSQL server, as a person
 * types it: postgresql://user@host:port/dbname?sslmode=MODE (or postgres://).
 * User, host and port are optional; sslmode is one of disable, allow,
 * prefer (the default), require, verify-ca and verify-full.
 *
 * An address never carries a password: one written into it is refused, so
 * that it cannot end up in a list of recent files or a log. libpq reads the
 * password from ~/.pgpass (or the file named by PGPASSFILE) by itself, or
 * the program asks for it and passes it in memory only
 * (Database::OpenOptions::password).
 */
class ServerAddress
{
public:
    /** True if @p text starts like a server address (postgresql:// or postgres://). */
    static bool isServerAddress(const QString &text);

    /**
     * Reads @p text. On failure returns nothing and sets @p error to a
     * sentence that says what is wrong with the address. An address with a
     * password is refused before anything else, and no message quotes a
     * part that could be one: a password may hold "/", "?", "#", "@" and
     * ":", so any ":" (or %3A) before the address's last "@" counts as one,
     * as does any setting after the first "?" that mentions a password.
     */
    static std::optional<ServerAddress> parse(const QString &text, QString *error = nullptr);

    /**
     * True if the server address @p location holds a password (or may: see
     * parse()), which parse() then refuses without quoting any of it.
     */
    static bool containsPassword(const QString &location);

    /**
     * @p location as it may be shown even if it cannot be read: the password
     * of a user:PASSWORD@ part (up to the address's last "@"), every
     * setting that mentions a password, and a port that is not a number (a
     * password whose "@host" is missing) are left out. Anything that is not
     * a server address comes back unchanged.
     */
    static QString withoutPassword(const QString &location);

    /** The SSL modes libpq knows, in order of rising strictness. */
    static const QStringList &sslModes();
    static constexpr const char *defaultSslMode = "prefer";

    QString user() const { return m_user; }
    /** The host name or address (an IPv6 address without brackets); empty for the local socket. */
    QString host() const { return m_host; }
    /** The port, or -1 for the default (5432). */
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }

    /**
     * The address written back: postgresql://user@host:port/dbname, with
     * ?sslmode=MODE unless it is the default. Never contains a password.
     */
    QString toString() const;

    /** The same server, user and SSL mode with another database. */
    ServerAddress withDatabaseName(const QString &name) const;

    /** The host and port for messages: "db.example.org:5433", or "the local server". */
    QString serverName() const;

    bool operator==(const ServerAddress &) const = default;

private:
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_sslMode = QString::fromLatin1(defaultSslMode);
};

} // namespace Podium
