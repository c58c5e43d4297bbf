#include "backgroundreader.h"

#include "storage/database.h"

#include <QThread>

namespace Podium {

namespace {

/**
 * Runs reads in the thread it was moved to, on a read-only connection of
 * its own, opened at the first read and closed (in this thread) when the
 * thread ends. A read whose generation is no longer the latest is skipped.
 */
class ReadWorker : public QObject
{
public:
    using HandOver = std::function<void(quint64 generation, std::function<void()> handOver)>;
    using Fallback = std::function<void(quint64 generation, BackgroundReader::Read read)>;

    ReadWorker(const QString &path, const QString &password, const std::atomic<quint64> &latest,
               std::atomic<int> &runs, HandOver handOver, Fallback fallback)
        : m_path(path)
        , m_password(password)
        , m_latest(latest)
        , m_runs(runs)
        , m_handOver(std::move(handOver))
        , m_fallback(std::move(fallback))
    {}

    void run(quint64 generation, const BackgroundReader::Read &read)
    {
        if (generation != m_latest.load())
            return;
        if (!m_db && !m_openFailed) {
            Database::OpenOptions options;
            options.readOnly = true;
            options.password = m_password;
            m_db = Database::open(m_path, options).database;
            m_openFailed = !m_db;
        }
        if (!m_db) {
            m_fallback(generation, read);
            return;
        }
        std::function<void()> handOver = read(*m_db);
        ++m_runs;
        m_handOver(generation, std::move(handOver));
    }

private:
    QString m_path;
    QString m_password; // in memory only, as the window's connection holds it
    const std::atomic<quint64> &m_latest;
    std::atomic<int> &m_runs;
    HandOver m_handOver;
    Fallback m_fallback;
    std::unique_ptr<Database> m_db; // opened, used and closed in the worker's thread
    bool m_openFailed = false;
};

} // namespace

BackgroundReader::BackgroundReader(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{}

BackgroundReader::~BackgroundReader()
{
    // Reads still queued are skipped; one already running finishes and its
    // result goes nowhere (the events it posts to this object die with it).
    m_generation.fetch_add(1);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void BackgroundReader::post(Read read)
{
    const quint64 generation = m_generation.fetch_add(1) + 1;
    if (m_db.path().isEmpty()) {
        // Nothing to open a second connection on.
        QMetaObject::invokeMethod(
            this, [this, generation, read] { runHere(generation, read); }, Qt::QueuedConnection);
        return;
    }
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("podium-background-read"));
        auto *worker = new ReadWorker(
            m_db.path(), m_db.isServer() ? m_db.connection().password() : QString(), m_generation,
            m_backgroundReads,
            [this](quint64 g, std::function<void()> handOver) {
                QMetaObject::invokeMethod(
                    this, [this, g, handOver = std::move(handOver)] { deliver(g, handOver); },
                    Qt::QueuedConnection);
            },
            [this](quint64 g, Read r) {
                QMetaObject::invokeMethod(
                    this, [this, g, r = std::move(r)] { runHere(g, r); }, Qt::QueuedConnection);
            });
        worker->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        m_worker = worker;
        m_thread->start();
    }
    auto *worker = static_cast<ReadWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker, generation, read = std::move(read)] { worker->run(generation, read); },
        Qt::QueuedConnection);
}

void BackgroundReader::deliver(quint64 generation, const std::function<void()> &handOver)
{
    if (generation != m_generation.load())
        return;
    if (handOver)
        handOver();
}

void BackgroundReader::runHere(quint64 generation, const Read &read)
{
    if (generation != m_generation.load())
        return;
    deliver(generation, read(m_db));
}

} // namespace Podium
