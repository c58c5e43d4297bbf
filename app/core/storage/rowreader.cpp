#include "rowreader.h"

#include "database.h"
#include "util/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

#include <sqlite3.h>

#include <limits>

namespace Podium {

namespace {

/** The message for a failed SQLite call, worded as Database words QtSql's. */
QString nativeError(sqlite3 *db, const QString &what)
{
    const QSqlError error(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(db)));
    if (SqlErrors::isBusy(error))
        return SqlErrors::busyMessage();
    return error.driverText() + QStringLiteral(": ") + error.databaseText();
}

/**
 * Whether QtSql binds @p value as NULL: a null variant, and also a null
 * string, byte array, date or time (QSqlResultPrivate::isVariantNull),
 * which QVariant::isNull() does not count in Qt 6.
 */
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

namespace {

/** The QString a variant of type QString holds, without a copy. */
const QString &storedString(const QVariant &v)
{
    Q_ASSERT(v.typeId() == QMetaType::QString);
    return *static_cast<const QString *>(v.constData());
}

} // namespace

struct RowReader::Private
{
    Private(const Database &database, Access access)
        : db(database)
        , native(access == Access::Native ? database.sqliteHandle() : nullptr)
    {}

    ~Private() { release(); }

    /** Lets go of the statement: a kept one is reset for its next use. */
    void release()
    {
        if (statement) {
            if (keptNative) {
                sqlite3_reset(statement);
                sqlite3_clear_bindings(statement);
            } else {
                sqlite3_finalize(statement);
            }
            statement = nullptr;
        }
        // Only now that no statement points at them.
        bound.clear();
        keptNative = false;
        if (kept) {
            kept->finish();
            kept = nullptr;
        }
    }

    /** The query the QtSql way reads: the Database's kept one, or its own. */
    QSqlQuery &qt() { return kept ? *kept : query; }
    const QSqlQuery &qt() const { return kept ? *kept : query; }

    /** Binds @p bindings to the statement as QtSql's SQLite driver binds them. */
    bool bind(const QVariantList &bindings, QString *error);

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
    /** Whether the statement is kept by the Database (reset, never finalized). */
    bool keptNative = false;
    QSqlQuery query;
    /** The Database's kept query (cachedQuery()) when read the QtSql way. */
    QSqlQuery *kept = nullptr;
    QString error;
    /**
     * The bytes of the bound text and blobs, which SQLite reads in place
     * (SQLITE_STATIC) instead of copying each value: kept until the
     * statement is reset or finalized.
     */
    QList<QByteArray> bound;
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

bool RowReader::Private::bind(const QVariantList &bindings, QString *error)
{
    bound.reserve(bindings.size());
    // All text values encoded into one buffer, sized once so that the
    // pointers handed to SQLite stay valid: no allocation per value.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    qsizetype textSpace = 0;
    for (const QVariant &b : bindings) {
        if (b.typeId() == QMetaType::QString && !isNullValue(b))
            textSpace += encoder.requiredSpace(storedString(b).size());
    }
    QByteArray &text = bound.emplace_back(textSpace, Qt::Uninitialized);
    char *textEnd = text.data();
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        const int index = i + 1;
        int result = SQLITE_OK;
        // As QtSql's SQLite driver binds them.
        if (isNullValue(b)) {
            result = sqlite3_bind_null(statement, index);
        } else {
            switch (b.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
                result = sqlite3_bind_int(statement, index, b.toInt());
                break;
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                result = sqlite3_bind_int64(statement, index, b.toLongLong());
                break;
            case QMetaType::Double:
                result = sqlite3_bind_double(statement, index, b.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray &bytes = bound.emplace_back(b.toByteArray());
                result = sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                           SQLITE_STATIC);
                break;
            }
            case QMetaType::QDateTime:
            case QMetaType::QTime: {
                const QString text = b.typeId() == QMetaType::QTime
                                         ? b.toTime().toString(QStringLiteral("hh:mm:ss.zzz"))
                                         : b.toDateTime().toString(Qt::ISODateWithMs);
                const QByteArray &utf8 = bound.emplace_back(text.toUtf8());
                result = sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()),
                                           SQLITE_STATIC);
                break;
            }
            case QMetaType::QString: {
                char *start = textEnd;
                textEnd = encoder.appendToBuffer(start, storedString(b));
                result =
                    sqlite3_bind_text(statement, index, start, int(textEnd - start), SQLITE_STATIC);
                break;
            }
            default: {
                const QByteArray &utf8 = bound.emplace_back(b.toString().toUtf8());
                result = sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()),
                                           SQLITE_STATIC);
                break;
            }
            }
        }
        if (result != SQLITE_OK) {
            if (error)
                *error = nativeError(native, QCoreApplication::translate(
                                                 "Podium::RowReader", "Unable to bind parameters"));
            release();
            return false;
        }
    }
    return true;
}

