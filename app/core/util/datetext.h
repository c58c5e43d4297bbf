#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Podium {

/**
 * A day and time as people write them in @p locale, to the minute:
 * "Dienstag, 19. September 2023, 18:30 Uhr", "Tuesday, September 19, 2023,
 * 6:30 PM", "Tuesday, 19 September 2023, 18:30". @p dateTime is shown in
 * its own time zone; seconds and the zone's abbreviation are left out.
 */
QString longDateTimeText(const QDateTime &dateTime, const QLocale &locale = QLocale());

/** The time alone, to the minute ("18:30 Uhr", "6:30 PM"). */
QString timeText(const QTime &time, const QLocale &locale = QLocale());

/**
 * A span of one day as people write it in @p locale: "Dienstag, 19.
 * September 2023, 18:30–20:00 Uhr", "Tuesday, September 19, 2023, 6:30 PM–8:00
 * PM". Both are shown in @p start's time zone; an end on another day is
 * written with its date.
 */
QString periodText(const QDateTime &start, const QDateTime &end, const QLocale &locale = QLocale());

/*
 * Formats in the notation of QDateTime::toString() and
 * QDateTimeEdit::setDisplayFormat(), taken from @p locale, so the order of
 * day and month, the punctuation and the clock are the locale's own.
 */

/** Whether a short date names the day of the week. */
enum class Weekday { Shown, LeftOut };

/** Whether a short date names the year (not needed where it is plain). */
enum class Year { Shown, LeftOut };

/**
 * A day with the month's short name, the way a list writes it: "ddd, d. MMM
 * yyyy" for German ("Di., 19. Sept. 2023"), "ddd, MMM d, yyyy" for US
 * English ("Tue, Sep 19, 2023"), "ddd, d MMM yyyy" for British English
 * ("Tue, 19 Sept 2023"). Weekday::LeftOut drops "ddd" with the text that
 * goes with it ("19. Sept. 2023"), Year::LeftOut the year ("Di., 19.
 * Sept."). Not for a QDateTimeEdit: see dateTimeFieldFormat().
 */
QString shortDateFormat(const QLocale &locale = QLocale(), Weekday weekday = Weekday::Shown,
                        Year year = Year::Shown);

/** The time to the minute: "HH:mm" in German, "h:mm AP" in US English. */
QString clockFormat(const QLocale &locale = QLocale());

/**
 * shortDateFormat() and clockFormat() together: "ddd, d. MMM yyyy, HH:mm"
 * ("Di., 19. Sept. 2023, 18:30"), "ddd, MMM d, yyyy, h:mm AP" ("Tue, Sep 19,
 * 2023, 6:30 PM").
 */
QString shortDateTimeFormat(const QLocale &locale = QLocale(), Weekday weekday = Weekday::Shown);

/**
 * A day in figures with all four digits of the year, for date fields and
 * columns: "dd.MM.yyyy" in German, "M/d/yyyy" in US English, "dd/MM/yyyy" in
 * British English. A two-digit year would leave the century to guessing.
 */
QString numericDateFormat(const QLocale &locale = QLocale());

/**
 * numericDateFormat() and clockFormat() together, for a moment in a list or
 * a message: "dd.MM.yyyy, HH:mm" ("29.11.2026, 18:30"), "M/d/yyyy, h:mm AP"
 * ("11/29/2026, 6:30 PM"). QLocale's short format would write "29.11.26".
 */
QString numericDateTimeFormat(const QLocale &locale = QLocale());

/**
 * For a QDateTimeEdit: the weekday, the day in figures and the time, each a
 * field the keyboard edits on its own: "ddd, dd.MM.yyyy, HH:mm" ("Di.,
 * 19.09.2023, 19:00"), "ddd, M/d/yyyy, h:mm AP" ("Tue, 9/19/2023, 7:00 PM").
 * The month goes in figures: Qt's editor takes a typed "Okt" for the start
 * of the name "Okt." and drops it when the field is left.
 */
QString dateTimeFieldFormat(const QLocale &locale = QLocale());

} // namespace Podium
