#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Podium {

class Database;

/**
 * What the database itself says about its tables, columns and foreign keys,
 * read from SQLite (sqlite_master, pragma_table_info, pragma_foreign_key_list)
 * or from a PostgreSQL server (information_schema, pg_catalog, in
 * current_schema()). Code that has to cover every table (the copy between a
 * file and a server, the undo of a delete, the erasure of a person) asks here,
 * so that a new table is covered without changing it and the same code runs
 * on both backends.
 *
 * Each function returns false with @p error when the catalogue cannot be read.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class SchemaCatalog
{
public:
    struct Column
    {
        QString name;
        /** Holds text: declared TEXT in a file, text or character varying on a server. */
        bool text = false;
        /** Holds bytes: BLOB in a file, bytea on a server (photos, documents). */
        bool binary = false;
        /** A server column that makes its own values (GENERATED … AS IDENTITY). */
        bool identity = false;
        /** Its place in the primary key, from 1; 0 if it is not part of it. */
        int keyPosition = 0;
    };

    /** One foreign key: columns of @c table that refer to columns of @c parent. */
    struct ForeignKey
    {
        QString table;
        QStringList columns;
        QString parent;
        /** The referenced columns, in the order of @c columns. */
        QStringList parentColumns;
        /** "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT" or "NO ACTION". */
        QString onDelete;
    };

    /**
     * Every table of the database, by name, including the engine's own
     * (sqlite_…) and Podium's bookkeeping (podium_…); see isBookkeeping().
     */
    static bool tables(const Database &database, QStringList *names, QString *error = nullptr);

    /** Tables that belong to the database engine or to Podium's schema bookkeeping. */
    static bool isBookkeeping(const QString &table);

    /** The columns of @p table in their order. */
    static bool columns(const Database &database, const QString &table, QList<Column> *columns,
                        QString *error = nullptr);

    /** The primary key's columns of @p table in key order; empty if it has none. */
    static QStringList primaryKey(const QList<Column> &columns);

    /** The foreign keys of @p table (those it holds, pointing at other tables or itself). */
    static bool foreignKeys(const Database &database, const QString &table, QList<ForeignKey> *keys,
                            QString *error = nullptr);

    /** Every foreign key of any table that points at @p table. */
    static bool referencesTo(const Database &database, const QString &table,
                             QList<ForeignKey> *keys, QString *error = nullptr);

    /** @p identifier in double quotes, as both backends take it. */
    static QString quoted(const QString &identifier);
};

} // namespace Podium
