#pragma once

#include "storage/recordstore.h"
#include "validationissue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace Podium {

class Database;

/**
 * What the entity repositories share: the database, a RecordStore for
 * writes with change log and row versions, and small query helpers.
 *
 * Every write validates the value first and touches nothing if it is
 * invalid. An update is refused if the stored row version differs from the
 * value's rowVersion, that is if someone else saved the record since it was
 * read; a rowVersion of 0 skips that check, which only an import that means
 * to overwrite should do.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class Repository
{
public:
    explicit Repository(Database &database);

    Database &database() const { return m_db; }

protected:
    /** Runs a SELECT with bound @p bindings and returns its rows as column → value. */
    QList<QVariantMap> select(const QString &sql, const QVariantList &bindings = {}) const;
    /** The first row of select(), or an empty map. */
    QVariantMap selectOne(const QString &sql, const QVariantList &bindings = {}) const;
    /**
     * Runs @p head + "(?, …)" + @p tail for @p ids, a chunk of ids at a time
     * (the last chunk padded with its first id, so that one statement is
     * kept), and returns the rows of all chunks. For "SELECT … WHERE id IN"
     * over many ids; a row may come twice if @p tail groups nothing.
     */
    QList<QVariantMap> selectForIds(const QString &head, const QList<qint64> &ids,
                                    const QString &tail = {}) const;
    /** True if @p table has a row with @p id. */
    bool exists(const QString &table, qint64 id) const;
    /** How many rows of @p table have @p column = @p id. */
    int countReferences(const QString &table, const QString &column, qint64 id) const;

    /** "Laura Valdés Cano", for change-log summaries and messages. */
    QString personName(qint64 personId) const;
    /** personName() of each of @p personIds at once; ids of no one are left out. */
    QHash<qint64, QString> personNames(const QList<qint64> &personIds) const;
    /** The event's title in the language it is held in. */
    QString eventTitle(qint64 eventId) const;

    /** Sets @p error to @p message and returns false. */
    static bool fail(QString *error, const QString &message);
    /** False, with the messages of @p issues in @p error, if there are any issues. */
    static bool acceptIfValid(const QList<ValidationIssue> &issues, QString *error);
    /** A LIKE pattern matching @p search anywhere in a folded *_key column (ESCAPE '\'). */
    static QString containsPattern(const QString &search);

    Database &m_db;
    RecordStore m_store;
};

} // namespace Podium
