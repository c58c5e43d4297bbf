#include "organisationrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace Podium {

namespace {

const QString table = QStringLiteral("organisation");

Organisation fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Organisation o;
    o.id = row.id("id");
    o.name = row.text("name");
    o.shortName = row.text("short_name");
    o.kind = fromStorage<OrganisationKind>(row.text("kind")).value_or(OrganisationKind::Other);
    o.city = row.text("city");
    o.country = row.text("country");
    o.website = row.text("website");
    o.parentId = row.id("parent_id");
    o.notes = row.text("notes");
    o.createdAt = row.instant("created_at");
    o.modifiedAt = row.instant("modified_at");
    o.rowVersion = row.integer("row_version");
    return o;
}

QList<Organisation> fromRows(const QList<QVariantMap> &rows)
{
    QList<Organisation> out;
    out.reserve(rows.size());
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

RecordStore::Values toValues(const Organisation &o)
{
    return {
        {QStringLiteral("name"), o.name.trimmed()},
        {QStringLiteral("short_name"), ColumnValue::text(o.shortName)},
        {QStringLiteral("kind"), toStorage(o.kind)},
        {QStringLiteral("city"), ColumnValue::text(o.city)},
        {QStringLiteral("country"), ColumnValue::text(o.country)},
        {QStringLiteral("website"), ColumnValue::text(o.website)},
        {QStringLiteral("parent_id"), ColumnValue::id(o.parentId)},
        {QStringLiteral("notes"), ColumnValue::text(o.notes)},
        {QStringLiteral("name_key"), OrganisationRepository::nameKey(o)},
    };
}

// Why an organisation is not deleted while people belong to it.
QString membersRefusal(const QString &name, int people)
{
    return people == 1 ? QCoreApplication::translate("Podium::OrganisationRepository",
                                                     "“%1” cannot be deleted while a person "
                                                     "belongs to it. Move them to another "
                                                     "organisation first.")
                             .arg(name)
                       : QCoreApplication::translate("Podium::OrganisationRepository",
                                                     "“%1” cannot be deleted while %2 people "
                                                     "belong to it. Move them to another "
                                                     "organisation first.")
                             .arg(name)
                             .arg(people);
}

} // namespace

QString OrganisationRepository::nameKey(const Organisation &organisation)
{
    return foldText(organisation.name.trimmed());
}

std::optional<Organisation> OrganisationRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

