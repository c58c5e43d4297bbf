#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

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

    /** A column of rows given to insertMany() that refers to the id of another table. */
    struct Reference
    {
        QString column;
        QString table;
        /** The sentence for a row whose reference is missing ("The person no longer exists."). */
        QString message;
    };

    /** What insertMany() wrote, or why it wrote nothing. */
    struct BulkResult
    {
        bool ok = false;
        /** The new ids, in the order of the rows given. */
        QList<qint64> ids;
        QString error;
        /** The index of the row that was refused; -1 if the failure is not one row's. */
        qsizetype failedRow = -1;
        /** created_at and modified_at of the rows, as stored. */
        QString writtenAt;
    };

    /** The most rows insertMany() writes with one statement. */
    static constexpr int maxBatchRows = 256;

    /**
     * Inserts many rows of @p table, each with the same columns in the same
     * order, with the same bookkeeping and change-log entries as insert()
     * (@p summaries holds one summary per row). Rows are written a batch per
     * statement (multi-row INSERT … RETURNING), their change-log entries a
     * batch per statement too, and the @p references of each batch are
     * checked with one query per referenced table. All or nothing: one
     * transaction, a savepoint inside the caller's; a refused row is named
     * by its index.
     */
    BulkResult insertMany(const QString &table, const QList<Values> &rows,
                          const QStringList &summaries, const QList<Reference> &references = {});

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

    /** Makes the change-log sentences of a batch of rows, one per row, from the rows as read. */
    using Summaries = std::function<QStringList(const QList<QVariantMap> &rows)>;

    /**
     * Deletes the rows of @p table with @p ids that still exist, as remove()
     * deletes each (the schema's ON DELETE rules, a change-log entry with the
     * row as it was), a batch per statement: up to maxBatchRows rows read,
     * deleted and logged with three statements. @p summaries gives each
     * entry's sentence. All or nothing: one transaction, a savepoint inside
     * the caller's. BulkResult::ids lists the ids deleted, in the order
     * given; an id that names no row is left out.
     */
    BulkResult removeMany(const QString &table, const QList<qint64> &ids,
                          const Summaries &summaries);

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
    /**
     * The id for a new row of @p table in a file: above every id the table
     * holds and every id its change log names, so that no id is used twice.
     * 0 with @p error if it cannot be read.
     */
    qint64 nextFreeId(const QString &table, QString *error);
    /** As fetch(), but on a server locks the row until the transaction ends. */
    QVariantMap fetchForWriting(const QString &table, qint64 id) const;
    qint64 insertRow(const QString &table, const Values &values, const QString &createdAt,
                     int rowVersion, const QString &summary, QString *error);
    bool logMany(const QString &table, const QString &action,
                 const QList<QPair<qint64, QString>> &entries, const QStringList &summaries,
                 qsizetype first, const QString &now, QString *error);
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
