#include "homedata.h"

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::HomeData", text);
}

// A title in the language asked for first, the other one if it is empty.
QString bilingual(const QString &prefix, const char *en, const char *de, Language language)
{
    const QString first = prefix + QLatin1StringView(language == Language::German ? de : en);
    const QString second = prefix + QLatin1StringView(language == Language::German ? en : de);
    return QStringLiteral("coalesce(nullif(%1, ''), %2)").arg(first, second);
}

QString personName(const QString &alias)
{
    return QStringLiteral("trim(coalesce(%1.given_name, '') || ' ' || coalesce(%1.family_name, "
                          "''))")
        .arg(alias);
}

} // namespace

bool HomeData::upcomingEvents(const Database &database, const QDateTime &now, int limit,
                              QList<UpcomingEvent> *events, QString *error)
{
    QSqlQuery q = database.prepare(QStringLiteral(
        "SELECT e.id, CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), "
        "e.title_en) ELSE coalesce(nullif(e.title_en, ''), e.title_de) END, "
        "e.start_utc, e.time_zone, e.all_day, e.status, coalesce(v.name, ''), e.capacity, "
        "(SELECT count(*) FROM registration r WHERE r.event_id = e.id "
        "AND r.status IN ('registered', 'confirmed', 'attended')), "
        "(SELECT count(*) FROM registration r WHERE r.event_id = e.id "
        "AND r.status = 'waitlisted') "
        "FROM event e LEFT JOIN venue v ON v.id = e.venue_id "
        "WHERE e.end_utc >= ? ORDER BY e.start_utc, e.id LIMIT ?"));
    q.addBindValue(Clock::toStorage(now));
    q.addBindValue(limit);
    if (!Database::exec(q, error))
        return false;
    QList<UpcomingEvent> out;
    while (q.next()) {
        UpcomingEvent e;
        e.id = q.value(0).toLongLong();
        e.title = q.value(1).toString();
        e.startUtc = Clock::fromStorage(q.value(2).toString());
        e.timeZone = q.value(3).toString();
        e.allDay = q.value(4).toInt() != 0;
        e.status = q.value(5).toString();
        e.venue = q.value(6).toString();
        e.capacity = q.value(7).isNull() ? -1 : q.value(7).toInt();
        e.registered = q.value(8).toInt();
        e.waitlisted = q.value(9).toInt();
        out.append(e);
    }
    if (events)
        *events = out;
    return true;
}

bool HomeData::recentChanges(const Database &database, int limit, Language language,
                             QList<Change> *changes, QString *error)
{
    const QString eventTitle = QStringLiteral(
        "CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), e.title_en) "
        "ELSE coalesce(nullif(e.title_en, ''), e.title_de) END");
    // The record's present name, looked up in its own table: NULL once the
    // record is gone. Table names come from this list, never from the log.
    const QString name =
        QStringLiteral(
            "CASE c.table_name "
            "WHEN 'event' THEN (SELECT %1 FROM event e WHERE e.id = c.record_id) "
            "WHEN 'person' THEN (SELECT %2 FROM person p WHERE p.id = c.record_id) "
            "WHEN 'organisation' THEN (SELECT o.name FROM organisation o WHERE o.id = "
            "c.record_id) "
            "WHEN 'venue' THEN (SELECT v.name FROM venue v WHERE v.id = c.record_id) "
            "WHEN 'room' THEN (SELECT ro.name || ', ' || v.name FROM room ro JOIN venue v ON "
            "v.id = ro.venue_id WHERE ro.id = c.record_id) "
            "WHEN 'series' THEN (SELECT %3 FROM series s WHERE s.id = c.record_id) "
            "WHEN 'programme_item' THEN (SELECT %4 || ' (' || %1 || ')' FROM programme_item i "
            "JOIN event e ON e.id = i.event_id WHERE i.id = c.record_id) "
            "WHEN 'role' THEN (SELECT %2 || ' (' || %1 || ')' FROM role ro JOIN person p ON "
            "p.id = ro.person_id JOIN event e ON e.id = ro.event_id WHERE ro.id = c.record_id) "
            "WHEN 'registration' THEN (SELECT %2 || ' (' || %1 || ')' FROM registration r JOIN "
            "person p ON p.id = r.person_id JOIN event e ON e.id = r.event_id WHERE r.id = "
            "c.record_id) "
            "WHEN 'document' THEN (SELECT d.title FROM document d WHERE d.id = c.record_id) "
            "END")
            .arg(eventTitle, personName(QStringLiteral("p")),
                 bilingual(QStringLiteral("s."), "name_en", "name_de", language),
                 bilingual(QStringLiteral("i."), "title_en", "title_de", language));
    QSqlQuery q = database.prepare(
        QStringLiteral("SELECT c.id, c.changed_at, c.user_name, c.table_name, c.record_id, "
                       "c.action, c.summary, %1 FROM change_log c "
                       "ORDER BY c.changed_at DESC, c.id DESC LIMIT ?")
            .arg(name));
    q.addBindValue(limit);
    if (!Database::exec(q, error))
        return false;
    // A setting has no row id; its key is in the summary ("Setting “key” changed").
    static const QRegularExpression settingKey(QStringLiteral("^Setting “([^”]+)”"));
    QList<Change> out;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.changedAt = Clock::fromStorage(q.value(1).toString());
        c.userName = q.value(2).toString();
        c.table = q.value(3).toString();
        c.recordId = q.value(4).toLongLong();
        c.action = q.value(5).toString();
        c.summary = q.value(6).toString();
        c.recordName = q.value(7).toString();
        if (c.table == QLatin1StringView("setting")) {
            if (const auto m = settingKey.match(c.summary); m.hasMatch())
                c.recordName = m.captured(1);
        }
        out.append(c);
    }
    if (changes)
        *changes = out;
    return true;
}

QString HomeData::tableLabel(const QString &table)
{
    static const struct
    {
        const char *table;
        const char *label;
    } labels[] = {
        {"event", QT_TRANSLATE_NOOP("Podium::HomeData", "Event")},
        {"person", QT_TRANSLATE_NOOP("Podium::HomeData", "Person")},
        {"organisation", QT_TRANSLATE_NOOP("Podium::HomeData", "Organisation")},
        {"venue", QT_TRANSLATE_NOOP("Podium::HomeData", "Venue")},
        {"room", QT_TRANSLATE_NOOP("Podium::HomeData", "Room")},
        {"series", QT_TRANSLATE_NOOP("Podium::HomeData", "Series")},
        {"programme_item", QT_TRANSLATE_NOOP("Podium::HomeData", "Programme item")},
        {"role", QT_TRANSLATE_NOOP("Podium::HomeData", "Speaker role")},
        {"registration", QT_TRANSLATE_NOOP("Podium::HomeData", "Registration")},
        {"document", QT_TRANSLATE_NOOP("Podium::HomeData", "Document")},
        {"setting", QT_TRANSLATE_NOOP("Podium::HomeData", "Setting")},
    };
    for (const auto &l : labels) {
        if (table == QLatin1StringView(l.table))
            return tr(l.label);
    }
    return table;
}

QString HomeData::actionLabel(const QString &action)
{
    if (action == QLatin1StringView("insert"))
        return tr("Created");
    if (action == QLatin1StringView("update"))
        return tr("Changed");
    if (action == QLatin1StringView("delete"))
        return tr("Deleted");
    return action;
}

} // namespace Podium
