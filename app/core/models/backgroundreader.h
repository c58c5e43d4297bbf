#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Podium {

class Database;

/**
 * Runs reads that take long (figures over all registrations) away from the
 * window, so that nothing waits for them: each read runs on a thread of the
 * reader's own, on a read-only Database of its own on the same file (the
 * threading rule of storage/database.h), opened on the first read and kept
 * for the next ones. It sees committed data only.
 *
 * A read returns what to do with its result; that function is called on
 * the reader's thread (the owner's, normally the GUI thread) from the event
 * loop. Every post() supersedes the reads posted before it: one still
 * waiting is skipped, and the result of one already running is dropped
 * (SQLite is not interrupted). So a caller that posts after every change
 * only ever receives figures as of its latest post.
 *
 * Where the file cannot be opened a second time (a server that asked for a
 * typed password, say), the read runs on the owner's thread with the
 * owner's Database, still from the event loop.
 *
 * Destroying the reader waits for a running read and discards it.
 *
 * Threading: lives on the thread that owns @p database.
 */
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    /**
     * A read: runs with some Database (the reader's own, or the owner's),
     * and returns the function that hands its result over on the owner's
     * thread. It must capture only copies, never the owner's Database.
     */
    using Read = std::function<std::function<void()>(const Database &database)>;

    /** Reads the file of @p database, which must outlive the reader. */
    explicit BackgroundReader(Database &database, QObject *parent = nullptr);
    ~BackgroundReader() override;

    /** Runs @p read in the background, superseding every read posted before. */
    void post(Read read);
    /** How many reads ran on the reader's own thread and connection. */
    int backgroundReads() const { return m_backgroundReads.load(); }

private:
    void deliver(quint64 generation, const std::function<void()> &handOver);
    void runHere(quint64 generation, const Read &read);

    Database &m_db;
    std::atomic<quint64> m_generation{0};
    std::atomic<int> m_backgroundReads{0};
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace Podium
