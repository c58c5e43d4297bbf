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
 * Destroying the object waits for a running backup, so that no thread
 * outlives the window that started it.
 */
class BackgroundBackup : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override;

    /**
     * Starts the daily backup of @p databasePath as of @p now, keeping
     * @p keep backups. A backup still running is waited for first.
     */
    void start(const QString &databasePath, const QDateTime &now, int keep);
    bool isRunning() const { return m_thread != nullptr; }
    /** Waits until a running backup has finished (finished() follows from the event loop). */
    void wait();

signals:
    /** On the object's thread, once the backup of @p databasePath has run. */
    void finished(const QString &databasePath, const Podium::Backups::DailyResult &result);

private:
    QThread *m_thread = nullptr;
};

} // namespace Podium