std::optional<Organisation> OrganisationRepository::findByName(const QString &name) const
{
    const QVariantMap row =
        selectOne(QStringLiteral("SELECT * FROM organisation WHERE name_key = ?"),
                  {foldText(name.trimmed())});
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<Organisation> OrganisationRepository::all() const
{
    return fromRows(select(QStringLiteral("SELECT * FROM organisation ORDER BY name_key, id")));
}

QList<Organisation> OrganisationRepository::search(const QString &text) const
{
    return fromRows(select(QStringLiteral("SELECT * FROM organisation WHERE name_key LIKE ? "
                                          "ESCAPE '\\' ORDER BY name_key, id"),
                           {containsPattern(text)}));
}

QList<Organisation> OrganisationRepository::members(qint64 parentId) const
{
    return fromRows(select(
        QStringLiteral("SELECT * FROM organisation WHERE parent_id = ? ORDER BY name_key, id"),
        {parentId}));
}

bool OrganisationRepository::checkParent(const Organisation &organisation, QString *error) const
{
    if (organisation.parentId == 0)
        return true;
    if (!exists(table, organisation.parentId))
        return fail(error,
                    QCoreApplication::translate("Podium::OrganisationRepository",
                                                "The parent organisation no longer exists."));
    if (organisation.id == 0)
        return true;

    // Walk up from the new parent. Reaching this organisation means the new
    // link would close a circle. The set of seen ids stops the walk on any
    // circle that is already there.
    QList<qint64> chain;
    QSet<qint64> seen;
    qint64 current = organisation.parentId;
    while (current != 0 && !seen.contains(current)) {
        if (current == organisation.id) {
            auto nameOf = [this](qint64 id) {
                return m_db
                    .scalar(QStringLiteral("SELECT name FROM organisation WHERE id = ?"), {id})
                    .toString();
            };
            const QString self = organisation.name.trimmed();
            const QString parent = nameOf(chain.constFirst());
            if (chain.size() == 1)
                return fail(error, QCoreApplication::translate(
                                       "Podium::OrganisationRepository",
                                       "“%1” cannot be part of “%2”, because “%2” is part of “%1”.")
                                       .arg(self, parent));
            QStringList through;
            for (qsizetype i = 1; i < chain.size(); ++i)
                through << QCoreApplication::translate("Podium::OrganisationRepository", "“%1”")
                               .arg(nameOf(chain.at(i)));
            const QString last = through.takeLast();
            const QString list =
                through.isEmpty()
                    ? last
                    : QCoreApplication::translate("Podium::OrganisationRepository", "%1 and %2")
                          .arg(through.join(QStringLiteral(", ")), last);
            return fail(error, QCoreApplication::translate("Podium::OrganisationRepository",
                                                           "“%1” cannot be part of “%2”, because "
                                                           "“%2” is part of “%1” through %3.")
                                   .arg(self, parent, list));
        }
        seen.insert(current);
        chain.append(current);
        const QVariant up = m_db.scalar(
            QStringLiteral("SELECT parent_id FROM organisation WHERE id = ?"), {current});
        current = up.isNull() ? 0 : up.toLongLong();
    }
    return true;
}

bool OrganisationRepository::insert(Organisation &organisation, QString *error)
{
    if (!acceptIfValid(validate(organisation), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkParent(organisation, error))
        return false;
    const qint64 id = m_store.insert(
        table, toValues(organisation),
        QStringLiteral("Organisation “%1” created").arg(organisation.name.trimmed()), error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    organisation = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool OrganisationRepository::update(const Organisation &organisation, QString *error)
{
    if (!acceptIfValid(validate(organisation), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkParent(organisation, error))
        return false;
    if (!m_store.update(
            table, organisation.id, toValues(organisation),
            QStringLiteral("Organisation “%1” changed").arg(organisation.name.trimmed()),
            organisation.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool OrganisationRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Organisation> organisation = find(id);
    if (!organisation)
        return fail(error, QCoreApplication::translate(
                               "Podium::OrganisationRepository",
                               "The organisation no longer exists; someone may have "
                               "deleted it."));
    const int people =
        countReferences(QStringLiteral("person"), QStringLiteral("organisation_id"), id);
    if (people > 0)
        return fail(error, membersRefusal(organisation->name, people));
    if (!m_store.remove(table, id,
                        QStringLiteral("Organisation “%1” deleted").arg(organisation->name), error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool OrganisationRepository::removeMany(const QList<qint64> &ids, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const QList<QVariantMap> used =
        selectForIds(QStringLiteral("SELECT organisation_id, count(*) AS people FROM person WHERE "
                                    "organisation_id IN "),
                     ids, QStringLiteral(" GROUP BY organisation_id ORDER BY organisation_id"));
    if (!used.isEmpty()) {
        const std::optional<Organisation> organisation =
            find(used.constFirst().value(QStringLiteral("organisation_id")).toLongLong());
        const int people = used.constFirst().value(QStringLiteral("people")).toInt();
        const QString name = organisation ? organisation->name : QString();
        return fail(error, membersRefusal(name, people));
    }
    const RecordStore::BulkResult removed =
        m_store.removeMany(table, ids, [](const QList<QVariantMap> &rows) {
            QStringList summaries;
            summaries.reserve(rows.size());
            for (const QVariantMap &row : rows)
                summaries << QStringLiteral("Organisation “%1” deleted").arg(fromRow(row).name);
            return summaries;
        });
    if (!removed.ok)
        return fail(error, removed.error);
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
