#include "rolerepository.h"

#include "columnvalue.h"
#include "programmeitemrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"

#include <QCoreApplication>

namespace Podium {

namespace {

const QString table = QStringLiteral("role");

Role fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Role r;
    r.id = row.id("id");
    r.personId = row.id("person_id");
    r.eventId = row.id("event_id");
    r.programmeItemId = row.id("programme_item_id");
    r.kind = fromStorage<RoleKind>(row.text("role")).value_or(RoleKind::Speaker);
    r.position = row.integer("position");
    r.affiliation = row.localized("affiliation");
    r.status = fromStorage<RoleStatus>(row.text("status")).value_or(RoleStatus::Asked);
    r.createdAt = row.instant("created_at");
    r.modifiedAt = row.instant("modified_at");
    r.rowVersion = row.integer("row_version");
    return r;
}

RecordStore::Values toValues(const Role &r)
{
    return {
        {QStringLiteral("person_id"), ColumnValue::id(r.personId)},
        {QStringLiteral("event_id"), ColumnValue::id(r.eventId)},
        {QStringLiteral("programme_item_id"), ColumnValue::id(r.programmeItemId)},
        {QStringLiteral("role"), toStorage(r.kind)},
        {QStringLiteral("position"), r.position},
        {QStringLiteral("affiliation_en"), ColumnValue::text(r.affiliation.en.trimmed())},
        {QStringLiteral("affiliation_de"), ColumnValue::text(r.affiliation.de.trimmed())},
        {QStringLiteral("status"), toStorage(r.status)},
    };
}

QString kindWord(RoleKind kind)
{
    return roleLabel(kind, Language::English).toLower();
}

} // namespace

QList<Role> RoleRepository::query(const QString &sql, const QVariantList &bindings) const
{
    QList<Role> out;
    const auto rows = select(sql, bindings);
    out.reserve(rows.size());
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

std::optional<Role> RoleRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<Role> RoleRepository::forEvent(qint64 eventId) const
{
    return query(QStringLiteral("SELECT r.* FROM role r "
                                "LEFT JOIN programme_item p ON p.id = r.programme_item_id "
                                "WHERE r.event_id = ? "
                                "ORDER BY p.id IS NOT NULL, p.position, p.start_utc, p.id, "
                                "r.position, r.id"),
                 {eventId});
}

QList<Role> RoleRepository::onEventAsWhole(qint64 eventId) const
{
    return query(QStringLiteral("SELECT * FROM role WHERE event_id = ? AND programme_item_id IS "
                                "NULL ORDER BY position, id"),
                 {eventId});
}

QList<Role> RoleRepository::forItem(qint64 programmeItemId) const
{
    return query(
        QStringLiteral("SELECT * FROM role WHERE programme_item_id = ? ORDER BY position, id"),
        {programmeItemId});
}

QList<Role> RoleRepository::forPerson(qint64 personId) const
{
    return query(
        QStringLiteral("SELECT r.* FROM role r JOIN event e ON e.id = r.event_id "
                       "WHERE r.person_id = ? ORDER BY e.start_utc, e.id, r.position, r.id"),
        {personId});
}

bool RoleRepository::validateWithItem(const Role &role, QString *error) const
{
    if (role.programmeItemId <= 0)
        return acceptIfValid(validate(role), error);
    const std::optional<ProgrammeItem> item =
        ProgrammeItemRepository(m_db).find(role.programmeItemId);
    if (!item)
        return fail(error, QCoreApplication::translate("Podium::RoleRepository",
                                                       "The programme item no longer exists."));
    return acceptIfValid(validate(role, *item), error);
}

bool RoleRepository::insert(Role &role, QString *error)
{
    if (!validateWithItem(role, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!exists(QStringLiteral("person"), role.personId))
        return fail(error, QCoreApplication::translate("Podium::RoleRepository",
                                                       "The person no longer exists."));
    if (!exists(QStringLiteral("event"), role.eventId))
        return fail(error, QCoreApplication::translate("Podium::RoleRepository",
                                                       "The event no longer exists."));
    const qint64 id = m_store.insert(
        table, toValues(role),
        QStringLiteral("%1 added as %2 at “%3”")
            .arg(personName(role.personId), kindWord(role.kind), eventTitle(role.eventId)),
        error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    role = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool RoleRepository::update(const Role &role, QString *error)
{
    if (!validateWithItem(role, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!exists(QStringLiteral("person"), role.personId))
        return fail(error, QCoreApplication::translate("Podium::RoleRepository",
                                                       "The person no longer exists."));
    if (!exists(QStringLiteral("event"), role.eventId))
        return fail(error, QCoreApplication::translate("Podium::RoleRepository",
                                                       "The event no longer exists."));
    if (!m_store.update(
            table, role.id, toValues(role),
            QStringLiteral("Role of %1 as %2 at “%3” changed")
                .arg(personName(role.personId), kindWord(role.kind), eventTitle(role.eventId)),
            role.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool RoleRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Role> role = find(id);
    if (!role)
        return fail(error, QCoreApplication::translate(
                               "Podium::RoleRepository",
                               "The role no longer exists; someone may have deleted it."));
    if (!m_store.remove(
            table, id,
            QStringLiteral("%1 removed as %2 from “%3”")
                .arg(personName(role->personId), kindWord(role->kind), eventTitle(role->eventId)),
            error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
