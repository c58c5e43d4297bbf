#include "planner.h"

#include "event.h"
#include "storage/database.h"
#include "util/clock.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::Planner", text);
}

// A span in the zone of its event: "19 Sep 2023 19:00–20:30".
QString span(const QString &start, const QString &end, const QByteArray &zone)
{
    const QDateTime s = Clock::fromStorage(start);
    const QDateTime e = Clock::fromStorage(end);
    const QTimeZone tz = Validation::zoneOrUtc(zone);
    const bool sameDay = s.toTimeZone(tz).date() == e.toTimeZone(tz).date();
    return Validation::formatLocal(s, zone, true) + QChar(0x2013) +
           Validation::formatLocal(e, zone, !sameDay);
}

} // namespace

int RegistrationCounts::placesTaken() const
{
    int taken = 0;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        if (Planner::holdsPlace(it.key()))
            taken += it.value();
    }
    return taken;
}

std::optional<int> RegistrationCounts::placesLeft() const
{
    if (!capacity)
        return std::nullopt;
    return std::max(0, *capacity - placesTaken());
}

Planner::Planner(const Database &database)
    : m_db(database)
{}

bool Planner::holdsPlace(RegistrationStatus status)
{
    return status == RegistrationStatus::Registered || status == RegistrationStatus::Confirmed ||
           status == RegistrationStatus::Attended;
}

QString Planner::describeBooking(qint64 eventId, qint64 itemId, qint64 relativeTo) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT coalesce(nullif(e.title_en, ''), e.title_de), e.time_zone, "
                       "coalesce(nullif(p.title_en, ''), p.title_de), "
                       "coalesce(p.start_utc, e.start_utc), coalesce(p.end_utc, e.end_utc) "
                       "FROM event e LEFT JOIN programme_item p ON p.id = ? AND p.event_id = e.id "
                       "WHERE e.id = ?"));
    q.addBindValue(itemId ? QVariant(itemId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(eventId);
    if (!Database::exec(q) || !q.next())
        return {};
    const QString eventTitle = q.value(0).toString();
    const QByteArray zone = q.value(1).toString().toUtf8();
    const QString itemTitle = q.value(2).toString();
    const QString when = span(q.value(3).toString(), q.value(4).toString(), zone);
    if (itemId && eventId == relativeTo)
        return tr("“%1” (%2)").arg(itemTitle, when);
    if (itemId)
        return tr("“%1” of “%2” (%3)").arg(itemTitle, eventTitle, when);
    return tr("“%1” (%2)").arg(eventTitle, when);
}

QList<PlannerWarning> Planner::personClashes(qint64 eventId) const
{
    // Each role with its span; a role on the whole event spans the event.
    static const QString roles = QStringLiteral(
        "SELECT r.id AS role_id, r.person_id, r.event_id, coalesce(r.programme_item_id, 0) AS "
        "item_id, r.role, coalesce(p.start_utc, e.start_utc) AS s, coalesce(p.end_utc, "
        "e.end_utc) AS en FROM role r JOIN event e ON e.id = r.event_id "
        "LEFT JOIN programme_item p ON p.id = r.programme_item_id "
        "WHERE r.status <> 'declined' AND e.status <> 'cancelled'");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("WITH booked AS (%1) "
                       "SELECT a.person_id, a.event_id, a.item_id, a.role, b.event_id, b.item_id, "
                       "b.role, trim(coalesce(pe.given_name, '') || ' ' || "
                       "coalesce(pe.family_name, '')) "
                       "FROM booked a JOIN booked b ON b.person_id = a.person_id "
                       "AND b.role_id <> a.role_id AND a.s < b.en AND b.s < a.en "
                       "JOIN person pe ON pe.id = a.person_id "
                       "WHERE a.event_id = ? "
                       // Within one event the chair of the evening may also speak in an
                       // item, and one person may have two roles in one item.
                       "AND NOT (b.event_id = a.event_id AND (a.item_id = 0 OR b.item_id = 0 "
                       "OR a.item_id = b.item_id)) "
                       "AND NOT (b.event_id = a.event_id AND b.item_id < a.item_id) "
                       "ORDER BY a.person_id, a.item_id, b.event_id, b.item_id")
            .arg(roles));
    q.addBindValue(eventId);
    QList<PlannerWarning> out;
    if (!Database::exec(q))
        return out;
    // Every row is read before describeBooking() runs its own query: on a
    // server, a second query on the connection ends the rows of the first.
    QSet<QString> seen;
    QStringList names;
    while (q.next()) {
        PlannerWarning w;
        w.kind = PlannerWarning::Kind::PersonDoubleBooked;
        w.personId = q.value(0).toLongLong();
        w.eventId = q.value(1).toLongLong();
        w.programmeItemId = q.value(2).toLongLong();
        w.otherEventId = q.value(4).toLongLong();
        w.otherItemId = q.value(5).toLongLong();
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(w.personId)
                                .arg(w.programmeItemId)
                                .arg(w.otherEventId)
                                .arg(w.otherItemId);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        names.append(q.value(7).toString());
        out.append(w);
    }
    q.finish();
    for (qsizetype i = 0; i < out.size(); ++i) {
        PlannerWarning &w = out[i];
        w.message = tr("%1 is booked twice at the same time: %2 and %3.")
                        .arg(names.at(i), describeBooking(w.eventId, w.programmeItemId, eventId),
                             describeBooking(w.otherEventId, w.otherItemId, eventId));
    }
    return out;
}

