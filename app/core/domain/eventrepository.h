#pragma once

#include "event.h"
#include "repository.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes events. It gives each new event a calendar UID and
 * raises the iCal sequence whenever a change must reach subscribed
 * calendars, so that callers cannot forget either.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class EventRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Event> find(qint64 id) const;
    std::optional<Event> findByUid(const QString &uid) const;
    /** All events, earliest first. */
    QList<Event> all() const;
    /** Events that overlap [@p from, @p to), earliest first. */
    QList<Event> overlapping(const QDateTime &from, const QDateTime &to) const;
    /** Events not yet over at @p now, earliest first; at most @p limit (-1 for all). */
    QList<Event> upcoming(const QDateTime &now, int limit = -1) const;
    /** Events over by @p now, latest first; at most @p limit (-1 for all). */
    QList<Event> past(const QDateTime &now, int limit = -1) const;
    /** The events of a series, earliest first. */
    QList<Event> inSeries(qint64 seriesId) const;
    /** Published events, cancelled ones included: calendars must learn of a cancellation. */
    QList<Event> publishedEvents() const;
    /** Events whose title, in either language, contains every word of @p text. */
    QList<Event> search(const QString &text) const;

    /**
     * Saves a new event; gives it a UID if it has none and dates a
     * publication without a date to now. Sets id, row version and
     * timestamps.
     */
    bool insert(Event &event, QString *error = nullptr);
    /**
     * Saves changes, refused if someone else saved the record since it was
     * read. The UID cannot change. The iCal sequence never falls, and rises
     * by one when anything a subscriber sees changes: start, end, time zone,
     * all-day, venue, room, online link, status or title.
     */
    bool update(const Event &event, QString *error = nullptr);
    /** Deletes an event with its programme, roles, registrations and documents. */
    bool remove(qint64 id, QString *error = nullptr);

    /** Both titles, folded, as stored in title_key. */
    static QString titleKey(const Event &event);
    /** A new RFC 5545 UID: "<uuid>@podium". */
    static QString newUid();
    /** True if going from @p before to @p after changes what a calendar subscriber sees. */
    static bool changesForSubscribers(const Event &before, const Event &after);

    /**
     * The columns whose change a calendar subscriber must see (time, zone,
     * place, status, title): a change to any of them raises ical_sequence.
     */
    static const QStringList &subscriberVisibleColumns();

private:
    bool checkReferences(const Event &event, QString *error) const;
    QList<Event> query(const QString &where, const QVariantList &bindings,
                       const QString &order = QStringLiteral("start_utc, id"),
                       int limit = -1) const;
};

} // namespace Podium
