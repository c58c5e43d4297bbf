#include "util/handoff.h"

#include <QSet>
#include <QString>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Podium;

class TestHandoff : public QObject
{
    Q_OBJECT

private slots:
    void everyValueInOrder();
    void consumedOnAnotherThread();
    void memoryGoesRound();
    void finishConsumesWhatIsLeft();
    void nothingPutNothingConsumed();
};

// 10,000 values in batches of 7 (the last one short), with a consumer that
// now and then is slower than the maker: all arrive, once each, in order.
void TestHandoff::everyValueInOrder()
{
    QStringList consumed;
    {
        Handoff<QString> handoff(
            [&consumed](QString &value) {
                if (consumed.size() % 997 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                consumed.append(value);
            },
            7);
        for (int i = 0; i < 10000; ++i) {
            QString value = QString::number(i);
            handoff.put(value);
        }
    }
    QCOMPARE(consumed.size(), 10000);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(consumed.at(i), QString::number(i));
}

void TestHandoff::consumedOnAnotherThread()
{
    const std::thread::id maker = std::this_thread::get_id();
    QSet<bool> onMaker;
    Handoff<int> handoff([&](int &) { onMaker.insert(std::this_thread::get_id() == maker); }, 4);
    for (int i = 0; i < 20; ++i) {
        int value = i;
        handoff.put(value);
    }
    handoff.finish();
    QCOMPARE(onMaker, QSet<bool>{false});
}

// put() hands back either an empty value or one the consumer is done with,
// from a batch handed over before the one being made: never one still to
// be consumed. Over many values some do come back.
void TestHandoff::memoryGoesRound()
{
    constexpr int batch = 8;
    std::atomic<int> consumedCount = 0;
    Handoff<QString> handoff([&consumedCount](QString &) { ++consumedCount; }, batch);
    int recycled = 0;
    QString value;
    for (int i = 0; i < 20000; ++i) {
        value.resize(0);
        value += QString::number(i);
        handoff.put(value);
        if (value.isEmpty())
            continue;
        bool ok = false;
        const int from = value.toInt(&ok);
        QVERIFY(ok);
        // The value came from a batch already handed over, and consumed.
        QVERIFY2(from < (i / batch) * batch,
                 qPrintable(QStringLiteral("%1 at %2").arg(from).arg(i)));
        QVERIFY(from < consumedCount.load());
        ++recycled;
    }
    handoff.finish();
    QCOMPARE(consumedCount.load(), 20000);
    QVERIFY(recycled > 0);
}

void TestHandoff::finishConsumesWhatIsLeft()
{
    QStringList consumed;
    Handoff<QString> handoff([&consumed](QString &value) { consumed.append(value); }, 64);
    for (const char *text : {"a", "b", "c"}) {
        QString value = QString::fromLatin1(text);
        handoff.put(value);
    }
    handoff.finish();
    QCOMPARE(consumed,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    // A second finish(), and the destructor after it, change nothing.
    handoff.finish();
    QCOMPARE(consumed.size(), 3);
}

void TestHandoff::nothingPutNothingConsumed()
{
    int calls = 0;
    {
        Handoff<QString> handoff([&calls](QString &) { ++calls; });
    }
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