bool RowReader::exec(const QString &sql, const QVariantList &bindings, QString *error)
{
    d->error.clear();
    d->release();
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
    return d->bind(bindings, error);
}

bool RowReader::execKept(const QString &sql, const QVariantList &bindings, QString *error)
{
    d->error.clear();
    d->release();
    if (!d->native) {
        QSqlQuery &q = d->db.cachedQuery(sql);
        for (int i = 0; i < bindings.size(); ++i)
            q.bindValue(i, bindings.at(i));
        d->kept = &q;
        if (Database::exec(q, error))
            return true;
        d->release();
        return false;
    }
    d->statement = d->db.keptStatement(sql);
    if (!d->statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(d->native, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &d->statement, nullptr) != SQLITE_OK) {
            if (error)
                *error =
                    nativeError(d->native, QCoreApplication::translate(
                                               "Podium::RowReader", "Unable to execute statement"));
            sqlite3_finalize(d->statement);
            d->statement = nullptr;
            return false;
        }
        d->db.keepStatement(sql, d->statement);
    }
    d->keptNative = true;
    d->scratch.resize(sqlite3_column_count(d->statement));
    return d->bind(bindings, error);
}

bool RowReader::next()
{
    if (!d->native) {
        QSqlQuery &q = d->qt();
        if (q.next())
            return true;
        if (q.lastError().type() != QSqlError::NoError)
            d->error = q.lastError().text();
        // A kept query is finished at once, so that it holds no lock.
        if (d->kept)
            d->release();
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
    d->release();
    return false;
}

int RowReader::columnCount() const
{
    if (!d->native)
        return d->qt().record().count();
    return d->statement ? sqlite3_column_count(d->statement) : 0;
}

QString RowReader::columnName(int column) const
{
    if (!d->native)
        return d->qt().record().fieldName(column);
    return d->statement ? QString::fromUtf8(sqlite3_column_name(d->statement, column)) : QString();
}

QVariant RowReader::value(int column) const
{
    if (!d->native)
        return d->qt().value(column);
    return d->variant(column);
}

QString RowReader::error() const
{
    return d->error;
}

bool RowReader::isNull(int column) const
{
    if (!d->native)
        return d->qt().isNull(column);
    return sqlite3_column_type(d->statement, column) == SQLITE_NULL;
}

bool RowReader::isInteger(int column) const
{
    if (!d->native) {
        const int type = d->qt().value(column).typeId();
        return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
               type == QMetaType::ULongLong;
    }
    return sqlite3_column_type(d->statement, column) == SQLITE_INTEGER;
}

bool RowReader::isText(int column) const
{
    if (!d->native)
        return !d->qt().isNull(column) && d->qt().value(column).typeId() == QMetaType::QString;
    return sqlite3_column_type(d->statement, column) == SQLITE_TEXT;
}

QByteArrayView RowReader::utf8(int column) const
{
    if (!d->native) {
        if (d->scratch.size() <= column)
            d->scratch.resize(column + 1);
        d->scratch[column] = d->qt().value(column).toString().toUtf8();
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
        return d->qt().value(column).toString();
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
        return d->qt().value(column).toLongLong();
    if (sqlite3_column_type(d->statement, column) == SQLITE_INTEGER)
        return sqlite3_column_int64(d->statement, column);
    return d->variant(column).toLongLong();
}

int RowReader::toInt(int column) const
{
    if (!d->native)
        return d->qt().value(column).toInt();
    if (sqlite3_column_type(d->statement, column) == SQLITE_INTEGER) {
        const qint64 value = sqlite3_column_int64(d->statement, column);
        if (value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max())
            return int(value);
    }
    return d->variant(column).toInt();
}

} // namespace Podium
