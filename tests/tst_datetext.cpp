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
    void shortFormats_data();
    void shortFormats();
    void shortFormatsReadBack();
    void quotedTextKept();
    void numericDate_data();
    void numericDate();
    void numericDateTime_data();
    void numericDateTime();
    void dateTimeField_data();
    void dateTimeField();
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

void TestDateText::shortFormats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dayMonth");
    // German gives the day its period and abbreviates the month its own
    // way; the clock runs to 24.
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("ddd, d. MMM yyyy, HH:mm")
                            << QStringLiteral("Di., 19. Sept. 2023, 18:30")
                            << QStringLiteral("19. Sept. 2023") << QStringLiteral("19. Sept.");
    QTest::newRow("Austrian German")
        << QStringLiteral("de_AT") << QStringLiteral("ddd, d. MMM yyyy, HH:mm")
        << QStringLiteral("Di., 19. Sep. 2023, 18:30") << QStringLiteral("19. Sep. 2023")
        << QStringLiteral("19. Sep.");
    QTest::newRow("US English") << QStringLiteral("en_US")
                                << QStringLiteral("ddd, MMM d, yyyy, h:mm AP")
                                << QStringLiteral("Tue, Sep 19, 2023, 6:30 PM")
                                << QStringLiteral("Sep 19, 2023") << QStringLiteral("Sep 19");
    QTest::newRow("British English")
        << QStringLiteral("en_GB") << QStringLiteral("ddd, d MMM yyyy, HH:mm")
        << QStringLiteral("Tue, 19 Sept 2023, 18:30") << QStringLiteral("19 Sept 2023")
        << QStringLiteral("19 Sept");
    // Seconds are left out even where the locale's short time has them.
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("ddd, d MMM yyyy, HH:mm")
                       << QStringLiteral("Tue, 19 Sep 2023, 18:30") << QStringLiteral("19 Sep 2023")
                       << QStringLiteral("19 Sep");
}

void TestDateText::shortFormats()
{
    QFETCH(QString, locale);
    QFETCH(QString, format);
    QFETCH(QString, dateTime);
    QFETCH(QString, date);
    QFETCH(QString, dayMonth);
    const QLocale l(locale);
    const QDateTime at(QDate(2023, 9, 19), QTime(18, 30, 15));
    const auto plain = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    };
    QCOMPARE(shortDateTimeFormat(l), format);
    QCOMPARE(plain(l.toString(at, shortDateTimeFormat(l))), dateTime);
    QCOMPARE(l.toString(at.date(), shortDateFormat(l, Weekday::LeftOut)), date);
    QCOMPARE(shortDateTimeFormat(l), shortDateFormat(l) + QStringLiteral(", ") + clockFormat(l));
    // The year left out where it is plain: only the year and its text go.
    const QString noYear = shortDateFormat(l, Weekday::Shown, Year::LeftOut);
    QVERIFY2(!noYear.contains(QLatin1Char('y')), qPrintable(noYear));
    QVERIFY2(dateTime.startsWith(plain(l.toString(at.date(), noYear))), qPrintable(noYear));
    QCOMPARE(l.toString(at.date(), shortDateFormat(l, Weekday::LeftOut, Year::LeftOut)), dayMonth);
}

void TestDateText::shortFormatsReadBack()
{
    // What a date field shows it reads back: every month's and weekday's
    // name, both halves of the day.
    for (const char *name : {"de_DE", "de_AT", "de_CH", "en_US", "en_GB", "C"}) {
        const QLocale l(QString::fromLatin1(name));
        const QString format = shortDateTimeFormat(l);
        for (int month = 1; month <= 12; ++month) {
            for (const QTime time : {QTime(9, 5), QTime(21, 45)}) {
                const QDateTime at(QDate(2027, month, month + 10), time);
                const QString text = l.toString(at, format);
                QVERIFY2(l.toDateTime(text, format) == at,
                         qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + text));
            }
        }
    }
}

void TestDateText::quotedTextKept()
{
    // Spanish writes words between the fields: "martes, 19 de septiembre de
    // 2023". They stay as they are, quotes and all.
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    QCOMPARE(spanish.dateFormat(QLocale::LongFormat),
             QStringLiteral("dddd, d 'de' MMMM 'de' yyyy"));
    QCOMPARE(shortDateFormat(spanish), QStringLiteral("ddd, d 'de' MMM 'de' yyyy"));
    QCOMPARE(shortDateFormat(spanish, Weekday::LeftOut), QStringLiteral("d 'de' MMM 'de' yyyy"));
}

void TestDateText::numericDate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    // The locale's short date ("dd.MM.yy") with the whole year.
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("dd.MM.yyyy")
                            << QStringLiteral("01.11.2026");
    QTest::newRow("US English") << QStringLiteral("en_US") << QStringLiteral("M/d/yyyy")
                                << QStringLiteral("11/1/2026");
    QTest::newRow("British English")
        << QStringLiteral("en_GB") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("01/11/2026");
}

void TestDateText::numericDate()
{
    QFETCH(QString, locale);
    QFETCH(QString, format);
    QFETCH(QString, text);
    const QLocale l(locale);
    QCOMPARE(numericDateFormat(l), format);
    QCOMPARE(l.toString(QDate(2026, 11, 1), numericDateFormat(l)), text);
    QCOMPARE(l.toDate(text, numericDateFormat(l)), QDate(2026, 11, 1));
}

void TestDateText::numericDateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("29.11.2026, 18:30");
    QTest::newRow("US English") << QStringLiteral("en_US") << QStringLiteral("11/29/2026, 6:30 PM");
    QTest::newRow("British English")
        << QStringLiteral("en_GB") << QStringLiteral("29/11/2026, 18:30");
}

void TestDateText::numericDateTime()
{
    // A moment in a list or a message: the whole year, the clock of the
    // language, no seconds.
    QFETCH(QString, locale);
    QFETCH(QString, text);
    const QLocale l(locale);
    QCOMPARE(
        l.toString(QDateTime(QDate(2026, 11, 29), QTime(18, 30, 45)), numericDateTimeFormat(l)),
        text);
}

void TestDateText::dateTimeField_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("ddd, dd.MM.yyyy, HH:mm")
                            << QStringLiteral("Di., 19.09.2023, 18:30");
    QTest::newRow("US English") << QStringLiteral("en_US")
                                << QStringLiteral("ddd, M/d/yyyy, h:mm AP")
                                << QStringLiteral("Tue, 9/19/2023, 6:30 PM");
    QTest::newRow("British English")
        << QStringLiteral("en_GB") << QStringLiteral("ddd, dd/MM/yyyy, HH:mm")
        << QStringLiteral("Tue, 19/09/2023, 18:30");
    // Irish English writes no comma after the weekday.
    QTest::newRow("Irish English")
        << QStringLiteral("en_IE") << QStringLiteral("ddd dd/MM/yyyy, HH:mm")
        << QStringLiteral("Tue 19/09/2023, 18:30");
}

void TestDateText::dateTimeField()
{
    QFETCH(QString, locale);
    QFETCH(QString, format);
    QFETCH(QString, text);
    const QLocale l(locale);
    const QDateTime at(QDate(2023, 9, 19), QTime(18, 30));
    const auto plain = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    };
    QCOMPARE(dateTimeFieldFormat(l), format);
    QCOMPARE(plain(l.toString(at, format)), text);
    QCOMPARE(l.toDateTime(l.toString(at, format), format), at);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
