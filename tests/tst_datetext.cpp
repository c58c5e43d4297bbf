#include "util/datetext.h"

#include <QTest>
#include <QTimeZone>

using namespace Podium;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void longDateTime_data();
    void longDateTime();
    void invalidIsEmpty();
};

void TestDateText::longDateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE")
                            << QStringLiteral("Dienstag, 19. September 2023, 18:30 Uhr");
    QTest::newRow("US English") << QStringLiteral("en_US")
                                << QStringLiteral("Tuesday, September 19, 2023, 6:30\u202fPM");
    QTest::newRow("C") << QStringLiteral("C")
                       << QStringLiteral("Tuesday, 19 September 2023, 18:30");
    QTest::newRow("British English")
        << QStringLiteral("en_GB") << QStringLiteral("Tuesday, 19 September 2023, 18:30");
}

void TestDateText::longDateTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // The evening of the model event, in Berlin: no seconds, no zone name.
    const QDateTime start(QDate(2023, 9, 19), QTime(18, 30, 0),
                          QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    // CLDR versions differ in the kind of space before AM/PM; compare words.
    const auto plain = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    };
    const QString text = plain(longDateTimeText(start, QLocale(locale)));
    expected = plain(expected);
    QCOMPARE(text, expected);
}

void TestDateText::invalidIsEmpty()
{
    QVERIFY(longDateTimeText(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
