#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace Podium {

class Database;

/**
 * Notices writes that another connection made to the open database: a
 * second Podium window, a colleague's Podium on the same server, the command
 * line, a script. Emits changed() at most once per look (on a timer) when
 * something was committed elsewhere since the last look.
 *
 * - In a file, it reads SQLite's `PRAGMA data_version` on the window's own
 *   connection (a read of a counter in the shared file header or the
 *   write-ahead-log index, with no table read). SQLite changes data_version
 *   only for commits made by *other* connections.
 * - On a PostgreSQL server, it LISTENs on the channel notificationChannel()
 *   on the window's own connection; every committed change sends a NOTIFY
 *   there (statement triggers of schema 4, docs/SCHEMA.md). The server says
 *   which connection sent a notification, and those of the window's own
 *   connection are ignored. Notifications arrive through the event loop and
 *   are gathered until the next look, so that a colleague's hundred quick
 *   saves read the views again once, not a hundred times.
 *
 * Either way, the window's own edits (which refresh the views through the
 * undo stack) never emit; tst_changewatcher checks both on files and
 * tst_postgres on a server.
 *
 * Threading: lives on the thread of the Database's connection, which must
 * be the thread that runs the event loop (the GUI thread).
 */
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /** How often it looks, in milliseconds. */
    static constexpr int defaultIntervalMs = 1500;

    /** The channel a server's notifications of changes come on. */
    static QString notificationChannel() { return QStringLiteral("podium_changes"); }

    /** Watches @p database; starts looking at once. @p database must outlive this. */
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    /** True if it listens for a server's notifications (false in a file). */
    bool isListening() const { return m_mode == Mode::Notifications; }

    /**
     * Looks now: true, and changed() emitted, if another connection has
     * committed since the last look (or since construction). On a server,
     * "since" means: whose notification the event loop has delivered.
     */
    bool check();

signals:
    /** Another connection changed the database; views should read it again. */
    void changed();

private:
    enum class Mode { None, DataVersion, Notifications };

    /** The connection's data_version, or -1 if it cannot be read. */
    qint64 readVersion() const;
    void notified(const QString &name, QSqlDriver::NotificationSource source);

    Database &m_db;
    Mode m_mode = Mode::None;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_pending = false;
};

} // namespace Podium
