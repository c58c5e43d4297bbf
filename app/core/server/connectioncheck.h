#pragma once

#include <QString>

namespace Podium {

/** What trying to reach a server database found. */
struct ServerConnectionCheck
{
    enum class Outcome {
        Connected,      ///< the server let us in
        PasswordNeeded, ///< the server wants a password and none was given (nor in ~/.pgpass)
        PasswordWrong,  ///< the server refused the password given
        Failed,         ///< anything else; the message says what
    };
    Outcome outcome = Outcome::Failed;
    /** A sentence a person understands. */
    QString message;

    bool connected() const { return outcome == Outcome::Connected; }
    bool wantsPassword() const
    {
        return outcome == Outcome::PasswordNeeded || outcome == Outcome::PasswordWrong;
    }

    /**
     * Connects to the server database at @p address (a postgresql:// address
     * without password) and disconnects again, reading nothing. An empty
     * @p password lets libpq look in ~/.pgpass; the password is used for
     * this one connection only and kept nowhere.
     */
    static ServerConnectionCheck run(const QString &address, const QString &password);

    /** Sorts libpq's message @p driverMessage into an outcome (also for tests). */
    static Outcome classify(const QString &driverMessage, bool passwordGiven);
};

} // namespace Podium
