#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <functional>

namespace Podium {

class ICalWriter;

/**
 * Writes the VTIMEZONE of an IANA zone (RFC 5545 §3.6.5) in the compact form
 * Outlook reads well: one STANDARD and one DAYLIGHT rule starting in 1970
 * with a yearly RRULE, or a single STANDARD for a zone without daylight
 * saving. Where the zone's rules cannot be written that way for the years
 * in use, its transitions in those years are written one by one instead.
 */
class VTimeZone
{
public:
    /**
     * Writes the VTIMEZONE of @p zone, correct for every instant from the
     * start of @p firstYear to the end of @p lastYear.
     */
    static void write(ICalWriter &writer, const QTimeZone &zone, int firstYear, int lastYear);

    /** A UTC-OFFSET value (RFC 5545 §3.3.14): +0100, -0500, +0530. */
    static QString offset(int seconds);

    /** The UTC offset, in seconds, that a zone has at a UTC instant. */
    using OffsetAt = std::function<int(const QDateTime &utc)>;

    /**
     * The instant that the local wall-clock time @p date @p time stands for
     * in a zone, as RFC 5545 §3.3.5 reads it: a time that occurs twice (when
     * the clocks go back) is its first occurrence, and a time that does not
     * occur (in the gap when they go forward) is read with the offset before
     * the gap, i.e. as the time that far after the gap. Returns UTC.
     */
    static QDateTime resolveLocal(QDate date, QTime time, const OffsetAt &offsetAt);
    static QDateTime resolveLocal(QDate date, QTime time, const QTimeZone &zone);

    /**
     * True if the local time of @p instant in @p zone occurs only once.
     * False for both occurrences of a repeated local time: RFC 5545 §3.3.5
     * says such a time means the first, but libical (and so Evolution)
     * reads the second, so only UTC tells either of them safely.
     */
    static bool localTimeIsUnambiguous(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace Podium
