#include "backgroundbackup.h"

#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Podium {

namespace {

// Lowers the priority of the calling thread only: on Linux each thread has
// a nice value and an I/O priority of its own. Not the idle classes, which
// could hold the backup back for as long as anything else runs, and the
// window waits for a running backup when it closes.
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, thread, 10);
#ifdef SYS_ioprio_set
    // ioprio_set(IOPRIO_WHO_PROCESS, thread, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 7))
    constexpr int whoProcess = 1;
    constexpr int classBestEffort = 2;
    constexpr int classShift = 13;
    constexpr int lowestLevel = 7;
    syscall(SYS_ioprio_set, whoProcess, int(thread), (classBestEffort << classShift) | lowestLevel);
#endif
#endif
}

} // namespace

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{}

BackgroundBackup::~BackgroundBackup()
{
    m_scheduled = false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundBackup::start(const QString &databasePath, const QDateTime &now, int keep)
{
    schedule(databasePath, now, keep);
    startScheduled();
}

void BackgroundBackup::schedule(const QString &databasePath, const QDateTime &now, int keep)
{
    if (m_thread) {
        // Its finished() is still to come from the event loop, which deletes
        // it (or this object does, as its parent).
        m_thread->wait();
        m_thread = nullptr;
    }
    m_scheduled = true;
    m_path = databasePath;
    m_now = now;
    m_keep = keep;
}

void BackgroundBackup::startScheduled()
{
    if (!m_scheduled)
        return;
    m_scheduled = false;
    auto result = std::make_shared<Backups::DailyResult>();
    QThread *thread = QThread::create([databasePath = m_path, now = m_now, keep = m_keep, result] {
        yieldToTheWindow();
        *result = Backups::takeDaily(databasePath, now, keep);
    });
    // Owned by this object too: a thread whose finished() has not reached the
    // event loop yet when this object goes (another database opened and the
    // window closed at once) is deleted with it instead of leaking.
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, databasePath = m_path, result] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        emit finished(databasePath, *result);
    });
    thread->start();
}

void BackgroundBackup::wait()
{
    m_scheduled = false;
    if (m_thread)
        m_thread->wait();
}

} // namespace Podium
