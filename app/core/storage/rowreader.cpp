#include "rowreader.h"

#include "database.h"
#include "util/sqlerrors.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <limits>

namespace Podium {

namespace {

/**
 * The connection a SQLite database's QSqlDriver holds, if it is safe to use
 * with the SQLite library Podium links: the driver must hand out a
 * "sqlite3*" and run the very same build of SQLite (a driver with a copy of
 * its own would hand out a connection this library must not touch).
 */
sqlite3 *nativeConnection(const Database &db)
{
    if (db.backend() != Database::Backend::SQLite)
        return nullptr;
    const QSqlDatabase connection = db.connection();
    const QSqlDriver *driver = connection.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        return nullptr;
    const QString source = db.scalar(QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (source != QLatin1StringView(sqlite3_sourceid()))
        return nullptr;
    return native;
}

/** The message for a failed SQLite call, worded as Database words QtSql's. */
QString nativeError(sqlite3 *db, const QString &what)
{
    const QSqlError error(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(db)));
    if (SqlErrors::isBusy(error))
        return SqlErrors::busyMessage();
    return error.driverText() + QStringLiteral(": ") + error.databaseText();
}

} // namespace

struct RowReader::Private
{
    Private(const Database &database, Access access)
        : db(database)
        , native(access == Access::Native ? nativeConnection(database) : nullptr)
    {}

    ~Private()
    {
        if (statement)
            sqlite3_finalize(statement);
    }

    /**
     * What QtSql's SQLite driver makes of a column that is neither NULL nor
     * an integer nor text (QSqlQuery's default precision policy): the
     * conversions are then QVariant's own.
     */
    QVariant variant(int column) const
    {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(statement, column));
        case SQLITE_BLOB:
            return QVariant(
                QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                           sqlite3_column_bytes(statement, column)));
        default:
            return QVariant(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column)));
        }
    }

    const Database &db;
    sqlite3 *native = nullptr;
    sqlite3_stmt *statement = nullptr;
    QSqlQuery query;
    QString error;
    /** Text made for a column that is not stored as text, kept until the next row. */
    mutable QList<QByteArray> scratch;
};

RowReader::RowReader(const Database &database, Access access)
    : d(std::make_unique<Private>(database, access))
{}

RowReader::~RowReader() = default;

bool RowReader::isNative() const
{
    return d->native != nullptr;
}

bool RowReader::exec(const QString &sql, const QVariantList &bindings, QString *error)
{
    d->error.clear();
    if (d->statement) {
        sqlite3_finalize(d->statement);
        d->statement = nullptr;
    }
    if (!d->native) {
        d->query = d->db.prepare(sql);
        // A server connection streams a forward-only result row by row and
        // loses it when the next query starts: there each result is
        // fetched whole, so that several readers can be read side by side.
        d->query.setForwardOnly(!d->db.isServer());
        for (const QVariant &b : bindings)
            d->query.addBindValue(b);
        return Database::exec(d->query, error);
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(d->native, text.constData(), int(text.size()), 0, &d->statement,
                           nullptr) != SQLITE_OK) {
        if (error)
            *error =
                nativeError(d->native, QCoreApplication::translate("Podium::RowReader",
                                                                   "Unable to execute statement"));
        sqlite3_finalize(d->statement);
        d->statement = nullptr;
        return false;
    }
    d->scratch.resize(sqlite3_column_count(d->statement));
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        const int index = i + 1;
        int result = SQLITE_OK;
        // As QtSql's SQLite driver binds them.
        if (b.isNull()) {
            result = sqlite3_bind_null(d->statement, index);
        } else {
            switch (b.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
                result = sqlite3_bind_int(d->statement, index, b.toInt());
                break;
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                result = sqlite3_bind_int64(d->statement, index, b.toLongLong());
                break;
            case QMetaType::Double:
                result = sqlite3_bind_double(d->statement, index, b.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = b.toByteArray();
                result = sqlite3_bind_blob(d->statement, index, bytes.constData(),
                                           int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = b.toString().toUtf8();
                result = sqlite3_bind_text(d->statement, index, utf8.constData(), int(utf8.size()),
                                           SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (result != SQLITE_OK) {
            if (error)
                *error = nativeError(
                    d->native,
                    QCoreApplication::translate("Podium::RowReader", "Unable to bind parameters"));
            sqlite3_finalize(d->statement);
            d->statement = nullptr;
            return false;
        }
    }
    return true;
}

bool RowReader::next()
{
    if (!d->native) {
        if (d->query.next())
            return true;
        if (d->query.lastError().type() != QSqlError::NoError)
            d->error = d->query.lastError().text();
        return false;
    }
    if (!d->statement)
        return false;
    const int result = sqlite3_step(d->statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        d->error = nativeError(
            d->native, QCoreApplication::translate("Podium::RowReader", "Unable to fetch row"));
    // Done: the statement ends its read transaction now, not when the
    // reader goes.
    sqlite3_finalize(d->statement);
    d->statement = nullptr;
    return false;
}

QString RowReader::error() const
{
    return d->error;
}

bool RowReader::isNull(int column) const
{
    if (!d->native)
        return d->query.isNull(column);
    return sqlite3_column_type(d->statement, column) == SQLITE_NULL;
}

bool RowReader::isInteger(int column) const
{
    if (!d->native) {
        const int type = d->query.value(column).typeId();
        return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
               type == QMetaType::ULongLong;
    }
    return sqlite3_column_type(d->statement, column) == SQLITE_INTEGER;
}

bool RowReader::isText(int column) const
{
    if (!d->native)
        return !d->query.isNull(column) && d->query.value(column).typeId() == QMetaType::QString;
    return sqlite3_column_type(d->statement, column) == SQLITE_TEXT;
}

QByteArrayView RowReader::utf8(int column) const
{
    if (!d->native) {
        if (d->scratch.size() <= column)
            d->scratch.resize(column + 1);
        d->scratch[column] = d->query.value(column).toString().toUtf8();
        return d->scratch.at(column);
    }
    // The column's value once, then its type, text and length from it: an
    // unprotected value, which is safe here because a reader, like its
    // Database, is used on one thread only.
    sqlite3_value *value = sqlite3_column_value(d->statement, column);
    switch (sqlite3_value_type(value)) {
    case SQLITE_TEXT:
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                              sqlite3_value_bytes(value));
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        d->scratch[column] = QByteArray::number(sqlite3_column_int64(d->statement, column));
        return d->scratch.at(column);
    default:
        d->scratch[column] = d->variant(column).toString().toUtf8();
        return d->scratch.at(column);
    }
}

QString RowReader::text(int column) const
{
    if (!d->native)
        return d->query.value(column).toString();
    switch (sqlite3_column_type(d->statement, column)) {
    case SQLITE_TEXT:
        return QString::fromUtf8(utf8(column));
    case SQLITE_NULL:
        return {};
    default:
        return d->variant(column).toString();
    }
}

qint64 RowReader::toInt64(int column) const
{
    if (!d->native)
        return d->query.value(column).toLongLong();
    if (sqlite3_column_type(d->statement, column) == SQLITE_INTEGER)
        return sqlite3_column_int64(d->statement, column);
    return d->variant(column).toLongLong();
}

int RowReader::toInt(int column) const
{
    if (!d->native)
        return d->query.value(column).toInt();
    if (sqlite3_column_type(d->statement, column) == SQLITE_INTEGER) {
        const qint64 value = sqlite3_column_int64(d->statement, column);
        if (value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max())
            return int(value);
    }
    return d->variant(column).toInt();
}

} // namespace Podium
