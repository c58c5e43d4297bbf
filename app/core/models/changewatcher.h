#pragma once

#include <QObject>
#include <QTimer>

namespace Podium {

class Database;

/**
 * Notices writes that another connection made to the open database file: a
 * second Podium window, the command line, a script. Polls SQLite's
 * `PRAGMA data_version` on the window's own connection on a timer (a read of
 * a counter in the shared file header or the write-ahead-log index, with no
 * table read) and emits changed() once whenever the value moved since the
 * last look.
 *
 * SQLite changes data_version only for commits made by *other* connections,
 * so the window's own edits (which refresh the views through the undo stack)
 * never emit; tst_changewatcher checks both.
 *
 * Only for SQLite files: on a database server it never starts (and check()
 * reports nothing).
 *
 * Threading: lives on the thread of the Database's connection.
 */
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /** How often the file is looked at, in milliseconds. */
    static constexpr int defaultIntervalMs = 1500;

    /** Watches @p database; starts polling at once. @p database must outlive this. */
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    /**
     * Looks now: true, and changed() emitted, if another connection has
     * committed since the last look (or since construction).
     */
    bool check();

signals:
    /** Another connection changed the file; views should read it again. */
    void changed();

private:
    /** The connection's data_version, or -1 if it cannot be read. */
    qint64 readVersion() const;

    Database &m_db;
    bool m_sqlite = false;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace Podium
