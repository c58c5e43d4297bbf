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
    void period_data();
    void period();
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

void TestDateText::period_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("endHour");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE") << 20
                            << QStringLiteral("Dienstag, 19. September 2023, 18:30–20:00 Uhr");
    QTest::newRow("British English") << QStringLiteral("en_GB") << 20
                                     << QStringLiteral("Tuesday, 19 September 2023, 18:30–20:00");
    QTest::newRow("US English") << QStringLiteral("en_US") << 20
                                << QStringLiteral("Tuesday, September 19, 2023, 6:30 PM–8:00 PM");
    QTest::newRow("German, past midnight")
        << QStringLiteral("de_DE") << 25
        << QStringLiteral("Dienstag, 19. September 2023, 18:30 Uhr – Mittwoch, 20. September "
                          "2023, 01:00 Uhr");
}

void TestDateText::period()
{
    QFETCH(QString, locale);
    QFETCH(int, endHour);
    QFETCH(QString, expected);
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const QDateTime start(QDate(2023, 9, 19), QTime(18, 30), berlin);
    // The end given in UTC is shown in the start's zone.
    const QDateTime end = QDateTime(QDate(2023, 9, 19), QTime(0, 0), berlin)
                              .addSecs(endHour * 3600)
                              .toTimeZone(QTimeZone::utc());
    const auto plain = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    };
    QCOMPARE(plain(periodText(start, end, QLocale(locale))), expected);
    QVERIFY(periodText(QDateTime(), end).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
