#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Podium {

/**
 * Reads the VEVENTs of an iCalendar file (RFC 5545) written by any calendar
 * program into plain values, with libical as the parser: times resolved to
 * UTC instants through the file's own VTIMEZONEs, each with an IANA zone to
 * show it in, and recurring events either expanded into their occurrences
 * within a range of days or taken as their first occurrence.
 *
 * A file that is not iCalendar, or that libical or the structural pre-scan
 * finds malformed, yields one error naming the line (or the component where
 * no line can be told) and no events at all.
 */
class ICalReader
{
public:
    struct Options
    {
        /**
         * Expand recurring events into their occurrences whose local start
         * day lies in [expandFrom, expandTo]; otherwise each recurring event
         * is read as its first occurrence, standing for the whole series.
         */
        bool expand = false;
        QDate expandFrom;
        QDate expandTo;
        /**
         * The zone of floating times and all-day dates when the calendar
         * names none in X-WR-TIMEZONE.
         */
        QByteArray defaultZone = QByteArrayLiteral("Europe/Berlin");
    };

    /** One event, or one occurrence of a recurring event, as the file describes it. */
    struct Entry
    {
        /** The line of its BEGIN:VEVENT. */
        int line = 0;
        QString uid;
        /**
         * RFC 5545 §3.8.4.4: the occurrence this entry is, in UTC
         * ("20231010T170000Z") or as a date for all-day events ("20231010");
         * empty for a single event or a series read as its first occurrence.
         */
        QString recurrenceId;
        /** True if it belongs to a recurring event (RRULE, RDATE or RECURRENCE-ID). */
        bool recurring = false;
        QString summary;
        QString description;
        QString location;
        QString url;
        /** TENTATIVE, CONFIRMED, CANCELLED or empty. */
        QString status;
        int sequence = 0;
        QStringList categories;
        /** UTC instants; for an all-day event, the local midnights around its days. */
        QDateTime start;
        QDateTime end;
        bool allDay = false;
        /** The IANA zone to show the event in ("UTC" if no zone fits). */
        QByteArray timeZone;
        /** How the zone was found, when that is worth telling (a Windows name, offsets). */
        QString zoneNote;
        /** Why the entry cannot be imported; empty if it can. */
        QString skipReason;
    };

    struct Result
    {
        /** Empty on success; otherwise the one message that says where the file fails. */
        QString error;
        QList<Entry> entries;
    };

    /** The longest title, location or URL an entry may have to be imported. */
    static constexpr qsizetype maxTitleLength = 2000;
    /** The longest description an entry may have to be imported. */
    static constexpr qsizetype maxDescriptionLength = 200000;
    /** The longest line (unfolded) a file may have to be read at all. */
    static constexpr qsizetype maxLineLength = 1000000;

    /** Reads @p data, the bytes of an .ics file. */
    static Result read(const QByteArray &data, const Options &options);

    /**
     * The IANA zone for a TZID as calendar programs write it: an IANA id,
     * one behind a prefix ("/mozilla.org/20050126_1/Europe/Berlin"), or a
     * Windows zone name as Outlook writes it ("W. Europe Standard Time").
     * Empty if there is none.
     */
    static QByteArray ianaZone(const QString &tzid);
};

} // namespace Podium
