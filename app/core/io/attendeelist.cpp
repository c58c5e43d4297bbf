#include "attendeelist.h"

#include "programmedata.h"
#include "storage/database.h"

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

// When a speaker holds several roles on one evening, the badge names the
// one the audience most needs to know, the chair's first.
int badgeRank(const QString &role)
{
    static const char *const order[] = {"chair",   "moderator", "keynote",
                                        "speaker", "panellist", "welcome"};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (role == QLatin1StringView(order[i]))
            return i;
    }
    return int(std::size(order));
}

struct Row
{
    qint64 id = 0;
    QString sortKey;
    AttendeeList::Entry entry;
};

} // namespace

QString AttendeeList::Entry::fullName() const
{
    return QStringList{givenName, familyName}.join(QLatin1Char(' ')).trimmed();
}

QString AttendeeList::Entry::sortedName() const
{
    if (familyName.isEmpty() || givenName.isEmpty())
        return fullName();
    return familyName + QStringLiteral(", ") + givenName;
}

std::optional<AttendeeList> AttendeeList::load(const Database &database, qint64 eventId,
                                               Selection selection, const QString &language,
                                               QString *error)
{
    const std::optional<ProgrammeData> event =
        ProgrammeData::load(database, eventId, language, error);
    if (!event)
        return std::nullopt;
    AttendeeList list;
    list.language = event->language;
    list.foundationName = event->foundationName;
    list.title = event->title;
    list.series = event->series;
    list.start = event->start;

    auto run = [error](QSqlQuery &q) {
        QString message;
        if (Database::exec(q, &message))
            return true;
        if (error)
            *error =
                QCoreApplication::translate("Podium::AttendeeList", "Cannot read the attendees: %1")
                    .arg(message);
        return false;
    };

    // Waiting, cancelled and invited guests are not expected at the door.
    QString sql = QStringLiteral(
        "SELECT p.id, p.sort_key, p.given_name, p.family_name, o.name FROM registration g "
        "JOIN person p ON p.id = g.person_id "
        "LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE g.event_id = ? AND g.status IN ('registered', 'confirmed', 'attended')");
    if (selection == Selection::Participants)
        sql += QStringLiteral(" AND p.consent_list = 1");
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
    QSqlQuery guests = database.prepare(sql);
    guests.addBindValue(eventId);
    if (!run(guests))
        return std::nullopt;
    QList<Row> rows;
    while (guests.next())
        rows.append(
            Row{guests.value(0).toLongLong(), text(guests, 1),
                AttendeeList::Entry{text(guests, 2), text(guests, 3), text(guests, 4), {}}});

    if (selection == Selection::Badges) {
        QSqlQuery speakers = database.prepare(QStringLiteral(
            "SELECT p.id, p.sort_key, p.given_name, p.family_name, o.name, r.role FROM role r "
            "JOIN person p ON p.id = r.person_id "
            "LEFT JOIN organisation o ON o.id = p.organisation_id "
            "WHERE r.event_id = ? AND r.status = 'confirmed' ORDER BY p.sort_key, p.id"));
        speakers.addBindValue(eventId);
        if (!run(speakers))
            return std::nullopt;
        while (speakers.next()) {
            const qint64 id = speakers.value(0).toLongLong();
            const QString role = text(speakers, 5);
            auto it = std::find_if(rows.begin(), rows.end(),
                                   [id](const Row &row) { return row.id == id; });
            // A speaker who also registered gets one badge, as a speaker.
            if (it == rows.end())
                rows.append(Row{id, text(speakers, 1),
                                AttendeeList::Entry{text(speakers, 2), text(speakers, 3),
                                                    text(speakers, 4), role}});
            else if (it->entry.role.isEmpty() || badgeRank(role) < badgeRank(it->entry.role))
                it->entry.role = role;
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
        });
    }
    for (const Row &row : rows)
        list.people.append(row.entry);
    return list;
}

} // namespace Podium
