#include "icalevents.h"

#include "storage/database.h"
#include "storage/rowreader.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

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
    // An event's local days lie within a day of its days in UTC (every
    // offset is less than a day): one well inside the range needs no zone.
    constexpr qint64 msPerDay = 86400000;
    const auto utcDay = [](const QDateTime &t) {
        const qint64 ms = t.toMSecsSinceEpoch();
        return QDate(1970, 1, 1).addDays(ms >= 0 ? ms / msPerDay : (ms - msPerDay + 1) / msPerDay);
    };
    if (e.start.isValid() && e.end.isValid() && e.end >= e.start) {
        const QDate firstUtc = utcDay(e.start);
        const QDate lastUtc = utcDay(e.end > e.start ? e.end.addSecs(-1) : e.end);
        if ((!from.isValid() || lastUtc.addDays(-2) >= from) &&
            (!to.isValid() || firstUtc.addDays(2) <= to))
            return true;
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

/** A stored UTC instant (trimmed); Clock::fromStorage() for anything but the plain form it writes.
 */
QDateTime instant(const QString &text)
{
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

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/** Days from 1970-01-01 to the proleptic Gregorian date @p year (1 or later), @p month, @p day. */
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = year / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

/** The same for the stored UTF-8 text, as it comes from the database. */
QDateTime instant(QByteArrayView text)
{
    // The plain form is read straight from the UTF-8; anything else (even
    // the same with spaces around it) as before, trimmed.
    if (text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' &&
        text[13] == ':' && text[16] == ':' && text[19] == 'Z') {
        const char *t = text.data();
        const auto digit = [t](int at) { return unsigned(t[at]) - unsigned('0'); };
        const auto two = [&digit](int at) { return int(digit(at) * 10 + digit(at + 1)); };
        const bool numeric = digit(0) <= 9 && digit(1) <= 9 && digit(2) <= 9 && digit(3) <= 9 &&
                             digit(5) <= 9 && digit(6) <= 9 && digit(8) <= 9 && digit(9) <= 9 &&
                             digit(11) <= 9 && digit(12) <= 9 && digit(14) <= 9 && digit(15) <= 9 &&
                             digit(17) <= 9 && digit(18) <= 9;
        const int year = two(0) * 100 + two(2);
        const int month = two(5);
        const int day = two(8);
        const int hour = two(11);
        const int minute = two(14);
        const int second = two(17);
        // What QDate and QTime take for valid (QDate has no year 0), counted
        // without them: the instant itself is all a QDateTime in UTC holds.
        if (numeric && year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
            day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60) {
            const qint64 seconds =
                daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
            return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
        }
    }
    return instant(QString::fromUtf8(text).trimmed());
}

bool isAsciiSpace(char c)
{
    // The ASCII characters QChar::isSpace() takes for white space.
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/**
 * Sets @p into to the UTF-8 @p utf8 as QString::fromUtf8() reads it. ASCII,
 * most of what a calendar holds, is widened into the memory @p into already
 * has: the fields of one event are reused for the next.
 */
void assign(QString &into, QByteArrayView utf8)
{
    const qsizetype size = utf8.size();
    const char *source = utf8.data();
    // ASCII? Eight octets at a time.
    quint64 bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, source + i, sizeof word);
        bits |= word;
    }
    for (; i < size; ++i)
        bits |= static_cast<unsigned char>(source[i]);
    if (bits & 0x8080808080808080ULL) {
        into = QString::fromUtf8(utf8);
        return;
    }
    // ASCII, widened into the memory the string has if it is its own.
    if (into.isDetached() && into.capacity() >= size)
        into.resize(size);
    else
        into = QString(size, Qt::Uninitialized);
    char16_t *target = reinterpret_cast<char16_t *>(into.data());
    for (i = 0; i < size; ++i)
        target[i] = char16_t(static_cast<unsigned char>(source[i]));
}

/** As assign(), then QString::trimmed(). */
void assignTrimmed(QString &into, QByteArrayView utf8)
{
    const qsizetype size = utf8.size();
    // Text that starts and ends with an ASCII character other than a space
    // has nothing to trim; anything else is trimmed as QString does it.
    if (size == 0 || (static_cast<unsigned char>(utf8.front()) < 0x80 &&
                      static_cast<unsigned char>(utf8.back()) < 0x80 &&
                      !isAsciiSpace(utf8.front()) && !isAsciiSpace(utf8.back()))) {
        assign(into, utf8);
        return;
    }
    into = QString::fromUtf8(utf8).trimmed();
}

/**
 * Whether a row of the programme items' or roles' query, ordered like the
 * events by their start and id, comes before the event @p start, @p id.
 * All three queries order by the same columns; the comparison only guards
 * against rows of an event that another program added or moved between
 * them, which are passed over instead of holding up the rest. The stored
 * times are ASCII, where UTF-8 orders as UTF-16 does.
 */
bool comesBefore(const RowReader &r, QByteArrayView start, qint64 id)
{
    const int order = r.utf8(0).compare(start);
    return order < 0 || (order == 0 && r.toInt64(1) < id);
}

/** Appends the non-empty @p part to @p text, after @p separator if @p text is not empty. */
void appendPart(QString &text, const QString &part, QLatin1StringView separator)
{
    if (part.isEmpty())
        return;
    if (!text.isEmpty())
        text += separator;
    text += part;
}

/** Reads a row of the roles' query into @p a, reusing its memory; @p part is scratch. */
void readAppearance(const RowReader &r, ICalEvents::Appearance &a, QString &part)
{
    assignTrimmed(a.role, r.utf8(3));
    a.name.resize(0);
    for (const int column : {6, 7, 8}) {
        assignTrimmed(part, r.utf8(column));
        appendPart(a.name, part, QLatin1StringView(" "));
    }
    assignTrimmed(a.affiliation.en, r.utf8(4));
    assignTrimmed(a.affiliation.de, r.utf8(5));
    if (a.affiliation.en.isEmpty() && a.affiliation.de.isEmpty()) {
        for (const int column : {9, 10}) {
            assignTrimmed(part, r.utf8(column));
            appendPart(a.affiliation.en, part, QLatin1StringView(", "));
        }
        a.affiliation.de = a.affiliation.en;
    }
}

/** The next element of @p list to fill at @p count, reused if there is one. */
template<typename T>
T &slot(QList<T> &list, qsizetype count)
{
    if (count < list.size())
        return list[count];
    return list.emplace_back();
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
    const bool german = language.size() == 2 && language.front() == u'd' && language.back() == u'e';
    const QString &preferred = german ? de : en;
    const QString &other = german ? en : de;
    // Text read by forEach() is trimmed already: then it is shared, not
    // trimmed again (a calendar asks for thousands).
    const auto trimmed = [](const QString &text) {
        return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    };
    if (trimmed(preferred) && trimmed(other))
        return preferred.isEmpty() ? other : preferred;
    return preferred.trimmed().isEmpty() ? other.trimmed() : preferred.trimmed();
}

bool ICalEvents::read(const Database &db, const Selection &selection, QList<Event> *events,
                      QString *error)
{
    events->clear();
    return forEach(
        db, selection, [events](Event &e) { events->append(e); }, error);
}

namespace {

/**
 * The conditions of @p selection on the event e, as " WHERE …" into @p sql
 * with their values in @p bindings; false with @p error if the series does
 * not exist or cannot be read. The range is only narrowed here, with a
 * margin: touchesRange() decides.
 */
bool selectionWhere(const Database &db, const ICalEvents::Selection &selection, QString *where,
                    QVariantList *boundValues, QString *error)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
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
    *where = sql;
    *boundValues = bindings;
    return true;
}

} // namespace

