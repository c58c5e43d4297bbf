#pragma once

#include <QTimeZone>

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
};

} // namespace Podium
