#include "icalevents.h"

#include "storage/database.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace Podium {

namespace {

QString str(const QSqlQuery &q, int column)
{
    return q.value(column).toString().trimmed();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

/** The local days an event touches, in its own zone. */
bool touchesRange(const ICalEvents::Event &e, QDate from, QDate to)
{
    QTimeZone zone(e.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate first = e.start.toTimeZone(zone).date();
    // An end at midnight (every all-day event, and an evening that ends at
    // 00:00) belongs to the day before.
    const QDateTime lastInstant = e.end > e.start ? e.end.addSecs(-1) : e.end;
    const QDate last = lastInstant.toTimeZone(zone).date();
    if (from.isValid() && last < from)
        return false;
    if (to.isValid() && first > to)
        return false;
    return true;
}

bool readPeople(const Database &db, qint64 eventId, QList<ICalEvents::Appearance> *eventPeople,
                QHash<qint64, QList<ICalEvents::Appearance>> *itemPeople, QString *error)
{
    // Only names and the affiliation line: never e-mail, phone or notes.
    // Only confirmed roles are published; someone who was merely asked has
    // not agreed to appear.
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT r.programme_item_id, r.role, r.affiliation_en, r.affiliation_de,"
                       "       p.honorific, p.given_name, p.family_name, p.position, o.name"
                       "  FROM role r"
                       "  JOIN person p ON p.id = r.person_id"
                       "  LEFT JOIN organisation o ON o.id = p.organisation_id"
                       " WHERE r.event_id = ? AND r.status = 'confirmed'"
                       " ORDER BY r.programme_item_id, r.position, r.id"));
    q.addBindValue(eventId);
    if (!Database::exec(q, error))
        return false;
    while (q.next()) {
        ICalEvents::Appearance a;
        a.role = str(q, 1);
        a.name = joinNonEmpty({str(q, 4), str(q, 5), str(q, 6)}, QStringLiteral(" "));
        a.affiliation.en = str(q, 2);
        a.affiliation.de = str(q, 3);
        if (a.affiliation.en.isEmpty() && a.affiliation.de.isEmpty()) {
            const QString line = joinNonEmpty({str(q, 7), str(q, 8)}, QStringLiteral(", "));
            a.affiliation.en = line;
            a.affiliation.de = line;
        }
        if (q.value(0).isNull())
            eventPeople->append(a);
        else
            (*itemPeople)[q.value(0).toLongLong()].append(a);
    }
    return true;
}

bool readItems(const Database &db, ICalEvents::Event *event, QString *error)
{
    QHash<qint64, QList<ICalEvents::Appearance>> itemPeople;
    if (!readPeople(db, event->id, &event->people, &itemPeople, error))
        return false;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT i.id, i.start_utc, i.end_utc, i.kind, i.title_en, i.title_de,"
        "       i.description_en, i.description_de, rm.name, i.created_at, i.modified_at"
        "  FROM programme_item i"
        "  LEFT JOIN room rm ON rm.id = i.room_id"
        " WHERE i.event_id = ?"
        " ORDER BY i.start_utc, i.position, i.id"));
    q.addBindValue(event->id);
    if (!Database::exec(q, error))
        return false;
    while (q.next()) {
        ICalEvents::Item item;
        item.id = q.value(0).toLongLong();
        item.start = Clock::fromStorage(str(q, 1));
        item.end = Clock::fromStorage(str(q, 2));
        item.kind = str(q, 3);
        item.title = {str(q, 4), str(q, 5)};
        item.description = {str(q, 6), str(q, 7)};
        item.room = str(q, 8);
        item.created = Clock::fromStorage(str(q, 9));
        item.modified = Clock::fromStorage(str(q, 10));
        item.people = itemPeople.value(item.id);
        event->items.append(item);
    }
    return true;
}

} // namespace

