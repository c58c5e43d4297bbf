#include "icalevents.h"

#include "storage/database.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
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
bool touchesRange(const ICalEvents::Event &e, QDate from, QDate to,
                  QHash<QByteArray, QTimeZone> *zones)
{
    if (!from.isValid() && !to.isValid())
        return true;
    auto known = zones->find(e.timeZone);
    if (known == zones->end()) {
        QTimeZone zone(e.timeZone);
        if (!zone.isValid())
            zone = QTimeZone::utc();
        known = zones->insert(e.timeZone, zone);
    }
    const QTimeZone &zone = *known;
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

/** A stored UTC instant; Clock::fromStorage() for anything but the plain form it writes. */
QDateTime instant(const QSqlQuery &q, int column)
{
    const QString text = q.value(column).toString().trimmed();
    // "2026-05-04T18:30:00Z", as Clock::toStorage() writes it, is read
    // without QDateTime's format parser, which costs more than the rest of
    // an event together.
    const auto digit = [&](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    const auto number = [&](qsizetype at, int digits) {
        int n = 0;
        for (int k = 0; k < digits; ++k) {
            const int d = digit(at + k);
            if (d < 0)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') &&
        text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('Z')) {
        const int year = number(0, 4);
        const int month = number(5, 2);
        const int day = number(8, 2);
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return Clock::fromStorage(text);
}

/**
 * Whether a row of the programme items' or roles' query, ordered like the
 * events by their start and id, comes before the event @p start, @p id.
 * All three queries order by the same columns; the comparison only guards
 * against rows of an event that another program added or moved between
 * them, which are passed over instead of holding up the rest.
 */
bool comesBefore(const QSqlQuery &q, const QString &start, qint64 id)
{
    const int order = QString::compare(q.value(0).toString(), start);
    return order < 0 || (order == 0 && q.value(1).toLongLong() < id);
}

ICalEvents::Appearance appearance(const QSqlQuery &q)
{
    ICalEvents::Appearance a;
    a.role = str(q, 3);
    a.name = joinNonEmpty({str(q, 6), str(q, 7), str(q, 8)}, QStringLiteral(" "));
    a.affiliation.en = str(q, 4);
    a.affiliation.de = str(q, 5);
    if (a.affiliation.en.isEmpty() && a.affiliation.de.isEmpty()) {
        const QString line = joinNonEmpty({str(q, 9), str(q, 10)}, QStringLiteral(", "));
        a.affiliation.en = line;
        a.affiliation.de = line;
    }
    return a;
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
    return forEach(
        db, selection, [events](const Event &e) { events->append(e); }, error);
}

bool ICalEvents::forEach(const Database &db, const Selection &selection,
                         const std::function<void(const Event &)> &each, QString *error)
{
    // The conditions on the event, used for the events and again for their
    // programme items and roles: three queries in all, each ordered by the
    // events' start and id, read side by side.
    QString sql = QStringLiteral(" WHERE 1 = 1");
    QVariantList bindings;
    constexpr qint64 mapSize = 1LL << 30;
    qint64 restoreMap = -1;

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
    const QString where = sql;
    // SQLite reads a large file faster through a memory map than with a
    // read() for every page; the connection's own setting is put back.
    if (db.backend() == Database::Backend::SQLite) {
        const qint64 mapped = db.scalar(QStringLiteral("PRAGMA mmap_size")).toLongLong();
        if (mapped < mapSize && db.execute(QStringLiteral("PRAGMA mmap_size = %1").arg(mapSize)))
            restoreMap = mapped;
    }
    const auto restore = qScopeGuard([&db, restoreMap] {
        if (restoreMap >= 0)
            db.execute(QStringLiteral("PRAGMA mmap_size = %1").arg(restoreMap));
    });
    const auto run = [&](const QString &text, QSqlQuery *q) {
        *q = db.prepare(text);
        // The three are read side by side. A server connection streams a
        // forward-only result row by row and loses it when the next query
        // starts: there each result is fetched whole.
        q->setForwardOnly(!db.isServer());
        for (const QVariant &b : std::as_const(bindings))
            q->addBindValue(b);
        return Database::exec(*q, error);
    };
    QSqlQuery q;
    if (!run(QStringLiteral(
                 "SELECT e.id, e.uid, e.title_en, e.title_de, e.subtitle_en, e.subtitle_de,"
                 "       e.description_en, e.description_de, s.name_en, s.name_de, e.topic_en,"
                 "       e.topic_de, e.start_utc, e.end_utc, e.time_zone, e.all_day, e.language,"
                 "       e.status, e.published, e.public_url, e.ical_sequence, v.name, rm.name,"
                 "       v.address, v.postal_code, v.city, e.created_at, e.modified_at"
                 "  FROM event e"
                 "  LEFT JOIN series s ON s.id = e.series_id"
                 "  LEFT JOIN venue v ON v.id = e.venue_id"
                 "  LEFT JOIN room rm ON rm.id = e.room_id") +
                 where + QStringLiteral(" ORDER BY e.start_utc, e.id"),
             &q))
        return false;
    // Only names and the affiliation line: never e-mail, phone or notes.
    // Only confirmed roles are published; someone who was merely asked has
    // not agreed to appear.
    QSqlQuery roles;
    if (!run(QStringLiteral("SELECT e.start_utc, e.id, r.programme_item_id, r.role,"
                            "       r.affiliation_en, r.affiliation_de, p.honorific, p.given_name,"
                            "       p.family_name, p.position, o.name"
                            "  FROM event e"
                            "  JOIN role r ON r.event_id = e.id"
                            "  JOIN person p ON p.id = r.person_id"
                            "  LEFT JOIN organisation o ON o.id = p.organisation_id") +
                 where +
                 QStringLiteral(" AND r.status = 'confirmed'"
                                " ORDER BY e.start_utc, e.id, r.programme_item_id, r.position,"
                                " r.id"),
             &roles))
        return false;
    QSqlQuery items;
    if (!run(QStringLiteral("SELECT e.start_utc, e.id, i.id, i.start_utc, i.end_utc, i.kind,"
                            "       i.title_en, i.title_de, i.description_en, i.description_de,"
                            "       rm.name, i.created_at, i.modified_at"
                            "  FROM event e"
                            "  JOIN programme_item i ON i.event_id = e.id"
                            "  LEFT JOIN room rm ON rm.id = i.room_id") +
                 where +
                 QStringLiteral(" ORDER BY e.start_utc, e.id, i.start_utc, i.position, i.id"),
             &items))
        return false;
    bool roleRow = roles.next();
    bool itemRow = items.next();
    QHash<qint64, QList<Appearance>> itemPeople;
    QHash<QByteArray, QTimeZone> zones;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.uid = str(q, 1);
        e.title = {str(q, 2), str(q, 3)};
        e.subtitle = {str(q, 4), str(q, 5)};
        e.description = {q.value(6).toString(), q.value(7).toString()};
        e.series = {str(q, 8), str(q, 9)};
        e.topic = {str(q, 10), str(q, 11)};
        const QString start = q.value(12).toString();
        e.start = instant(q, 12);
        e.end = instant(q, 13);
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
        e.created = instant(q, 26);
        e.modified = instant(q, 27);
        const bool wanted = touchesRange(e, selection.from, selection.to, &zones);

        // The event's people, then its items with theirs.
        itemPeople.clear();
        while (roleRow && comesBefore(roles, start, e.id))
            roleRow = roles.next();
        for (; roleRow && roles.value(1).toLongLong() == e.id; roleRow = roles.next()) {
            if (!wanted)
                continue;
            if (roles.value(2).isNull())
                e.people.append(appearance(roles));
            else
                itemPeople[roles.value(2).toLongLong()].append(appearance(roles));
        }
        while (itemRow && comesBefore(items, start, e.id))
            itemRow = items.next();
        for (; itemRow && items.value(1).toLongLong() == e.id; itemRow = items.next()) {
            if (!wanted)
                continue;
            Item item;
            item.id = items.value(2).toLongLong();
            item.start = instant(items, 3);
            item.end = instant(items, 4);
            item.kind = str(items, 5);
            item.title = {str(items, 6), str(items, 7)};
            item.description = {str(items, 8), str(items, 9)};
            item.room = str(items, 10);
            item.created = instant(items, 11);
            item.modified = instant(items, 12);
            item.people = itemPeople.value(item.id);
            e.items.append(std::move(item));
        }
        if (wanted)
            each(e);
    }
    return true;
}

} // namespace Podium
