#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>

namespace Podium {

class Database;

/**
 * Reads the rows of one statement, column by column, with text as UTF-8: a
 * SELECT, or an INSERT with RETURNING (a bulk insert binds through it too).
 *
 * On a SQLite file the statement runs through SQLite's C API on the
 * connection QtSql opened (QSqlDriver::handle()): a column's text is the
 * library's own UTF-8, read without the QVariant and the UTF-16 copy that
 * QSqlQuery makes of every column of every row. On a server it runs through
 * QSqlQuery, fetched whole (several readers can be open side by side). Both
 * give what QSqlQuery::value(column) converted with toString(),
 * toLongLong() or toInt() gives, NULL included (an empty text, 0).
 *
 * Threading: as for Database.
 */
class RowReader
{
public:
    /** How the rows of a SQLite file are read. */
    enum class Access {
        /** Through SQLite's C API where the connection allows it (the default). */
        Native,
        /** Through QSqlQuery, as on a server: what Native must give the same as. */
        QtSql,
    };

    explicit RowReader(const Database &database, Access access = Access::Native);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /**
     * Runs @p sql with the positional (?) @p bindings: integers, text or
     * NULL. False with @p error if the statement cannot be prepared or run.
     */
    bool exec(const QString &sql, const QVariantList &bindings, QString *error);

    /**
     * As exec(), for a statement the Database keeps prepared for reuse
     * (Database::keptStatement(), or cachedQuery() the QtSql way): for SQL
     * built from code that runs often, such as the batches of a bulk
     * insert. The rows are read to the end (or the reader goes) before the
     * same SQL runs again. A statement that writes runs when next() is
     * first called; check error() after the last row.
     */
    bool execKept(const QString &sql, const QVariantList &bindings, QString *error);

    /**
     * Moves to the next row; false after the last one, or on an error (see
     * error()).
     */
    bool next();

    /** Why next() stopped early; empty after the last row. */
    QString error() const;

    /** The number of columns of the result. */
    int columnCount() const;

    /** The name of a column of the result. */
    QString columnName(int column) const;

    /** The column as QSqlQuery::value(column) gives it. */
    QVariant value(int column) const;

    /** Whether the column is NULL in the current row. */
    bool isNull(int column) const;

    /** Whether the column holds an integer (SQLite's INTEGER storage class). */
    bool isInteger(int column) const;
    /** Whether the column holds text (SQLite's TEXT storage class). */
    bool isText(int column) const;

    /** The column as UTF-8, as value(column).toString() gives it; valid until next(). */
    QByteArrayView utf8(int column) const;

    /** The column as text, as value(column).toString() gives it. */
    QString text(int column) const;

    /** As value(column).toLongLong(). */
    qint64 toInt64(int column) const;

    /** As value(column).toInt(). */
    int toInt(int column) const;

    /** Whether the rows are read through SQLite's C API. */
    bool isNative() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Podium
