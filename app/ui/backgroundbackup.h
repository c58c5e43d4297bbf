#pragma once

#include "backup/backups.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QThread;

namespace Podium {

/**
 * The daily backup, taken on a thread of its own so that opening a
 * database never waits for it. The thread opens its own read-only
 * connection to the file (Database's threading rule) and takes the backup
 * only if the newest one is a day old or older (Backups::takeDaily).
 *
 * The copy reads and writes the whole file, so it gives way to the window:
 * the window schedules it and starts it once it has painted itself (see
 * schedule()), and the thread runs at a lower CPU and disk priority where
 * the system allows (Linux: nice 10, the lowest best-effort I/O priority).
 *
 * Destroying the object waits for a running backup, so that no thread
 * outlives the window that started it; a scheduled one that has not
 * started is dropped.
 */
class BackgroundBackup : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override;

    /**
     * Starts the daily backup of @p databasePath as of @p now, keeping
     * @p keep backups. A backup still running is waited for first; one
     * scheduled is replaced.
     */
    void start(const QString &databasePath, const QDateTime &now, int keep);
    /**
     * Prepares the same backup without starting it: startScheduled() starts
     * it. A backup still running is waited for first; one scheduled before
     * is replaced.
     */
    void schedule(const QString &databasePath, const QDateTime &now, int keep);
    /** Starts the scheduled backup, if there is one. */
    void startScheduled();
    /** True while a backup is scheduled and not yet started. */
    bool isScheduled() const { return m_scheduled; }
    /** True from schedule() or start() until the backup has run. */
    bool isRunning() const { return m_thread != nullptr || m_scheduled; }
    /**
     * Waits until a running backup has finished (finished() follows from
     * the event loop); a scheduled one that has not started is dropped.
     */
    void wait();

signals:
    /** On the object's thread, once the backup of @p databasePath has run. */
    void finished(const QString &databasePath, const Podium::Backups::DailyResult &result);

private:
    bool m_scheduled = false;
    QString m_path;
    QDateTime m_now;
    int m_keep = 0;
    QThread *m_thread = nullptr;
};

} // namespace Podium
