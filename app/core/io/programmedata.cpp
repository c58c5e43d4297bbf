#include "programmedata.h"

#include "printlabels.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace Podium {

namespace {

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString().trimmed();
}

/** The text in the wanted language, or in the other one where it is missing. */
QString localized(const QString &en, const QString &de, bool german)
{
    const QString &wanted = german ? de : en;
    const QString &other = german ? en : de;
    return wanted.isEmpty() ? other : wanted;
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

// The order in which a programme names the people of one item: whoever
// opens, then who speaks, then the panel, and the chair last, as the
// foundation's own pages do.
int roleRank(const QString &role)
{
    static const char *const order[] = {"welcome",   "keynote",   "speaker",
                                        "panellist", "moderator", "chair"};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (role == QLatin1StringView(order[i]))
            return i;
    }
    return int(std::size(order));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool run(QSqlQuery &q, QString *error)
{
    QString message;
    if (Database::exec(q, &message))
        return true;
    return fail(
        error, QCoreApplication::translate("Podium::ProgrammeData", "Cannot read the programme: %1")
                   .arg(message));
}

} // namespace

bool ProgrammeData::Item::isInterlude() const
{
    return kind == QLatin1StringView("break") || kind == QLatin1StringView("reception");
}

bool ProgrammeData::showsTimeZone() const
{
    return timeZone.id() != homeTimeZone() || !onlineUrl.isEmpty();
}

