#pragma once

#include "storage/serveraddress.h"

#include <QString>

#include <optional>

namespace Podium {

/**
 * Where a Podium database lives: a file path, or the address of a database
 * on a PostgreSQL server (postgresql://user@host:port/dbname?sslmode=MODE,
 * see ServerAddress). An address never carries a password.
 */
namespace DatabaseLocation {

/** True if @p location is a server address, not a file. */
bool isServer(const QString &location);

/**
 * The location as a person reads it: a file path with the platform's
 * separators, or a server address as ServerAddress writes it (one that
 * cannot be read as typed, without its password: ServerAddress::withoutPassword()).
 */
QString displayName(const QString &location);

/**
 * A key telling whether two locations are the same database: the canonical
 * path of a file (its absolute path if it does not exist yet), or the
 * server address as ServerAddress writes it.
 */
QString identity(const QString &location);

/**
 * What the list of recent databases keeps for @p location: a file's
 * absolute path, or the server address (never a password).
 */
QString recentEntry(const QString &location);

} // namespace DatabaseLocation

/**
 * The fields of the Connect to Server dialog, and the address they make.
 */
struct ServerConnectionFields
{
    /** How the connection is protected, as the dialog offers it (libpq's sslmode). */
    enum class TlsMode {
        Disable,    ///< never encrypted
        Prefer,     ///< encrypted if the server offers it (libpq's default)
        Require,    ///< always encrypted, the server's certificate not checked
        VerifyFull, ///< always encrypted, the certificate and the host name checked
    };

    static constexpr int defaultPort = 5432;

    QString host;
    int port = defaultPort;
    QString database;
    QString user;
    TlsMode tlsMode = TlsMode::Prefer;

    /**
     * The address, without password: postgresql://user@host:port/dbname
     * (?sslmode=MODE unless prefer). Empty, with @p error, if a field is
     * missing or wrong.
     */
    QString toUrl(QString *error = nullptr) const;

    /** The fields of @p address (the defaults where it leaves one out). */
    static ServerConnectionFields fromAddress(const ServerAddress &address);

    /** libpq's name of a mode: disable, prefer, require, verify-full. */
    static QString tlsModeName(TlsMode mode);
    /**
     * The mode named @p name. libpq's allow counts as prefer, verify-ca as
     * verify-full's weaker sibling require; anything else gives nothing.
     */
    static std::optional<TlsMode> tlsModeFromName(const QString &name);

    bool operator==(const ServerConnectionFields &) const = default;
};

} // namespace Podium