namespace {

bool isEmailAddress(const QString &text)
{
    // The shape the person table accepts (CHECK email LIKE '%_@_%'), with no
    // spaces or characters that would break a mailto: URI.
    static const QRegularExpression form(QStringLiteral("^[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+$"));
    return form.match(text).hasMatch();
}

ICalEvents::Recipient recipientFrom(const QSqlQuery &q)
{
    ICalEvents::Recipient r;
    r.personId = q.value(0).toLongLong();
    r.name = joinNonEmpty({str(q, 1), str(q, 2), str(q, 3)}, QStringLiteral(" "));
    r.email = str(q, 4);
    return r;
}

} // namespace

bool ICalEvents::recipient(const Database &db, const QString &idOrEmail, Recipient *recipient,
                           QString *error)
{
    const QString text = idOrEmail.trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    const QString select = QStringLiteral(
        "SELECT id, honorific, given_name, family_name, trim(email) FROM person WHERE ");
    if (numeric) {
        QSqlQuery q = db.prepare(select + QStringLiteral("id = ?"));
        q.addBindValue(id);
        if (!Database::exec(q, error))
            return false;
        if (!q.next()) {
            *error =
                QCoreApplication::translate("ICalEvents", "There is no person with id %1.").arg(id);
            return false;
        }
        *recipient = recipientFrom(q);
        if (!isEmailAddress(recipient->email)) {
            *error = QCoreApplication::translate("ICalEvents",
                                                 "%1 (person %2) has no e-mail address to send "
                                                 "the invitation to.")
                         .arg(recipient->name)
                         .arg(id);
            return false;
        }
        return true;
    }
    QString address = text;
    if (address.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7);
    if (!isEmailAddress(address)) {
        *error = QCoreApplication::translate("ICalEvents",
                                             "\"%1\" is neither a person's id nor an e-mail "
                                             "address.")
                     .arg(text);
        return false;
    }
    QSqlQuery q = db.prepare(select + QStringLiteral("lower(trim(email)) = lower(?) ORDER BY id"));
    q.addBindValue(address);
    if (!Database::exec(q, error))
        return false;
    if (q.next()) {
        *recipient = recipientFrom(q);
        // Offices share addresses: a name is given only if it is certain.
        if (q.next())
            recipient->name.clear();
        recipient->personId = recipient->name.isEmpty() ? 0 : recipient->personId;
    } else {
        *recipient = Recipient{};
    }
    recipient->email = address;
    return true;
}

bool ICalEvents::registered(const Database &db, qint64 eventId, QList<Recipient> *recipients,
                            QString *error)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT p.id, p.honorific, p.given_name, p.family_name, trim(p.email), r.status"
        "  FROM registration r"
        "  JOIN person p ON p.id = r.person_id"
        " WHERE r.event_id = ? AND r.status <> 'cancelled'"
        "   AND p.email IS NOT NULL AND trim(p.email) <> ''"
        " ORDER BY p.sort_key, p.id"));
    q.addBindValue(eventId);
    if (!Database::exec(q, error))
        return false;
    recipients->clear();
    while (q.next()) {
        Recipient r = recipientFrom(q);
        r.status = str(q, 5);
        if (isEmailAddress(r.email))
            recipients->append(r);
    }
    return true;
}

QString ICalEvents::Text::in(const QString &language) const
{
    const QString &preferred = language == QLatin1StringView("de") ? de : en;
    const QString &other = language == QLatin1StringView("de") ? en : de;
    return preferred.trimmed().isEmpty() ? other.trimmed() : preferred.trimmed();
}

