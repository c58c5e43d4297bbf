#include "eventduplicator.h"

#include "event.h"
#include "eventrepository.h"
#include "programmeitemrepository.h"
#include "rolerepository.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace Podium {

namespace EventDuplicator {

namespace {

// The same local time @p days later in @p zone: the wall clock stays, even
// across a change of daylight-saving time.
QDateTime shifted(const QDateTime &instant, qint64 days, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date().addDays(days), local.time(), zone).toUTC();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QDate suggestedFirstDay(const Event &event)
{
    return event.firstDay().addDays(364);
}

qint64 duplicate(Database &database, qint64 eventId, const QDate &firstDay, QString *error)
{
    EventRepository events(database);
    const std::optional<Event> original = events.find(eventId);
    if (!original) {
        fail(error,
             QCoreApplication::translate(
                 "EventDuplicator", "The event no longer exists; someone may have deleted it."));
        return 0;
    }
    if (!firstDay.isValid()) {
        fail(error, QCoreApplication::translate("EventDuplicator",
                                                "Please choose the day of the new edition."));
        return 0;
    }
    const QTimeZone zone = original->zone();
    const qint64 days = original->firstDay().daysTo(firstDay);

    Transaction tx(database);
    if (!tx.isActive()) {
        fail(error, RecordStore::explainConstraint(tx.error()));
        return 0;
    }
    Event copy = *original;
    copy.id = 0;
    copy.uid.clear();
    copy.status = EventStatus::Planned;
    copy.published = false;
    copy.publishedAt = {};
    copy.icalSequence = 0;
    copy.start = shifted(original->start, days, zone);
    copy.end = shifted(original->end, days, zone);
    copy.registrationDeadline = shifted(original->registrationDeadline, days, zone);
    copy.createdAt = {};
    copy.modifiedAt = {};
    copy.rowVersion = 0;
    if (!events.insert(copy, error))
        return 0;

    ProgrammeItemRepository items(database);
    QHash<qint64, qint64> newItemIds;
    for (ProgrammeItem item : items.forEvent(eventId)) {
        const qint64 oldId = item.id;
        item.id = 0;
        item.eventId = copy.id;
        item.start = shifted(item.start, days, zone);
        item.end = shifted(item.end, days, zone);
        item.rowVersion = 0;
        if (!items.insert(item, error))
            return 0;
        newItemIds.insert(oldId, item.id);
    }
    RoleRepository roles(database);
    for (Role role : roles.forEvent(eventId)) {
        role.id = 0;
        role.eventId = copy.id;
        role.programmeItemId = role.programmeItemId ? newItemIds.value(role.programmeItemId) : 0;
        // A new edition asks its speakers again.
        role.status = RoleStatus::Asked;
        role.rowVersion = 0;
        if (!roles.insert(role, error))
            return 0;
    }
    if (!tx.commit()) {
        fail(error, RecordStore::explainConstraint(tx.error()));
        return 0;
    }
    return copy.id;
}

} // namespace EventDuplicator
} // namespace Podium
