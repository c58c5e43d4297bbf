#pragma once

#include "icalevents.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * Turns events read by ICalEvents into an RFC 5545 calendar for publication
 * (METHOD:PUBLISH, RFC 5546): what the website feed, a series file and an
 * invitation to a single event are made of.
 */
class ICalExport
{
public:
    struct Options
    {
        /** "de" or "en"; empty for each event's own language. The other fills gaps. */
        QString language;
        /** Also write each programme item as a VEVENT of its own, related to its event. */
        bool programmeItems = false;
        /** X-WR-CALNAME, the name a subscribing calendar shows; empty for none. */
        QString calendarName;
    };

    /**
     * Writes the calendar of @p events. The ORGANIZER comes from the
     * settings foundation_name and organiser_email of @p database; DTSTAMP
     * is Clock::nowUtc().
     */
    static QByteArray write(const Database &database, const QList<ICalEvents::Event> &events,
                            const Options &options);

    /** The UID of a programme item's VEVENT, derived from its event's UID so that it never changes.
     */
    static QString itemUid(const QString &eventUid, qint64 itemId);

    /** Markdown as plain text, for DESCRIPTION. */
    static QString plainText(const QString &markdown);
};

} // namespace Podium
