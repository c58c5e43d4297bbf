#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * Reads what a calendar export needs from the database: the selected events
 * with their series, place, programme and the people who appear in it.
 * Attendees, and the contact details of anyone, are never read.
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

    /**
     * Reads the events matching @p selection, ordered by start. Returns false
     * with @p error set if the database cannot be read or the series does
     * not exist; an empty result is not an error.
     */
    static bool read(const Database &database, const Selection &selection, QList<Event> *events,
                     QString *error);
};

} // namespace Podium
