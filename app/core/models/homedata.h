#pragma once

#include "domain/language.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * What the Home view shows: the next events with their registrations, and
 * the latest entries of the change log.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
namespace HomeData {

/** One event that has not ended yet, with its registrations counted. */
struct UpcomingEvent
{
    qint64 id = 0;
    QString title;
    QDateTime startUtc;
    QString timeZone;
    bool allDay = false;
    /** The event's status as stored ("confirmed", "cancelled"…). */
    QString status;
    /** The venue's name, or empty for an online event. */
    QString venue;
    /** Places for attendees; -1 if not set. */
    int capacity = -1;
    /** Seats taken: registered, confirmed and (during the event) attended. */
    int registered = 0;
    int waitlisted = 0;

    bool operator==(const UpcomingEvent &) const = default;
};

/** One entry of the change log, with the record's present name if it still exists. */
struct Change
{
    qint64 id = 0;
    QDateTime changedAt;
    QString userName;
    /** The table of the record ("event", "person", "setting"…). */
    QString table;
    qint64 recordId = 0;
    /** "insert", "update" or "delete". */
    QString action;
    QString summary;
    /** The record's name now; for a setting its key; empty if the record no longer exists. */
    QString recordName;

    bool recordExists() const { return !recordName.isEmpty(); }
};

/**
 * The first @p limit events, by start, that have not ended at @p now
 * (events in progress included), each titled in its own language. False with @p error if the
 * database cannot be read.
 */
bool upcomingEvents(const Database &database, const QDateTime &now, int limit,
                    QList<UpcomingEvent> *events, QString *error);

/** The latest @p limit change-log entries, newest first. */
bool recentChanges(const Database &database, int limit, Language language, QList<Change> *changes,
                   QString *error);

/** "Event", "Person", "Programme item"… for a table name; the name itself if unknown. */
QString tableLabel(const QString &table);
/** "Created", "Changed", "Deleted" for a logged action. */
QString actionLabel(const QString &action);

} // namespace HomeData
} // namespace Podium
