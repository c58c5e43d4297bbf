#pragma once

#include "icalevents.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

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

    /**
     * Writes a calendar one event at a time, as ICalEvents::read() hands
     * them over, without keeping them: write() for events given one by one.
     * The output is the same as write() gives for the same events in the
     * same order.
     */
    class Stream
    {
    public:
        /** A calendar with @p options; see write(). */
        Stream(const Database &database, const Options &options);
        ~Stream();
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;

        /** Sets X-WR-CALNAME (Options::calendarName) before finish(). */
        void setCalendarName(const QString &name);
        /** Writes @p event (and its programme items, if asked for). */
        void add(const ICalEvents::Event &event);
        /** How many events add() was given. */
        int count() const;
        /** The whole calendar; the stream is then spent. */
        QByteArray finish();
        /**
         * The whole calendar in parts to be written one after the other
         * (the header with the VTIMEZONEs, the events, the end), without
         * copying tens of megabytes into one array; the stream is then
         * spent. Joined they are what finish() gives.
         */
        QList<QByteArray> finishInParts();

        /**
         * For writing a calendar into a file while its events are read:
         * the earliest and latest instant each zone is used at
         * (ICalEvents::zoneSpans()), from which header() writes the
         * VTIMEZONEs before any event is added.
         */
        void expectZones(const QHash<QByteArray, QPair<QDateTime, QDateTime>> &spans);
        /** The calendar up to its first event, for the zones expectZones() was given. */
        QByteArray header();
        /** The events written since the last call, taken out of the stream. */
        QByteArray takeEvents();
        /** How many bytes of events wait for takeEvents(). */
        qsizetype pendingSize() const;
        /** The calendar's last line. */
        static QByteArray end();
        /**
         * Whether the header() given is what finishInParts() would write
         * for the events added (the same VTIMEZONEs and the same name). If
         * not, the calendar must be written again.
         */
        bool headerHolds() const;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    /** The UID of a programme item's VEVENT, derived from its event's UID so that it never changes.
     */
    static QString itemUid(const QString &eventUid, qint64 itemId);

    /** Markdown as plain text, for DESCRIPTION. */
    static QString plainText(const QString &markdown);
};

} // namespace Podium
