#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Podium {

class Database;

/**
 * A copy of one row and of everything a delete of it would take along: the
 * rows that reference it with ON DELETE CASCADE (recursively) and the
 * references that ON DELETE SET NULL would clear. Restoring it after the
 * delete puts all of them back as they were, ids included.
 *
 * Threading: use on the thread that owns the Database.
 */
class RowSnapshot
{
public:
    /** Takes the snapshot of row @p id of @p table; empty if there is no such row. */
    static RowSnapshot take(const Database &database, const QString &table, qint64 id);

    bool isEmpty() const { return m_rows.isEmpty(); }
    /** The row itself, column → value. */
    QVariantMap row() const { return m_rows.isEmpty() ? QVariantMap() : m_rows.first().second; }
    /** How many rows of @p table the delete would take along. */
    int dependentCount(const QString &table) const;

    /**
     * Writes everything back in one transaction (through RecordStore, so the
     * change log records it). Call after the row was deleted.
     */
    bool restore(Database &database, const QString &summary, QString *error) const;

private:
    struct NulledReference
    {
        QString table;
        qint64 id;
        QString column;
        QVariant value;
    };
    void collect(const Database &database, const QString &table, qint64 id, int depth);

    QList<QPair<QString, QVariantMap>> m_rows; // parents before children
    QList<NulledReference> m_nulled;
};

} // namespace Podium
