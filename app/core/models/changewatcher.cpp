#include "changewatcher.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Podium {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    const QSqlDatabase connection = m_db.connection();
    QSqlDriver *driver = connection.driver();
    if (!driver || !connection.isOpen())
        return;
    if (driver->dbmsType() == QSqlDriver::SQLite) {
        m_mode = Mode::DataVersion;
        m_version = readVersion();
    } else if (driver->hasFeature(QSqlDriver::EventNotifications)) {
        // Connected before subscribing, so that nothing sent in between is missed.
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &) { notified(name, source); });
        // LISTEN takes effect when the connection's transaction (if one is
        // open) commits. It stays in force as long as the connection: the
        // channel is left alone when the watcher goes, since another watcher
        // on the same connection may still listen.
        if (!driver->subscribedToNotifications().contains(notificationChannel()) &&
            !driver->subscribeToNotification(notificationChannel())) {
            qWarning("Cannot listen for changes on %s: %s", qPrintable(m_db.path()),
                     qPrintable(driver->lastError().text()));
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            return;
        }
        m_mode = Mode::Notifications;
    } else {
        return;
    }
    m_timer.start();
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source)
{
    // The connection's own writes were shown by the window already (through
    // the undo stack), as SQLite's data_version never counts them either.
    if (name == notificationChannel() && source != QSqlDriver::SelfSource)
        m_pending = true;
}

bool ChangeWatcher::check()
{
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::Notifications:
        if (!m_pending)
            return false;
        m_pending = false;
        emit changed();
        return true;
    case Mode::DataVersion:
        break;
    }
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
