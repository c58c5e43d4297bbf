#include "backgroundbackup.h"

#include <QThread>

#include <memory>

namespace Podium {

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{}

BackgroundBackup::~BackgroundBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundBackup::start(const QString &databasePath, const QDateTime &now, int keep)
{
    if (m_thread) {
        // Its finished() is still to come from the event loop, which deletes it.
        m_thread->wait();
        m_thread = nullptr;
    }
    auto result = std::make_shared<Backups::DailyResult>();
    QThread *thread = QThread::create([databasePath, now, keep, result] {
        *result = Backups::takeDaily(databasePath, now, keep);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, databasePath, result] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        emit finished(databasePath, *result);
    });
    thread->start(QThread::LowPriority);
}

void BackgroundBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace Podium
