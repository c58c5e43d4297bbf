#include "venuerepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/textfold.h"

#include <QCoreApplication>

namespace Podium {

namespace {

const QString venueTable = QStringLiteral("venue");
const QString roomTable = QStringLiteral("room");

Venue venueFromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Venue v;
    v.id = row.id("id");
    v.name = row.text("name");
    v.address = row.text("address");
    v.postalCode = row.text("postal_code");
    v.city = row.text("city");
    v.country = row.text("country");
    v.capacity = row.optionalInteger("capacity");
    v.notes = row.text("notes");
    v.createdAt = row.instant("created_at");
    v.modifiedAt = row.instant("modified_at");
    v.rowVersion = row.integer("row_version");
    return v;
}

Room roomFromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Room r;
    r.id = row.id("id");
    r.venueId = row.id("venue_id");
    r.name = row.text("name");
    r.capacity = row.optionalInteger("capacity");
    r.createdAt = row.instant("created_at");
    r.modifiedAt = row.instant("modified_at");
    r.rowVersion = row.integer("row_version");
    return r;
}

RecordStore::Values toValues(const Venue &v)
{
    return {
        {QStringLiteral("name"), v.name.trimmed()},
        {QStringLiteral("address"), ColumnValue::text(v.address)},
        {QStringLiteral("postal_code"), ColumnValue::text(v.postalCode)},
        {QStringLiteral("city"), ColumnValue::text(v.city)},
        {QStringLiteral("country"), ColumnValue::text(v.country)},
        {QStringLiteral("capacity"), ColumnValue::integer(v.capacity)},
        {QStringLiteral("notes"), ColumnValue::text(v.notes)},
        {QStringLiteral("name_key"), VenueRepository::nameKey(v)},
    };
}

RecordStore::Values toValues(const Room &r)
{
    return {
        {QStringLiteral("venue_id"), ColumnValue::id(r.venueId)},
        {QStringLiteral("name"), r.name.trimmed()},
        {QStringLiteral("capacity"), ColumnValue::integer(r.capacity)},
    };
}

QString eventsThere(int count)
{
    return count == 1
               ? QCoreApplication::translate("Podium::VenueRepository", "an event takes place")
               : QCoreApplication::translate("Podium::VenueRepository", "%1 events take place")
                     .arg(count);
}

} // namespace

QString VenueRepository::nameKey(const Venue &venue)
{
    return foldText(venue.name.trimmed());
}

std::optional<Venue> VenueRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(venueTable, id);
    if (row.isEmpty())
        return std::nullopt;
    return venueFromRow(row);
}

QList<Venue> VenueRepository::all() const
{
    QList<Venue> out;
    const auto rows = select(QStringLiteral("SELECT * FROM venue ORDER BY name_key, id"));
    for (const QVariantMap &row : rows)
        out.append(venueFromRow(row));
    return out;
}

QList<Venue> VenueRepository::search(const QString &text) const
{
    QList<Venue> out;
    const auto rows =
        select(QStringLiteral(
                   "SELECT * FROM venue WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key, id"),
               {containsPattern(text)});
    for (const QVariantMap &row : rows)
        out.append(venueFromRow(row));
    return out;
}

bool VenueRepository::insert(Venue &venue, QString *error)
{
    if (!acceptIfValid(validate(venue), error))
        return false;
    const qint64 id =
        m_store.insert(venueTable, toValues(venue),
                       QStringLiteral("Venue “%1” created").arg(venue.name.trimmed()), error);
    if (id == 0)
        return false;
    venue = venueFromRow(m_store.fetchWritten(venueTable, id));
    return true;
}

bool VenueRepository::update(const Venue &venue, QString *error)
{
    if (!acceptIfValid(validate(venue), error))
        return false;
    return m_store.update(venueTable, venue.id, toValues(venue),
                          QStringLiteral("Venue “%1” changed").arg(venue.name.trimmed()),
                          venue.rowVersion, error);
}

bool VenueRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Venue> venue = find(id);
    if (!venue)
        return fail(error, QCoreApplication::translate(
                               "Podium::VenueRepository",
                               "The venue no longer exists; someone may have deleted it."));
    const int events = countReferences(QStringLiteral("event"), QStringLiteral("venue_id"), id);
    if (events > 0)
        return fail(error, QCoreApplication::translate("Podium::VenueRepository",
                                                       "“%1” cannot be deleted while %2 there.")
                               .arg(venue->name, eventsThere(events)));
    if (!m_store.remove(venueTable, id, QStringLiteral("Venue “%1” deleted").arg(venue->name),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

std::optional<Room> VenueRepository::findRoom(qint64 id) const
{
    const QVariantMap row = m_store.fetch(roomTable, id);
    if (row.isEmpty())
        return std::nullopt;
    return roomFromRow(row);
}

QList<Room> VenueRepository::rooms(qint64 venueId) const
{
    QList<Room> out;
    // Byte by byte, as SQLite compares text, whatever the server's collation.
    const auto rows =
        select(m_db.isServer()
                   ? QStringLiteral(
                         "SELECT * FROM room WHERE venue_id = ? ORDER BY name COLLATE \"C\", id")
                   : QStringLiteral("SELECT * FROM room WHERE venue_id = ? ORDER BY name, id"),
               {venueId});
    for (const QVariantMap &row : rows)
        out.append(roomFromRow(row));
    return out;
}

bool VenueRepository::insertRoom(Room &room, QString *error)
{
    if (!acceptIfValid(validate(room), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Venue> venue = find(room.venueId);
    if (!venue)
        return fail(error, QCoreApplication::translate("Podium::VenueRepository",
                                                       "The venue no longer exists."));
    const qint64 id = m_store.insert(
        roomTable, toValues(room),
        QStringLiteral("Room “%1” in “%2” created").arg(room.name.trimmed(), venue->name), error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    room = roomFromRow(m_store.fetchWritten(roomTable, id));
    return true;
}

bool VenueRepository::updateRoom(const Room &room, QString *error)
{
    if (!acceptIfValid(validate(room), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Room> before = findRoom(room.id);
    if (!before)
        return fail(error, QCoreApplication::translate(
                               "Podium::VenueRepository",
                               "The room no longer exists; someone may have deleted it."));
    // Events refer to a room together with its venue, so a room that moved
    // would leave them pointing at the wrong place.
    if (before->venueId != room.venueId)
        return fail(error, QCoreApplication::translate(
                               "Podium::VenueRepository",
                               "A room cannot move to another venue. Please create it "
                               "in the other venue instead."));
    const std::optional<Venue> venue = find(room.venueId);
    if (!m_store.update(roomTable, room.id, toValues(room),
                        QStringLiteral("Room “%1” in “%2” changed")
                            .arg(room.name.trimmed(), venue ? venue->name : QString()),
                        room.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool VenueRepository::removeRoom(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Room> room = findRoom(id);
    if (!room)
        return fail(error, QCoreApplication::translate(
                               "Podium::VenueRepository",
                               "The room no longer exists; someone may have deleted it."));
    const int events = countReferences(QStringLiteral("event"), QStringLiteral("room_id"), id);
    if (events > 0)
        return fail(error,
                    QCoreApplication::translate("Podium::VenueRepository",
                                                "The room “%1” cannot be deleted while %2 in it.")
                        .arg(room->name, eventsThere(events)));
    const std::optional<Venue> venue = find(room->venueId);
    if (!m_store.remove(roomTable, id,
                        QStringLiteral("Room “%1” in “%2” deleted")
                            .arg(room->name, venue ? venue->name : QString()),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
