#include "rowsnapshot.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/schemacatalog.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Podium {

namespace {

struct ForeignKey
{
    QString table; // the referencing table
    QString from;  // its column
    QString to;    // the referenced column
    QString onDelete;
};

// Every foreign key in the schema that points at @p table, read from the
// database's catalogue (SchemaCatalog) so that a new table is covered
// without changing this code. A key of several columns gives one entry per
// column.
QList<ForeignKey> referencesTo(const Database &db, const QString &table)
{
    QList<ForeignKey> keys;
    QList<SchemaCatalog::ForeignKey> catalogue;
    if (!SchemaCatalog::referencesTo(db, table, &catalogue))
        return keys;
    for (const SchemaCatalog::ForeignKey &key : std::as_const(catalogue)) {
        for (qsizetype i = 0; i < key.columns.size(); ++i)
            keys.append({key.table, key.columns.at(i), key.parentColumns.value(i), key.onDelete});
    }
    return keys;
}

QVariantMap readRow(QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

} // namespace

RowSnapshot RowSnapshot::take(const Database &database, const QString &table, qint64 id)
{
    RowSnapshot s;
    s.collect(database, table, id, 0);
    return s;
}

void RowSnapshot::collect(const Database &db, const QString &table, qint64 id, int depth)
{
    // The schema has no cycles of cascades; the bound only guards against a
    // future one.
    if (depth > 8)
        return;
    // A row can be reached twice (a role hangs on its event and on its
    // programme item); it is kept once, where it was first reached.
    for (const auto &[t, r] : std::as_const(m_rows)) {
        if (t == table && r.value(QStringLiteral("id")).toLongLong() == id)
            return;
    }
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next())
        return;
    const QVariantMap row = readRow(q);
    m_rows.append({table, row});
    for (const ForeignKey &fk : referencesTo(db, table)) {
        // Composite keys (room + venue, item + event) are followed through
        // their id column only; the other part is copied with the row.
        if (fk.to.isEmpty() || fk.to != QLatin1StringView("id"))
            continue;
        QSqlQuery refs =
            db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(fk.table, fk.from));
        refs.addBindValue(id);
        if (!Database::exec(refs))
            continue;
        QList<qint64> ids;
        while (refs.next())
            ids << refs.value(0).toLongLong();
        for (const qint64 refId : std::as_const(ids)) {
            if (fk.onDelete == QLatin1StringView("CASCADE"))
                collect(db, fk.table, refId, depth + 1);
            else if (fk.onDelete == QLatin1StringView("SET NULL"))
                m_nulled.append({fk.table, refId, fk.from, id});
        }
    }
}

int RowSnapshot::dependentCount(const QString &table) const
{
    int n = 0;
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        if (m_rows.at(i).first == table)
            ++n;
    }
    return n;
}

bool RowSnapshot::restore(Database &database, const QString &summary, QString *error) const
{
    Transaction tx(database);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    RecordStore store(database);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const auto &[table, row] = m_rows.at(i);
        // The rows that went with the first: "Delete Laura Valdés (with it)".
        const QString what =
            i == 0
                ? summary
                : QCoreApplication::translate("Podium::RowSnapshot", "%1 (with it)").arg(summary);
        if (store.restore(table, row, what, error) == 0)
            return false;
    }
    for (const NulledReference &n : m_nulled) {
        if (!store.update(n.table, n.id, {{n.column, n.value}}, summary, 0, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    return true;
}

} // namespace Podium
