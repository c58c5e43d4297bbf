#include "programmeitemrepository.h"

#include "columnvalue.h"
#include "event.h"
#include "eventrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"

#include <QCoreApplication>

namespace Podium {

namespace {

const QString table = QStringLiteral("programme_item");

ProgrammeItem fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    ProgrammeItem i;
    i.id = row.id("id");
    i.eventId = row.id("event_id");
    i.position = row.integer("position");
    i.start = row.instant("start_utc");
    i.end = row.instant("end_utc");
    i.kind = fromStorage<ProgrammeItemKind>(row.text("kind")).value_or(ProgrammeItemKind::Other);
    i.title = row.localized("title");
    i.description = row.localized("description");
    i.roomId = row.id("room_id");
    i.createdAt = row.instant("created_at");
    i.modifiedAt = row.instant("modified_at");
    i.rowVersion = row.integer("row_version");
    return i;
}

RecordStore::Values toValues(const ProgrammeItem &i)
{
    return {
        {QStringLiteral("event_id"), ColumnValue::id(i.eventId)},
        {QStringLiteral("position"), i.position},
        {QStringLiteral("start_utc"), ColumnValue::instant(i.start)},
        {QStringLiteral("end_utc"), ColumnValue::instant(i.end)},
        {QStringLiteral("kind"), toStorage(i.kind)},
        {QStringLiteral("title_en"), ColumnValue::text(i.title.en.trimmed())},
        {QStringLiteral("title_de"), ColumnValue::text(i.title.de.trimmed())},
        {QStringLiteral("description_en"), ColumnValue::text(i.description.en)},
        {QStringLiteral("description_de"), ColumnValue::text(i.description.de)},
        {QStringLiteral("room_id"), ColumnValue::id(i.roomId)},
    };
}

QString summary(const ProgrammeItem &item, const Event &event, const char *what)
{
    return QStringLiteral("Programme item “%1” of “%2” %3")
        .arg(item.title.in(event.language).trimmed(), event.title.in(event.language).trimmed(),
             QLatin1StringView(what));
}

} // namespace

std::optional<ProgrammeItem> ProgrammeItemRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<ProgrammeItem> ProgrammeItemRepository::forEvent(qint64 eventId) const
{
    QList<ProgrammeItem> out;
    const auto rows = select(QStringLiteral("SELECT * FROM programme_item WHERE event_id = ? "
                                            "ORDER BY position, start_utc, id"),
                             {eventId});
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

bool ProgrammeItemRepository::checkRoom(const ProgrammeItem &item, const Event &event,
                                        QString *error) const
{
    if (item.roomId == 0)
        return true;
    const QVariantMap room =
        selectOne(QStringLiteral("SELECT name, venue_id FROM room WHERE id = ?"), {item.roomId});
    if (room.isEmpty())
        return fail(error, QCoreApplication::translate("Podium::ProgrammeItemRepository",
                                                       "The room no longer exists."));
    if (room.value(QStringLiteral("venue_id")).toLongLong() != event.venueId)
        return fail(error, QCoreApplication::translate("Podium::ProgrammeItemRepository",
                                                       "The room “%1” is not in the event's venue.")
                               .arg(room.value(QStringLiteral("name")).toString()));
    return true;
}

bool ProgrammeItemRepository::insert(ProgrammeItem &item, QString *error)
{
    const std::optional<Event> event = EventRepository(m_db).find(item.eventId);
    if (item.eventId > 0 && !event)
        return fail(error, QCoreApplication::translate("Podium::ProgrammeItemRepository",
                                                       "The event no longer exists."));
    if (!acceptIfValid(validate(item, event.value_or(Event())), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkRoom(item, *event, error))
        return false;
    const qint64 id =
        m_store.insert(table, toValues(item), summary(item, *event, "created"), error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    item = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool ProgrammeItemRepository::update(const ProgrammeItem &item, QString *error)
{
    const std::optional<ProgrammeItem> before = find(item.id);
    if (!before)
        return fail(error, QCoreApplication::translate(
                               "Podium::ProgrammeItemRepository",
                               "The programme item no longer exists; someone may have "
                               "deleted it."));
    // Roles refer to an item together with its event; moving the item
    // would strand them.
    if (before->eventId != item.eventId)
        return fail(error,
                    QCoreApplication::translate("Podium::ProgrammeItemRepository",
                                                "A programme item cannot move to another event."));
    const std::optional<Event> event = EventRepository(m_db).find(item.eventId);
    if (!event)
        return fail(error, QCoreApplication::translate("Podium::ProgrammeItemRepository",
                                                       "The event no longer exists."));
    if (!acceptIfValid(validate(item, *event), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkRoom(item, *event, error))
        return false;
    if (!m_store.update(table, item.id, toValues(item), summary(item, *event, "changed"),
                        item.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool ProgrammeItemRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<ProgrammeItem> item = find(id);
    if (!item)
        return fail(error, QCoreApplication::translate(
                               "Podium::ProgrammeItemRepository",
                               "The programme item no longer exists; someone may have "
                               "deleted it."));
    const Event event = EventRepository(m_db).find(item->eventId).value_or(Event());
    if (!m_store.remove(table, id, summary(*item, event, "deleted"), error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