bool ICalEvents::forEach(const Database &db, const Selection &selection,
                         const std::function<void(Event &)> &each, QString *error)
{
    // The conditions on the event, used for the events and again for their
    // programme items and roles: three queries in all, each ordered by the
    // events' start and id, read side by side.
    QString sql;
    QVariantList bindings;
    if (!selectionWhere(db, selection, &sql, &bindings, error))
        return false;
    constexpr qint64 mapSize = 1LL << 30;
    qint64 restoreMap = -1;
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
    // On a file the rows are read through SQLite's own interface, as UTF-8
    // (RowReader); the readers go before the map is put back.
    RowReader q(db);
    RowReader roles(db);
    RowReader items(db);
    if (!q.exec(QStringLiteral(
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
                bindings, error))
        return false;
    // Only names and the affiliation line: never e-mail, phone or notes.
    // Only confirmed roles are published; someone who was merely asked has
    // not agreed to appear.
    if (!roles.exec(QStringLiteral("SELECT e.start_utc, e.id, r.programme_item_id, r.role,"
                                   "       r.affiliation_en, r.affiliation_de, p.honorific,"
                                   "       p.given_name, p.family_name, p.position, o.name"
                                   "  FROM event e"
                                   "  JOIN role r ON r.event_id = e.id"
                                   "  JOIN person p ON p.id = r.person_id"
                                   "  LEFT JOIN organisation o ON o.id = p.organisation_id") +
                        where +
                        QStringLiteral(" AND r.status = 'confirmed'"
                                       " ORDER BY e.start_utc, e.id, r.programme_item_id,"
                                       " r.position, r.id"),
                    bindings, error))
        return false;
    // On a file SQLite hands the items over by event only, and they are put
    // in order here (start, position, id, compared as ORDER BY compares
    // them): SQLite's own sort was a fifth of the items' query.
    const bool sortItemsHere = items.isNative();
    const QString itemColumns =
        QStringLiteral("SELECT e.start_utc, e.id, i.id, i.start_utc, i.end_utc, i.kind,"
                       "       i.title_en, i.title_de, i.description_en,"
                       "       i.description_de, rm.name, i.created_at, i.modified_at, i.position"
                       "  FROM event e"
                       "  JOIN programme_item i ON i.event_id = e.id"
                       "  LEFT JOIN room rm ON rm.id = i.room_id");
    const QString itemOrder = QStringLiteral(" i.start_utc, i.position, i.id");
    if (!items.exec(itemColumns + where + QStringLiteral(" ORDER BY e.start_utc, e.id") +
                        (sortItemsHere ? QString() : QLatin1Char(',') + itemOrder),
                    bindings, error))
        return false;
    bool roleRow = roles.next();
    bool itemRow = items.next();
    QHash<QByteArray, QTimeZone> zones;
    // One event is filled and handed over at a time; its strings and lists
    // keep their memory for the next (most fields are ASCII of about the
    // same length), so a calendar of thousands costs few allocations.
    Event e;
    QByteArray start;
    QString part;
    // The people of each programme item, as counted so far, and the items
    // by id.
    QVarLengthArray<qsizetype, 32> itemPeople;
    QVarLengthArray<std::pair<qint64, qsizetype>, 32> itemsById;
    // The items' sort keys as read: the start's octets (in itemStarts),
    // the position, the id, and the order read in.
    struct ItemKey
    {
        qsizetype at;
        qsizetype size;
        qint64 position;
        qint64 id;
        qsizetype index;
    };
    QByteArray itemStarts;
    QVarLengthArray<ItemKey, 32> itemKeys;
    const auto readItem = [](const RowReader &r, Item &item) {
        item.id = r.toInt64(2);
        item.start = instant(r.utf8(3));
        item.end = instant(r.utf8(4));
        assignTrimmed(item.kind, r.utf8(5));
        assignTrimmed(item.title.en, r.utf8(6));
        assignTrimmed(item.title.de, r.utf8(7));
        assignTrimmed(item.description.en, r.utf8(8));
        assignTrimmed(item.description.de, r.utf8(9));
        assignTrimmed(item.room, r.utf8(10));
        item.created = instant(r.utf8(11));
        item.modified = instant(r.utf8(12));
    };
    while (q.next()) {
        e.id = q.toInt64(0);
        assignTrimmed(e.uid, q.utf8(1));
        assignTrimmed(e.title.en, q.utf8(2));
        assignTrimmed(e.title.de, q.utf8(3));
        assignTrimmed(e.subtitle.en, q.utf8(4));
        assignTrimmed(e.subtitle.de, q.utf8(5));
        assign(e.description.en, q.utf8(6));
        assign(e.description.de, q.utf8(7));
        assignTrimmed(e.series.en, q.utf8(8));
        assignTrimmed(e.series.de, q.utf8(9));
        assignTrimmed(e.topic.en, q.utf8(10));
        assignTrimmed(e.topic.de, q.utf8(11));
        const QByteArrayView startText = q.utf8(12);
        start.resize(startText.size());
        std::copy(startText.begin(), startText.end(), start.begin());
        e.start = instant(startText);
        e.end = instant(q.utf8(13));
        assignTrimmed(part, q.utf8(14));
        const QByteArrayView zone = q.utf8(14);
        if (part.size() == zone.size()) {
            // ASCII, as every IANA name: the bytes are the trimmed text.
            e.timeZone.resize(zone.size());
            std::copy(zone.begin(), zone.end(), e.timeZone.begin());
        } else {
            e.timeZone = part.toUtf8();
        }
        e.allDay = q.toInt(15) != 0;
        assignTrimmed(e.language, q.utf8(16));
        assignTrimmed(e.status, q.utf8(17));
        e.published = q.toInt(18) != 0;
        assignTrimmed(e.publicUrl, q.utf8(19));
        e.sequence = q.toInt(20);
        assignTrimmed(e.venue, q.utf8(21));
        assignTrimmed(e.room, q.utf8(22));
        assignTrimmed(e.address, q.utf8(23));
        assignTrimmed(e.postalCode, q.utf8(24));
        assignTrimmed(e.city, q.utf8(25));
        e.created = instant(q.utf8(26));
        e.modified = instant(q.utf8(27));
        const bool wanted = touchesRange(e, selection.from, selection.to, &zones);

        // The event's items, then the people of the event and of each item.
        qsizetype itemCount = 0;
        itemPeople.clear();
        itemsById.clear();
        while (itemRow && comesBefore(items, start, e.id))
            itemRow = items.next();
        itemStarts.resize(0);
        itemKeys.clear();
        bool keysComparable = true;
        for (; itemRow && items.toInt64(1) == e.id; itemRow = items.next()) {
            if (!wanted)
                continue;
            Item &item = slot(e.items, itemCount);
            readItem(items, item);
            if (sortItemsHere) {
                // ORDER BY compares a text as octets and an integer as a
                // number; anything else SQLite sorts itself (below).
                keysComparable = keysComparable && items.isText(3) && items.isInteger(13);
                const QByteArrayView itemStart = items.utf8(3);
                itemKeys.append(
                    {itemStarts.size(), itemStart.size(), items.toInt64(13), item.id, itemCount});
                itemStarts.append(itemStart.data(), itemStart.size());
            }
            ++itemCount;
        }
        if (sortItemsHere && itemCount > 1 && !keysComparable) {
            // A start that is not text or a position that is not an
            // integer: SQLite orders this event's items.
            RowReader one(db);
            if (!one.exec(itemColumns + QStringLiteral(" WHERE e.id = ? ORDER BY") + itemOrder,
                          {e.id}, error))
                return false;
            itemCount = 0;
            while (one.next())
                readItem(one, slot(e.items, itemCount++));
            if (!one.error().isEmpty()) {
                if (error)
                    *error = one.error();
                return false;
            }
        } else if (sortItemsHere && itemCount > 1) {
            const QByteArrayView starts(itemStarts);
            const auto before = [&starts](const ItemKey &a, const ItemKey &b) {
                const int order = starts.sliced(a.at, a.size).compare(starts.sliced(b.at, b.size));
                if (order != 0)
                    return order < 0;
                return a.position != b.position ? a.position < b.position : a.id < b.id;
            };
            if (!std::is_sorted(itemKeys.cbegin(), itemKeys.cend(), before)) {
                std::sort(itemKeys.begin(), itemKeys.end(), before);
                // Each item to its place: slotOf[k] is where item k read
                // k-th now is, itemAt[s] which item is in slot s.
                QVarLengthArray<qsizetype, 32> slotOf(itemCount);
                QVarLengthArray<qsizetype, 32> itemAt(itemCount);
                for (qsizetype k = 0; k < itemCount; ++k)
                    slotOf[k] = itemAt[k] = k;
                for (qsizetype k = 0; k < itemCount; ++k) {
                    const qsizetype wantedItem = itemKeys.at(k).index;
                    const qsizetype from = slotOf[wantedItem];
                    if (from == k)
                        continue;
                    e.items.swapItemsAt(k, from);
                    const qsizetype displaced = itemAt[k];
                    itemAt[from] = displaced;
                    slotOf[displaced] = from;
                    itemAt[k] = wantedItem;
                    slotOf[wantedItem] = k;
                }
            }
        }
        for (qsizetype k = 0; k < itemCount; ++k) {
            itemsById.append({e.items.at(k).id, k});
            itemPeople.append(0);
        }
        std::sort(itemsById.begin(), itemsById.end());
        qsizetype peopleCount = 0;
        while (roleRow && comesBefore(roles, start, e.id))
            roleRow = roles.next();
        for (; roleRow && roles.toInt64(1) == e.id; roleRow = roles.next()) {
            if (!wanted)
                continue;
            if (roles.isNull(2)) {
                readAppearance(roles, slot(e.people, peopleCount++), part);
                continue;
            }
            // A role on an item of another event, or on one that is gone,
            // is left out.
            const qint64 itemId = roles.toInt64(2);
            const auto found = std::lower_bound(itemsById.cbegin(), itemsById.cend(),
                                                std::pair<qint64, qsizetype>(itemId, 0));
            if (found == itemsById.cend() || found->first != itemId)
                continue;
            const qsizetype at = found->second;
            readAppearance(roles, slot(e.items[at].people, itemPeople[at]++), part);
        }
        if (!wanted)
            continue;
        e.people.resize(peopleCount);
        e.items.resize(itemCount);
        for (qsizetype i = 0; i < itemCount; ++i)
            e.items[i].people.resize(itemPeople[i]);
        each(e);
    }
    for (const RowReader *r : {&q, &roles, &items}) {
        if (!r->error().isEmpty()) {
            if (error)
                *error = r->error();
            return false;
        }
    }
    return true;
}
bool ICalEvents::zoneSpans(const Database &db, const Selection &selection, bool items,
                           QHash<QByteArray, QPair<QDateTime, QDateTime>> *spans, QString *error)
{
    spans->clear();
    QString where;
    QVariantList bindings;
    if (!selectionWhere(db, selection, &where, &bindings, error))
        return false;
    // The events' own times, which sort as text (ISO 8601 in UTC). An
    // all-day event is written as dates, without its zone, but its items
    // are not; a programme's times lie within its event's, so the event
    // stands for them. Reading the items themselves would cost three times
    // as much as the events; an item outside its event's years is rare,
    // and the caller checks the zones against what was written anyway.
    const QStringList sql{QStringLiteral("SELECT e.time_zone, min(e.start_utc), max(e.end_utc) "
                                         "FROM event e") +
                          where + (items ? QString() : QStringLiteral(" AND e.all_day = 0")) +
                          QStringLiteral(" GROUP BY e.time_zone")};
    for (const QString &statement : std::as_const(sql)) {
        QSqlQuery q = db.prepare(statement);
        for (const QVariant &v : std::as_const(bindings))
            q.addBindValue(v);
        if (!Database::exec(q, error))
            return false;
        while (q.next()) {
            const QByteArray zone = q.value(0).toString().toUtf8();
            const QDateTime first = instant(q.value(1).toString());
            const QDateTime last = instant(q.value(2).toString());
            auto it = spans->find(zone);
            if (it == spans->end())
                spans->insert(zone, {first, last});
            else
                *it = {qMin(it->first, first), qMax(it->second, last)};
        }
    }
    return true;
}

} // namespace Podium