bool ICalEvents::read(const Database &db, const Selection &selection, QList<Event> *events,
                      QString *error)
{
    events->clear();
    QString sql = QStringLiteral(
        "SELECT e.id, e.uid, e.title_en, e.title_de, e.subtitle_en, e.subtitle_de,"
        "       e.description_en, e.description_de, s.name_en, s.name_de, e.topic_en, e.topic_de,"
        "       e.start_utc, e.end_utc, e.time_zone, e.all_day, e.language, e.status,"
        "       e.published, e.public_url, e.ical_sequence, v.name, rm.name, v.address,"
        "       v.postal_code, v.city, e.created_at, e.modified_at"
        "  FROM event e"
        "  LEFT JOIN series s ON s.id = e.series_id"
        "  LEFT JOIN venue v ON v.id = e.venue_id"
        "  LEFT JOIN room rm ON rm.id = e.room_id"
        " WHERE 1 = 1");
    QVariantList bindings;

    if (!selection.series.trimmed().isEmpty()) {
        const QString name = selection.series.trimmed();
        // Series are few; comparing folded names here finds "berliner
        // sommerdialog" as well as "Berliner Sommerdialog".
        const QString wanted = foldText(name);
        QSqlQuery sq =
            db.prepare(QStringLiteral("SELECT id, name_en, name_de FROM series ORDER BY id"));
        if (!Database::exec(sq, error))
            return false;
        QVariant seriesId;
        while (sq.next() && !seriesId.isValid()) {
            if (foldText(sq.value(1).toString()) == wanted ||
                foldText(sq.value(2).toString()) == wanted)
                seriesId = sq.value(0);
        }
        if (!seriesId.isValid()) {
            if (error)
                *error = QStringLiteral("There is no series named \"%1\".").arg(name);
            return false;
        }
        sql += QStringLiteral(" AND e.series_id = ?");
        bindings.append(seriesId);
    }
    if (selection.publishedOnly)
        sql += QStringLiteral(" AND e.published = 1");
    if (!selection.eventIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : selection.eventIds) {
            marks.append(QStringLiteral("?"));
            bindings.append(id);
        }
        sql += QStringLiteral(" AND e.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    // The range is read in each event's zone, which SQL cannot do; a margin
    // wider than any zone's offset narrows the rows, and touchesRange()
    // decides.
    if (selection.from.isValid()) {
        sql += QStringLiteral(" AND e.end_utc >= ?");
        bindings.append(
            Clock::toStorage(QDateTime(selection.from.addDays(-2), QTime(0, 0), QTimeZone::utc())));
    }
    if (selection.to.isValid()) {
        sql += QStringLiteral(" AND e.start_utc <= ?");
        bindings.append(
            Clock::toStorage(QDateTime(selection.to.addDays(2), QTime(0, 0), QTimeZone::utc())));
    }
    sql += QStringLiteral(" ORDER BY e.start_utc, e.id");

    QSqlQuery q = db.prepare(sql);
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    if (!Database::exec(q, error))
        return false;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.uid = str(q, 1);
        e.title = {str(q, 2), str(q, 3)};
        e.subtitle = {str(q, 4), str(q, 5)};
        e.description = {q.value(6).toString(), q.value(7).toString()};
        e.series = {str(q, 8), str(q, 9)};
        e.topic = {str(q, 10), str(q, 11)};
        e.start = Clock::fromStorage(str(q, 12));
        e.end = Clock::fromStorage(str(q, 13));
        e.timeZone = str(q, 14).toUtf8();
        e.allDay = q.value(15).toInt() != 0;
        e.language = str(q, 16);
        e.status = str(q, 17);
        e.published = q.value(18).toInt() != 0;
        e.publicUrl = str(q, 19);
        e.sequence = q.value(20).toInt();
        e.venue = str(q, 21);
        e.room = str(q, 22);
        e.address = str(q, 23);
        e.postalCode = str(q, 24);
        e.city = str(q, 25);
        e.created = Clock::fromStorage(str(q, 26));
        e.modified = Clock::fromStorage(str(q, 27));
        if (!touchesRange(e, selection.from, selection.to))
            continue;
        events->append(e);
    }
    q.finish();
    for (Event &e : *events) {
        if (!readItems(db, &e, error))
            return false;
    }
    return true;
}

} // namespace Podium