QList<PlannerWarning> Planner::roomClashes(qint64 eventId) const
{
    static const QString bookings = QStringLiteral(
        "SELECT e.id AS event_id, 0 AS item_id, e.room_id AS room_id, e.start_utc AS s, "
        "e.end_utc AS en FROM event e WHERE e.room_id IS NOT NULL AND e.status <> 'cancelled' "
        "AND NOT EXISTS (SELECT 1 FROM programme_item x WHERE x.event_id = e.id) "
        "UNION ALL "
        "SELECT p.event_id, p.id, coalesce(p.room_id, e.room_id), p.start_utc, p.end_utc "
        "FROM programme_item p JOIN event e ON e.id = p.event_id "
        "WHERE coalesce(p.room_id, e.room_id) IS NOT NULL AND e.status <> 'cancelled'");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("WITH booking AS (%1) "
                       "SELECT a.event_id, a.item_id, b.event_id, b.item_id, a.room_id, "
                       "ro.name, ve.name FROM booking a JOIN booking b ON b.room_id = a.room_id "
                       "AND a.s < b.en AND b.s < a.en "
                       "AND NOT (b.event_id = a.event_id AND b.item_id <= a.item_id) "
                       "JOIN room ro ON ro.id = a.room_id JOIN venue ve ON ve.id = ro.venue_id "
                       "WHERE a.event_id = ? ORDER BY a.item_id, b.event_id, b.item_id")
            .arg(bookings));
    q.addBindValue(eventId);
    QList<PlannerWarning> out;
    if (!Database::exec(q))
        return out;
    // Read to the end before describeBooking() queries (see personClashes()).
    QList<std::pair<QString, QString>> rooms;
    while (q.next()) {
        PlannerWarning w;
        w.kind = PlannerWarning::Kind::RoomClash;
        w.eventId = q.value(0).toLongLong();
        w.programmeItemId = q.value(1).toLongLong();
        w.otherEventId = q.value(2).toLongLong();
        w.otherItemId = q.value(3).toLongLong();
        w.roomId = q.value(4).toLongLong();
        rooms.append({q.value(5).toString(), q.value(6).toString()});
        out.append(w);
    }
    q.finish();
    for (qsizetype i = 0; i < out.size(); ++i) {
        PlannerWarning &w = out[i];
        w.message = tr("%1 (%2) is booked twice: %3 and %4.")
                        .arg(rooms.at(i).first, rooms.at(i).second,
                             describeBooking(w.eventId, w.programmeItemId, eventId),
                             describeBooking(w.otherEventId, w.otherItemId, eventId));
    }
    return out;
}

RegistrationCounts Planner::counts(qint64 eventId) const
{
    RegistrationCounts c;
    const QVariant capacity =
        m_db.scalar(QStringLiteral("SELECT capacity FROM event WHERE id = ?"), {eventId});
    if (!capacity.isNull() && capacity.isValid())
        c.capacity = capacity.toInt();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT status, count(*) FROM registration WHERE event_id = ? GROUP BY status"));
    q.addBindValue(eventId);
    if (Database::exec(q)) {
        while (q.next()) {
            if (const auto s = fromStorage<RegistrationStatus>(q.value(0).toString()))
                c.byStatus.insert(*s, q.value(1).toInt());
        }
    }
    return c;
}

std::optional<PlannerWarning> Planner::capacityWarning(qint64 eventId) const
{
    const RegistrationCounts c = counts(eventId);
    if (!c.capacity || c.placesTaken() <= *c.capacity)
        return std::nullopt;
    PlannerWarning w;
    w.kind = PlannerWarning::Kind::OverCapacity;
    w.eventId = eventId;
    w.message =
        tr("%1 places are taken, but the event has only %2.").arg(c.placesTaken()).arg(*c.capacity);
    return w;
}

QList<PlannerWarning> Planner::warningsForEvent(qint64 eventId) const
{
    QList<PlannerWarning> out = personClashes(eventId);
    out += roomClashes(eventId);
    if (const auto w = capacityWarning(eventId))
        out.append(*w);
    return out;
}

RegistrationStatus Planner::statusForNewRegistration(qint64 eventId) const
{
    return counts(eventId).isFull() ? RegistrationStatus::Waitlisted
                                    : RegistrationStatus::Registered;
}

qint64 Planner::firstWaitlisted(qint64 eventId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT id FROM registration WHERE event_id = ? AND status = "
                               "'waitlisted' ORDER BY registered_at IS NULL, registered_at, id "
                               "LIMIT 1"),
                {eventId})
        .toLongLong();
}

} // namespace Podium
