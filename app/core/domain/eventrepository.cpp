#include "eventrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace Podium {

namespace {

const QString table = QStringLiteral("event");

Event fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Event e;
    e.id = row.id("id");
    e.uid = row.text("uid");
    e.title = row.localized("title");
    e.subtitle = row.localized("subtitle");
    e.description = row.localized("description");
    e.seriesId = row.id("series_id");
    e.topic = row.localized("topic");
    e.start = row.instant("start_utc");
    e.end = row.instant("end_utc");
    e.timeZone = row.text("time_zone").toUtf8();
    e.allDay = row.flag("all_day");
    e.venueId = row.id("venue_id");
    e.roomId = row.id("room_id");
    e.onlineUrl = row.text("online_url");
    e.language = fromStorage<Language>(row.text("language")).value_or(Language::English);
    e.status = fromStorage<EventStatus>(row.text("status")).value_or(EventStatus::Draft);
    e.published = row.flag("published");
    e.publishedAt = row.instant("published_at");
    e.capacity = row.optionalInteger("capacity");
    e.registrationDeadline = row.instant("registration_deadline");
    e.publicUrl = row.text("public_url");
    e.icalSequence = row.integer("ical_sequence");
    e.notes = row.text("notes");
    e.createdAt = row.instant("created_at");
    e.modifiedAt = row.instant("modified_at");
    e.rowVersion = row.integer("row_version");
    return e;
}

RecordStore::Values toValues(const Event &e)
{
    return {
        {QStringLiteral("uid"), e.uid},
        {QStringLiteral("title_en"), ColumnValue::text(e.title.en.trimmed())},
        {QStringLiteral("title_de"), ColumnValue::text(e.title.de.trimmed())},
        {QStringLiteral("subtitle_en"), ColumnValue::text(e.subtitle.en.trimmed())},
        {QStringLiteral("subtitle_de"), ColumnValue::text(e.subtitle.de.trimmed())},
        {QStringLiteral("description_en"), ColumnValue::text(e.description.en)},
        {QStringLiteral("description_de"), ColumnValue::text(e.description.de)},
        {QStringLiteral("series_id"), ColumnValue::id(e.seriesId)},
        {QStringLiteral("topic_en"), ColumnValue::text(e.topic.en.trimmed())},
        {QStringLiteral("topic_de"), ColumnValue::text(e.topic.de.trimmed())},
        {QStringLiteral("start_utc"), ColumnValue::instant(e.start)},
        {QStringLiteral("end_utc"), ColumnValue::instant(e.end)},
        {QStringLiteral("time_zone"), ColumnValue::zone(e.timeZone)},
        {QStringLiteral("all_day"), ColumnValue::flag(e.allDay)},
        {QStringLiteral("venue_id"), ColumnValue::id(e.venueId)},
        {QStringLiteral("room_id"), ColumnValue::id(e.roomId)},
        {QStringLiteral("online_url"), ColumnValue::text(e.onlineUrl.trimmed())},
        {QStringLiteral("language"), toStorage(e.language)},
        {QStringLiteral("status"), toStorage(e.status)},
        {QStringLiteral("published"), ColumnValue::flag(e.published)},
        {QStringLiteral("published_at"), ColumnValue::instant(e.publishedAt)},
        {QStringLiteral("capacity"), ColumnValue::integer(e.capacity)},
        {QStringLiteral("registration_deadline"), ColumnValue::instant(e.registrationDeadline)},
        {QStringLiteral("public_url"), ColumnValue::text(e.publicUrl.trimmed())},
        {QStringLiteral("ical_sequence"), e.icalSequence},
        {QStringLiteral("notes"), ColumnValue::text(e.notes)},
        {QStringLiteral("title_key"), EventRepository::titleKey(e)},
    };
}

QString shownTitle(const Event &e)
{
    return e.title.in(e.language).trimmed();
}

} // namespace

QString EventRepository::titleKey(const Event &event)
{
    return foldText(event.title.en + QLatin1Char(' ') + event.title.de);
}

QString EventRepository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@podium");
}

const QStringList &EventRepository::subscriberVisibleColumns()
{
    static const QStringList visible = {
        QStringLiteral("start_utc"),  QStringLiteral("end_utc"),  QStringLiteral("time_zone"),
        QStringLiteral("all_day"),    QStringLiteral("venue_id"), QStringLiteral("room_id"),
        QStringLiteral("online_url"), QStringLiteral("status"),   QStringLiteral("title_en"),
        QStringLiteral("title_de"),
    };
    return visible;
}

bool EventRepository::changesForSubscribers(const Event &before, const Event &after)
{
    // Compared as stored, so that "no link" and a blank link are the same.
    const QStringList &visible = subscriberVisibleColumns();
    const RecordStore::Values a = toValues(before);
    const RecordStore::Values b = toValues(after);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!visible.contains(a.at(i).first))
            continue;
        const QVariant &x = a.at(i).second;
        const QVariant &y = b.at(i).second;
        if (x.isNull() != y.isNull() || x.toString() != y.toString())
            return true;
    }
    return false;
}

