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

} // namespace Podium
