#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace Podium {

class Database;

/**
 * Writes rows of any Podium table with the bookkeeping every record needs:
 * created_at, modified_at, a rising row_version, and an entry in the change
 * log saying who changed what. Each call runs in its own transaction, nested
 * as a savepoint inside the caller's if there is one, so a failed call
 * changes nothing.
 *
 * Table and column names come from code, never from users; values are
 * always bound parameters.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class RecordStore
{
public:
    /** Column values in the order they are written. */
    using Values = QList<QPair<QString, QVariant>>;

    explicit RecordStore(Database &database);

    /** Inserts a row and returns its id, or 0 with @p error set. */
    qint64 insert(const QString &table, const Values &values, const QString &summary,
                  QString *error = nullptr);

    /**
     * Puts back a row exactly as fetch() read it before it was deleted: the
     * same id and creation time (for undo). Returns its id, or 0 with @p error.
     */
    qint64 restore(const QString &table, const QVariantMap &row, const QString &summary,
                   QString *error = nullptr);

    /**
     * Updates the given columns of row @p id. If @p expectedVersion is not 0
     * and the row's version differs, nothing is written and the error says
     * that someone else changed the record meanwhile.
     */
    bool update(const QString &table, qint64 id, const Values &values, const QString &summary,
                int expectedVersion = 0, QString *error = nullptr);

    /** Deletes row @p id (and, through the schema's ON DELETE rules, what belongs to it). */
    bool remove(const QString &table, qint64 id, const QString &summary, QString *error = nullptr);

    /** Reads one row as column → value; empty if there is none. */
    QVariantMap fetch(const QString &table, qint64 id) const;

    /**
     * Row @p id of @p table as this store's last insert() or restore() wrote
     * it, defaults included, without reading it again; as fetch() if the last
     * write of this store was anything else. For reading back a row right
     * after inserting it.
     */
    QVariantMap fetchWritten(const QString &table, qint64 id) const;

    /** Sets an organisation-wide setting (text or binary). */
    bool setSetting(const QString &key, const QVariant &value, QString *error = nullptr);

    /**
     * Turns a constraint message of SQLite or PostgreSQL into a sentence a
     * person understands. PostgreSQL names a violated CHECK constraint
     * without quoting it; its expression is known once
     * learnServerConstraints() has read the server database's constraints
     * (Database::open() does so).
     */
    static QString explainConstraint(const QString &message);

    /** Reads the CHECK constraints of a server database for explainConstraint(). */
    static void learnServerConstraints(const Database &database);

private:
    /** As fetch(), but on a server locks the row until the transaction ends. */
    QVariantMap fetchForWriting(const QString &table, qint64 id) const;
    qint64 insertRow(const QString &table, const Values &values, const QString &createdAt,
                     int rowVersion, const QString &summary, QString *error);
    bool log(const QString &table, qint64 id, const QString &action, const QString &summary,
             const QVariantMap &before, const QVariantMap &after, const QString &now,
             QString *error);

    Database &m_db;
    // The row the last insert or restore wrote, as RETURNING gave it back.
    QString m_writtenTable;
    qint64 m_writtenId = 0;
    QVariantMap m_written;
};

} // namespace Podium
