#include "changewatcher.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Podium {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    // data_version is SQLite's. On a database server a failed statement
    // would spoil an open transaction, so nothing is asked there.
    m_sqlite = m_db.connection().driverName() == QLatin1StringView("QSQLITE");
    if (!m_sqlite)
        return;
    m_version = readVersion();
    m_timer.start();
}

bool ChangeWatcher::check()
{
    if (!m_sqlite)
        return false;
    const qint64 version = readVersion();
    if (version < 0)
        return false; // busy or closed: the next look tries again
    if (m_version < 0) {
        m_version = version;
        return false;
    }
    if (version == m_version)
        return false;
    m_version = version;
    emit changed();
    return true;
}

qint64 ChangeWatcher::readVersion() const
{
    QSqlQuery &query = m_db.cachedQuery(QStringLiteral("PRAGMA data_version"));
    qint64 version = -1;
    if (Database::exec(query) && query.next())
        version = query.value(0).toLongLong();
    query.finish();
    return version;
}

} // namespace Podium
