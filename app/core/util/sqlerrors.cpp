#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Podium::SqlErrors {

namespace {

constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;

} // namespace

bool isBusy(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    const QString native = error.nativeErrorCode();
    // PostgreSQL reports a five-character SQLSTATE ("42501", "55P03"), which
    // may look like a number; SQLite's result codes have four digits at most.
    if (native.size() == 5)
        return native == QLatin1StringView("55P03"); // lock_not_available
    bool numeric = false;
    const int code = native.toInt(&numeric);
    if (numeric) {
        // The low byte is the primary result code of an extended one.
        const int primary = code & 0xff;
        return primary == sqliteBusy || primary == sqliteLocked;
    }
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return text.contains(QLatin1StringView("database is locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1StringView("database table is locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1StringView("database schema is locked"), Qt::CaseInsensitive);
}

QString busyMessage()
{
    return QCoreApplication::translate("Podium",
                                       "Another Podium window or program is saving to this "
                                       "database. Try again in a moment.");
}

} // namespace Podium::SqlErrors