QString ProgrammeData::timeZoneAbbreviation() const
{
    const QString abbreviation = timeZone.abbreviation(start);
    // Zones without a letter abbreviation in the tz database print their
    // offset ("+0530"); an offset reads better with the UTC it is from.
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+')) ||
        abbreviation.startsWith(QLatin1Char('-'))) {
        const int offset = timeZone.offsetFromUtc(start);
        if (offset == 0)
            return QStringLiteral("UTC");
        const int minutes = qAbs(offset) / 60;
        return QStringLiteral("UTC%1%2:%3")
            .arg(offset < 0 ? QChar(0x2212) : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return abbreviation;
}

bool ProgrammeData::spansSeveralDays() const
{
    for (const Item &item : items) {
        if (item.start.date() != start.date())
            return true;
    }
    return false;
}

std::optional<ProgrammeData> ProgrammeData::load(const Database &database, qint64 eventId,
                                                 const QString &language, QString *error)
{
    ProgrammeData data;
    QSqlQuery q = database.prepare(QStringLiteral(
        "SELECT e.uid, e.language, e.title_en, e.title_de, e.subtitle_en, e.subtitle_de, "
        "e.description_en, e.description_de, e.topic_en, e.topic_de, s.name_en, s.name_de, "
        "e.start_utc, e.end_utc, e.time_zone, e.all_day, e.online_url, e.status, "
        "v.name, v.address, v.postal_code, v.city, v.country, r.name "
        "FROM event e LEFT JOIN series s ON s.id = e.series_id "
        "LEFT JOIN venue v ON v.id = e.venue_id LEFT JOIN room r ON r.id = e.room_id "
        "WHERE e.id = ?"));
    q.addBindValue(eventId);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        fail(error, QCoreApplication::translate("Podium::ProgrammeData",
                                                "There is no event with the id %1.")
                        .arg(eventId));
        return std::nullopt;
    }
    data.uid = text(q, 0);
    data.language = language.isEmpty() ? text(q, 1) : language;
    if (data.language != QLatin1StringView("de"))
        data.language = QStringLiteral("en");
    const bool german = data.language == QLatin1StringView("de");
    data.title = localized(text(q, 2), text(q, 3), german);
    data.subtitle = localized(text(q, 4), text(q, 5), german);
    data.description = localized(text(q, 6), text(q, 7), german);
    data.topic = localized(text(q, 8), text(q, 9), german);
    data.series = localized(text(q, 10), text(q, 11), german);
    data.timeZone = QTimeZone(text(q, 14).toUtf8());
    if (!data.timeZone.isValid())
        data.timeZone = QTimeZone::utc();
    data.start = Clock::fromStorage(text(q, 12)).toTimeZone(data.timeZone);
    data.end = Clock::fromStorage(text(q, 13)).toTimeZone(data.timeZone);
    data.allDay = q.value(15).toInt() == 1;
    data.onlineUrl = text(q, 16);
    data.status = text(q, 17);
    data.venueName = text(q, 18);
    data.roomName = text(q, 23);
    const QString country = text(q, 22);
    // The foundation's home country goes without saying, as its time zone does.
    const bool homeCountry = country.isEmpty() || country == QLatin1StringView("Germany") ||
                             country == QLatin1StringView("Deutschland");
    data.venueAddress =
        QStringList{text(q, 19), joined({text(q, 20), text(q, 21)}, QStringLiteral(" ")),
                    homeCountry ? QString() : country};
    data.venueAddress.removeAll(QString());

    const PrintLabels labels(data.language);
    data.foundationName =
        database.setting(QString::fromLatin1(OrganisationSettings::foundationNameKey)).trimmed();
    if (data.foundationName.isEmpty())
        data.foundationName = labels.defaultFoundationName();
    data.foundationLogo = OrganisationSettings::load(database).foundationLogo;
    data.contactLine =
        database.setting(QString::fromLatin1(OrganisationSettings::contactLineKey)).trimmed();
    if (data.contactLine.isEmpty())
        data.contactLine = data.foundationName;

    QSqlQuery items = database.prepare(QStringLiteral(
        "SELECT i.id, i.start_utc, i.end_utc, i.kind, i.title_en, i.title_de, i.description_en, "
        "i.description_de, r.name FROM programme_item i "
        "LEFT JOIN room r ON r.id = i.room_id WHERE i.event_id = ? "
        "ORDER BY i.position, i.start_utc, i.id"));
    items.addBindValue(eventId);
    if (!run(items, error))
        return std::nullopt;
    QList<qint64> itemIds;
    while (items.next()) {
        Item item;
        item.start = Clock::fromStorage(text(items, 1)).toTimeZone(data.timeZone);
        item.end = Clock::fromStorage(text(items, 2)).toTimeZone(data.timeZone);
        item.kind = text(items, 3);
        item.title = localized(text(items, 4), text(items, 5), german);
        item.description = localized(text(items, 6), text(items, 7), german);
        const QString room = text(items, 8);
        if (room != data.roomName)
            item.room = room;
        itemIds.append(items.value(0).toLongLong());
        data.items.append(item);
    }

    QSqlQuery roles = database.prepare(QStringLiteral(
        "SELECT r.programme_item_id, r.role, r.affiliation_en, r.affiliation_de, p.honorific, "
        "p.given_name, p.family_name, p.position, o.name FROM role r "
        "JOIN person p ON p.id = r.person_id LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE r.event_id = ? AND r.status <> 'declined' ORDER BY r.position, r.id"));
    roles.addBindValue(eventId);
    if (!run(roles, error))
        return std::nullopt;
    while (roles.next()) {
        Person person;
        person.role = text(roles, 1);
        person.name = joined({text(roles, 4), text(roles, 5), text(roles, 6)}, QStringLiteral(" "));
        person.affiliation = localized(text(roles, 2), text(roles, 3), german);
        if (person.affiliation.isEmpty())
            person.affiliation = joined({text(roles, 7), text(roles, 8)}, QStringLiteral(", "));
        const QVariant itemId = roles.value(0);
        const qsizetype index = itemId.isNull() ? -1 : itemIds.indexOf(itemId.toLongLong());
        QList<Person> &people = index >= 0 ? data.items[index].people : data.eventPeople;
        people.append(person);
    }
    auto byRole = [](const Person &a, const Person &b) {
        return roleRank(a.role) < roleRank(b.role);
    };
    std::stable_sort(data.eventPeople.begin(), data.eventPeople.end(), byRole);
    for (Item &item : data.items)
        std::stable_sort(item.people.begin(), item.people.end(), byRole);

    QSqlQuery documents =
        database.prepare(QStringLiteral("SELECT title, kind, url, file_name FROM document WHERE "
                                        "event_id = ? ORDER BY position, id"));
    documents.addBindValue(eventId);
    if (!run(documents, error))
        return std::nullopt;
    while (documents.next())
        data.documents.append(
            {text(documents, 0), text(documents, 1), text(documents, 2), text(documents, 3)});
    return data;
}

} // namespace Podium
