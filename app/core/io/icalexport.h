#pragma once

#include "icalevents.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * Turns events read by ICalEvents into an RFC 5545 calendar: for
 * publication (METHOD:PUBLISH, RFC 5546 §3.2.1), which names nobody but the
 * organiser and the people on the programme, or as an invitation of named
 * recipients to one event (METHOD:REQUEST, RFC 5546 §3.2.2), which names
 * exactly those recipients as ATTENDEEs.
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
        /**
         * The recipients of an invitation; empty for a publication. When
         * given, the calendar is a METHOD:REQUEST for one event (see
         * invitationProblem()), without programme items.
         */
        QList<ICalEvents::Recipient> invitees;
    };

    /**
     * Why @p events cannot be sent as an invitation with @p options, or an
     * empty string if they can: RFC 5546 §3.2.2 wants one event (a REQUEST
     * carries one UID), at least one recipient, and an ORGANIZER that can
     * receive the replies, so the organiser's e-mail must be set.
     */
    static QString invitationProblem(const Database &database,
                                     const QList<ICalEvents::Event> &events,
                                     const Options &options);

    /**
     * Writes the calendar of @p events. The ORGANIZER comes from the
     * settings foundation_name and organiser_email of @p database; DTSTAMP
     * is Clock::nowUtc(). With invitees, check invitationProblem() first.
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
