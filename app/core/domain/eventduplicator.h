#pragma once

#include <QDate>
#include <QString>

namespace Podium {

class Database;
struct Event;

/**
 * Copies an event to plan its next edition: the texts, place and capacity,
 * the programme and the people in their roles, moved to a new first day at
 * the same local times. The copy gets a new calendar UID and starts over:
 * status planned, unpublished, calendar sequence 0, every role asked again.
 * Registrations and documents stay with the original.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
namespace EventDuplicator {

/** The day a next edition would fall on: the same weekday 52 weeks later. */
QDate suggestedFirstDay(const Event &event);

/**
 * Writes the copy of @p eventId beginning on @p firstDay in one
 * transaction. Returns the new event's id, or 0 with @p error set (and
 * nothing written).
 */
qint64 duplicate(Database &database, qint64 eventId, const QDate &firstDay, QString *error);

} // namespace EventDuplicator
} // namespace Podium
