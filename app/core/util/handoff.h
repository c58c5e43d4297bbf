#pragma once

#include <QList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace Podium {

/**
 * Hands values made on the calling thread to a consumer that runs on a
 * thread of its own, in the order they were made, a batch at a time: the
 * next batch is made while the last one is consumed, on two cores.
 *
 * put() takes a value's contents by swapping them into the batch, and
 * leaves in their place those of a value the consumer is done with (or a
 * default one): the memory of strings and lists goes round instead of being
 * allocated for every value, as long as the maker refills every member.
 *
 * At most three batches exist: one being made, one waiting and one being
 * consumed. The consumer must not throw. finish() (or the destructor)
 * hands over what is left and waits until everything is consumed; only
 * then may the caller look at what the consumer built.
 */
template<typename T>
class Handoff
{
public:
    explicit Handoff(std::function<void(T &)> consume, qsizetype batchSize = 64)
        : m_consume(std::move(consume))
        , m_batchSize(batchSize > 0 ? batchSize : 1)
        , m_worker(&Handoff::run, this)
    {}

    ~Handoff() { finish(); }

    Handoff(const Handoff &) = delete;
    Handoff &operator=(const Handoff &) = delete;

    /** Takes @p value's contents for the consumer; see the class. */
    void put(T &value)
    {
        if (m_filling.size() < m_batchSize)
            m_filling.resize(m_batchSize);
        std::swap(m_filling[m_filled], value);
        if (++m_filled == m_batchSize)
            handOver();
    }

    /** Consumes what is left and waits for the consumer; at most once. */
    void finish()
    {
        if (!m_worker.joinable())
            return;
        if (m_filled > 0)
            handOver();
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

private:
    void handOver()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_waiting; });
        m_handed = std::move(m_filling);
        m_handedCount = m_filled;
        m_waiting = true;
        m_filling = m_spare.isEmpty() ? QList<T>() : m_spare.takeLast();
        m_filled = 0;
        lock.unlock();
        m_changed.notify_all();
    }

    void run()
    {
        for (;;) {
            QList<T> batch;
            qsizetype count = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_waiting || m_closing; });
                if (!m_waiting)
                    return;
                batch = std::move(m_handed);
                count = m_handedCount;
                m_waiting = false;
            }
            m_changed.notify_all();
            for (qsizetype i = 0; i < count; ++i)
                m_consume(batch[i]);
            const std::lock_guard lock(m_mutex);
            m_spare.append(std::move(batch));
        }
    }

    std::function<void(T &)> m_consume;
    const qsizetype m_batchSize;
    // The maker's side.
    QList<T> m_filling;
    qsizetype m_filled = 0;
    // Shared, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<T> m_handed;
    qsizetype m_handedCount = 0;
    bool m_waiting = false;
    bool m_closing = false;
    QList<QList<T>> m_spare;
    // Last: started once everything above is in place.
    std::thread m_worker;
};

} // namespace Podium
