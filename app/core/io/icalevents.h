#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Podium {

class Database;

/**
 * Reads what a calendar export needs from the database: the selected events
 * with their series, place, programme and the people who appear in it.
 * read() never reads attendees or anyone's contact details; only an
 * invitation, which the user asks for by naming its recipients, reads the
 * names and addresses of exactly those people (recipient(), registered()).
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class ICalEvents
{
public:
    /** Which events to export; every criterion given must hold (intersection). */
    struct Selection
    {
        /** Event ids; empty for no restriction. */
        QList<qint64> eventIds;
        /** A series, by its English or German name (compared folded); empty for any. */
        QString series;
        /**
         * A range of dates, both inclusive, read in each event's own time
         * zone: an event is selected if any of its local days falls in it.
         * An invalid date leaves that side open.
         */
        QDate from;
        QDate to;
        /** Only published events (the public feed), including cancelled ones. */
        bool publishedOnly = false;
    };

    /** Text kept in both languages. */
    struct Text
    {
        QString en;
        QString de;
        /** The text in @p language ("de" or "en"), or in the other if it is empty there. */
        QString in(const QString &language) const;
    };

    /** A person as a calendar shows them: name, role and affiliation line. */
    struct Appearance
    {
        /** The role keyword of the schema: chair, moderator, panellist, speaker, keynote, welcome.
         */
        QString role;
        QString name;
        Text affiliation;
    };

    struct Item
    {
        qint64 id = 0;
        QDateTime start;
        QDateTime end;
        QString kind;
        Text title;
        Text description;
        QString room;
        QList<Appearance> people;
        QDateTime created;
        QDateTime modified;
    };

    struct Event
    {
        qint64 id = 0;
        QString uid;
        Text title;
        Text subtitle;
        /** Markdown. */
        Text description;
        Text series;
        Text topic;
        QDateTime start;
        QDateTime end;
        QByteArray timeZone;
        bool allDay = false;
        /** The language the event is held in: "de" or "en". */
        QString language;
        QString status;
        bool published = false;
        QString publicUrl;
        int sequence = 0;
        QString venue;
        QString room;
        QString address;
        QString postalCode;
        QString city;
        QDateTime created;
        QDateTime modified;
        /** Roles on the event as a whole (the chair of the evening). */
        QList<Appearance> people;
        QList<Item> items;
    };

    /** A named recipient of an invitation (RFC 5546 §3.2.2 ATTENDEE). */
    struct Recipient
    {
        /** 0 for an address that belongs to no person in the database. */
        qint64 personId = 0;
        /** Given and family name (with honorific); empty if unknown. */
        QString name;
        QString email;
        /** The registration status keyword, for a person registered for the event. */
        QString status;
    };

    /**
     * Finds the recipient @p idOrEmail names: a person's id, or an e-mail
     * address (the person who has it, or the address alone if nobody has
     * it). False with @p error if the person does not exist or has no
     * usable address, or the text is neither an id nor an address.
     */
    static bool recipient(const Database &database, const QString &idOrEmail, Recipient *recipient,
                          QString *error);

    /**
     * The people registered for event @p eventId who have an e-mail address,
     * ordered by name: whom an invitation to it can go to. Cancelled
     * registrations are left out.
     */
    static bool registered(const Database &database, qint64 eventId, QList<Recipient> *recipients,
                           QString *error);

    /**
     * Reads the events matching @p selection, ordered by start. Returns false
     * with @p error set if the database cannot be read or the series does
     * not exist; an empty result is not an error.
     */
    static bool read(const Database &database, const Selection &selection, QList<Event> *events,
                     QString *error);

    /**
     * Reads the same events as read(), in the same order, and hands each to
     * @p each as soon as it is complete, without keeping them: a calendar
     * of thousands of events is written as it is read.
     *
     * @p each may take the event's contents (swap them with another
     * event's): every member is filled afresh for the next one.
     */
    static bool forEach(const Database &database, const Selection &selection,
                        const std::function<void(Event &)> &each, QString *error);

    /**
     * The earliest and the latest instant each zone (by the name the events
     * give, Event::timeZone) is likely used at in the calendar of
     * @p selection: the start and end of every event that is not all-day
     * and, with @p items, of every event, which stands for its programme.
     * Found before the events are read, so that a calendar's VTIMEZONEs can
     * be written first; the writer checks afterwards (an item outside its
     * event's years, or an event at the edge of a range of dates that
     * forEach() leaves out, can make them differ).
     */
    static bool zoneSpans(const Database &database, const Selection &selection, bool items,
                          QHash<QByteArray, QPair<QDateTime, QDateTime>> *spans, QString *error);
};

} // namespace Podium