QList<Event> EventRepository::query(const QString &where, const QVariantList &bindings,
                                    const QString &order, int limit) const
{
    QString sql = QStringLiteral("SELECT * FROM event");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    QVariantList all = bindings;
    // No limit is no LIMIT clause: PostgreSQL refuses SQLite's LIMIT -1.
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        all << limit;
    }
    QList<Event> out;
    const auto rows = select(sql, all);
    out.reserve(rows.size());
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

std::optional<Event> EventRepository::findByUid(const QString &uid) const
{
    const QList<Event> found = query(QStringLiteral("uid = ?"), {uid});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Event> EventRepository::all() const
{
    return query({}, {});
}

QList<Event> EventRepository::overlapping(const QDateTime &from, const QDateTime &to) const
{
    return query(QStringLiteral("end_utc >= ? AND start_utc < ?"),
                 {Clock::toStorage(from), Clock::toStorage(to)});
}

QList<Event> EventRepository::upcoming(const QDateTime &now, int limit) const
{
    return query(QStringLiteral("end_utc >= ?"), {Clock::toStorage(now)},
                 QStringLiteral("start_utc, id"), limit);
}

QList<Event> EventRepository::past(const QDateTime &now, int limit) const
{
    return query(QStringLiteral("end_utc < ?"), {Clock::toStorage(now)},
                 QStringLiteral("start_utc DESC, id DESC"), limit);
}

QList<Event> EventRepository::inSeries(qint64 seriesId) const
{
    return query(QStringLiteral("series_id = ?"), {seriesId});
}

QList<Event> EventRepository::publishedEvents() const
{
    return query(QStringLiteral("published = 1"), {});
}

QList<Event> EventRepository::search(const QString &text) const
{
    const QStringList words = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList conditions;
    QVariantList bindings;
    for (const QString &word : words) {
        conditions << QStringLiteral("title_key LIKE ? ESCAPE '\\'");
        bindings << containsPattern(word);
    }
    return query(conditions.join(QStringLiteral(" AND ")), bindings);
}

bool EventRepository::checkReferences(const Event &event, QString *error) const
{
    if (event.seriesId != 0 && !exists(QStringLiteral("series"), event.seriesId))
        return fail(error, QCoreApplication::translate("Podium::EventRepository",
                                                       "The series no longer exists."));
    if (event.venueId != 0 && !exists(QStringLiteral("venue"), event.venueId))
        return fail(error, QCoreApplication::translate("Podium::EventRepository",
                                                       "The venue no longer exists."));
    if (event.roomId != 0) {
        const QVariantMap room = selectOne(
            QStringLiteral("SELECT name, venue_id FROM room WHERE id = ?"), {event.roomId});
        if (room.isEmpty())
            return fail(error, QCoreApplication::translate("Podium::EventRepository",
                                                           "The room no longer exists."));
        if (room.value(QStringLiteral("venue_id")).toLongLong() != event.venueId)
            return fail(error,
                        QCoreApplication::translate("Podium::EventRepository",
                                                    "The room “%1” is not in the chosen venue.")
                            .arg(room.value(QStringLiteral("name")).toString()));
    }
    return true;
}

bool EventRepository::insert(Event &event, QString *error)
{
    if (!acceptIfValid(validate(event), error))
        return false;
    Event stored = event;
    if (stored.uid.isEmpty())
        stored.uid = newUid();
    if (stored.published && !stored.publishedAt.isValid())
        stored.publishedAt = Clock::nowUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkReferences(stored, error))
        return false;
    const qint64 id =
        m_store.insert(table, toValues(stored),
                       QStringLiteral("Event “%1” created").arg(shownTitle(stored)), error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    event = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool EventRepository::update(const Event &event, QString *error)
{
    if (!acceptIfValid(validate(event), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Event> before = find(event.id);
    if (!before)
        return fail(error, QCoreApplication::translate(
                               "Podium::EventRepository",
                               "The event no longer exists; someone may have deleted it."));
    if (!event.uid.isEmpty() && event.uid != before->uid)
        return fail(error, QCoreApplication::translate(
                               "Podium::EventRepository",
                               "An event's calendar UID cannot change; calendars would "
                               "show the old and the new event side by side."));
    Event stored = event;
    stored.uid = before->uid;
    if (stored.published && !stored.publishedAt.isValid())
        stored.publishedAt = Clock::nowUtc();
    // RFC 5545 §3.8.7.4: a calendar takes an update only with a higher
    // SEQUENCE, so it may rise but never fall.
    stored.icalSequence = std::max(before->icalSequence, event.icalSequence);
    if (changesForSubscribers(*before, stored))
        stored.icalSequence = std::max(before->icalSequence + 1, stored.icalSequence);
    if (!checkReferences(stored, error))
        return false;
    const QString summary =
        stored.status != before->status
            ? QStringLiteral("Event “%1” is now %2")
                  .arg(shownTitle(stored),
                       eventStatusLabel(stored.status, Language::English).toLower())
            : QStringLiteral("Event “%1” changed").arg(shownTitle(stored));
    if (!m_store.update(table, stored.id, toValues(stored), summary, event.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool EventRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Event> event = find(id);
    if (!event)
        return fail(error, QCoreApplication::translate(
                               "Podium::EventRepository",
                               "The event no longer exists; someone may have deleted it."));
    if (!m_store.remove(table, id, QStringLiteral("Event “%1” deleted").arg(shownTitle(*event)),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
