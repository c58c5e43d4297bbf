// The schema's own rules: every CHECK, NOT NULL, UNIQUE and FOREIGN KEY is
// broken once by raw SQL, as a careless script or the sqlite3 shell (with
// foreign keys on) would, and each must refuse and leave the file as it was.
// The storage layer relies on these; the domain checks come on top.
//
// The same cases run against a PostgreSQL server when PODIUM_TEST_SERVER names
// one (testdatabase.h): there the schema is read from PostgreSQL's catalogue,
// the server's messages name the constraint instead of quoting it, and
// SQLite's blob literals are written in PostgreSQL's words. Only
// textPrimaryKeysAreNotNull, about a quirk of SQLite, is registered for the
// file backend alone.
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

namespace {

using Columns = QList<QPair<QString, QString>>; // column → SQL literal

const QString ts = QStringLiteral("'2024-01-01T00:00:00Z'");

// One valid new row per table, as SQL literals, which every case below
// changes in one place. baseRowsAreValid() proves each is accepted, so a
// case fails because of its change and nothing else.
Columns baseRow(const QString &table)
{
    const Columns bookkeeping{{QStringLiteral("created_at"), ts},
                              {QStringLiteral("modified_at"), ts},
                              {QStringLiteral("row_version"), QStringLiteral("1")}};
    Columns c;
    if (table == QLatin1StringView("organisation")) {
        c = {{QStringLiteral("name"), QStringLiteral("'Neue Stiftung'")},
             {QStringLiteral("kind"), QStringLiteral("'ngo'")},
             {QStringLiteral("parent_id"), QStringLiteral("2")},
             {QStringLiteral("name_key"), QStringLiteral("'neue stiftung'")}};
    } else if (table == QLatin1StringView("person")) {
        c = {{QStringLiteral("given_name"), QStringLiteral("'Anna'")},
             {QStringLiteral("family_name"), QStringLiteral("'Schmidt'")},
             {QStringLiteral("organisation_id"), QStringLiteral("1")},
             {QStringLiteral("email"), QStringLiteral("'anna@example.org'")},
             {QStringLiteral("consent_contact"), QStringLiteral("0")},
             {QStringLiteral("consent_list"), QStringLiteral("1")},
             {QStringLiteral("consent_list_at"), ts},
             {QStringLiteral("consent_photo"), QStringLiteral("0")},
             {QStringLiteral("sort_key"), QStringLiteral("'schmidt anna'")},
             {QStringLiteral("search_key"), QStringLiteral("'anna schmidt anna@example.org'")}};
    } else if (table == QLatin1StringView("venue")) {
        c = {{QStringLiteral("name"), QStringLiteral("'Rathaus'")},
             {QStringLiteral("city"), QStringLiteral("'Köln'")},
             {QStringLiteral("capacity"), QStringLiteral("200")},
             {QStringLiteral("name_key"), QStringLiteral("'rathaus'")}};
    } else if (table == QLatin1StringView("room")) {
        c = {{QStringLiteral("venue_id"), QStringLiteral("1")},
             {QStringLiteral("name"), QStringLiteral("'Foyer Ost'")},
             {QStringLiteral("capacity"), QStringLiteral("40")}};
    } else if (table == QLatin1StringView("series")) {
        c = {{QStringLiteral("name_en"), QStringLiteral("'Bonn Symposium'")},
             {QStringLiteral("name_de"), QStringLiteral("'Bonner Symposium'")},
             {QStringLiteral("name_key"), QStringLiteral("'bonn symposium'")}};
    } else if (table == QLatin1StringView("event")) {
        c = {{QStringLiteral("uid"), QStringLiteral("'new-event@podium'")},
             {QStringLiteral("title_en"), QStringLiteral("'Cities and climate'")},
             {QStringLiteral("series_id"), QStringLiteral("1")},
             {QStringLiteral("start_utc"), QStringLiteral("'2024-05-01T17:00:00Z'")},
             {QStringLiteral("end_utc"), QStringLiteral("'2024-05-01T19:00:00Z'")},
             {QStringLiteral("time_zone"), QStringLiteral("'Europe/Berlin'")},
             {QStringLiteral("all_day"), QStringLiteral("0")},
             {QStringLiteral("venue_id"), QStringLiteral("1")},
             {QStringLiteral("room_id"), QStringLiteral("1")},
             {QStringLiteral("language"), QStringLiteral("'de'")},
             {QStringLiteral("status"), QStringLiteral("'planned'")},
             {QStringLiteral("published"), QStringLiteral("1")},
             {QStringLiteral("published_at"), ts},
             {QStringLiteral("capacity"), QStringLiteral("80")},
             {QStringLiteral("ical_sequence"), QStringLiteral("0")},
             {QStringLiteral("title_key"), QStringLiteral("'cities and climate'")}};
    } else if (table == QLatin1StringView("programme_item")) {
        c = {{QStringLiteral("event_id"), QStringLiteral("1")},
             {QStringLiteral("position"), QStringLiteral("5")},
             {QStringLiteral("start_utc"), QStringLiteral("'2024-05-01T17:00:00Z'")},
             {QStringLiteral("end_utc"), QStringLiteral("'2024-05-01T17:30:00Z'")},
             {QStringLiteral("kind"), QStringLiteral("'talk'")},
             {QStringLiteral("title_en"), QStringLiteral("'Input'")},
             {QStringLiteral("room_id"), QStringLiteral("1")}};
    } else if (table == QLatin1StringView("role")) {
        c = {{QStringLiteral("person_id"), QStringLiteral("2")},
             {QStringLiteral("event_id"), QStringLiteral("1")},
             {QStringLiteral("programme_item_id"), QStringLiteral("1")},
             {QStringLiteral("role"), QStringLiteral("'panellist'")},
             {QStringLiteral("position"), QStringLiteral("1")},
             {QStringLiteral("status"), QStringLiteral("'asked'")}};
    } else if (table == QLatin1StringView("registration")) {
        c = {{QStringLiteral("person_id"), QStringLiteral("1")},
             {QStringLiteral("event_id"), QStringLiteral("2")},
             {QStringLiteral("status"), QStringLiteral("'registered'")},
             {QStringLiteral("registered_at"), ts}};
    } else if (table == QLatin1StringView("document")) {
        c = {{QStringLiteral("event_id"), QStringLiteral("1")},
             {QStringLiteral("title"), QStringLiteral("'Agenda'")},
             {QStringLiteral("kind"), QStringLiteral("'agenda'")},
             {QStringLiteral("url"), QStringLiteral("'https://example.org/agenda.pdf'")},
             {QStringLiteral("position"), QStringLiteral("1")}};
    } else if (table == QLatin1StringView("setting")) {
        c = {{QStringLiteral("key"), QStringLiteral("'logo_text'")},
             {QStringLiteral("value"), QStringLiteral("'Podium'")}};
    } else if (table == QLatin1StringView("change_log")) {
        return {{QStringLiteral("changed_at"), ts},
                {QStringLiteral("user_name"), QStringLiteral("'tester'")},
                {QStringLiteral("table_name"), QStringLiteral("'event'")},
                {QStringLiteral("record_id"), QStringLiteral("1")},
                {QStringLiteral("action"), QStringLiteral("'update'")},
                {QStringLiteral("summary"), QStringLiteral("'Event changed'")}};
    }
    return c + bookkeeping;
}

QString insertWith(const QString &table, const Columns &changes = {})
{
    Columns row = baseRow(table);
    for (const auto &[column, value] : changes) {
        bool replaced = false;
        for (auto &existing : row) {
            if (existing.first == column) {
                existing.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            row.append({column, value});
    }
    QStringList columns, values;
    for (const auto &[column, value] : row) {
        columns << column;
        values << value;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

// The rows every case runs against: two of most things, so that "another
// venue's room" and "another event's item" exist.
const QStringList fixture{
    QStringLiteral("INSERT INTO organisation (id, name, kind, name_key, created_at, modified_at) "
                   "VALUES (1, 'Stiftung Entwicklung und Frieden', 'foundation', "
                   "'stiftung entwicklung und frieden', %1, %1), "
                   "(2, 'Universität Bonn', 'university', 'universitat bonn', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO organisation (id, name, parent_id, name_key, created_at, "
                   "modified_at) VALUES (3, 'Institut für Entwicklung', 2, "
                   "'institut fur entwicklung', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO person (id, given_name, family_name, organisation_id, sort_key, "
                   "search_key, created_at, modified_at) VALUES "
                   "(1, 'Laura', 'Valdés Cano', 1, 'valdes cano laura', 'laura valdes cano', %1, "
                   "%1), (2, 'Jan', 'Łukasik', NULL, 'lukasik jan', 'jan lukasik', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO venue (id, name, city, name_key, created_at, modified_at) VALUES "
                   "(1, 'Haus der Kulturen', 'Berlin', 'haus der kulturen', %1, %1), "
                   "(2, 'Universitätsclub', 'Bonn', 'universitatsclub', %1, %1), "
                   "(3, 'Online-Studio', NULL, 'online-studio', %1, %1), "
                   "(4, 'Leerer Saal', 'Bonn', 'leerer saal', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO room (id, venue_id, name, created_at, modified_at) VALUES "
                   "(1, 1, 'Auditorium', %1, %1), (2, 2, 'Festsaal', %1, %1), "
                   "(3, 1, 'Foyer', %1, %1), (4, 4, 'Saal', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO series (id, name_en, name_key, created_at, modified_at) VALUES "
                   "(1, 'Berlin Summer Dialogue', 'berlin summer dialogue', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO event (id, uid, title_en, series_id, start_utc, end_utc, venue_id, "
                   "room_id, title_key, created_at, modified_at) VALUES "
                   "(1, 'e1@podium', 'Can cities save the world?', 1, '2024-06-01T16:00:00Z', "
                   "'2024-06-01T19:00:00Z', 1, 1, 'can cities save the world?', %1, %1), "
                   "(2, 'e2@podium', 'Partnerships', NULL, '2024-07-01T16:00:00Z', "
                   "'2024-07-01T19:00:00Z', 2, 2, 'partnerships', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO programme_item (id, event_id, position, start_utc, end_utc, kind, "
                   "title_en, room_id, created_at, modified_at) VALUES "
                   "(1, 1, 0, '2024-06-01T16:00:00Z', '2024-06-01T17:00:00Z', 'panel', 'Panel', "
                   "3, %1, %1), "
                   "(2, 2, 0, '2024-07-01T16:00:00Z', '2024-07-01T17:00:00Z', 'keynote', "
                   "'Keynote', NULL, %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO role (id, person_id, event_id, programme_item_id, role, "
                   "created_at, modified_at) VALUES (1, 1, 1, 1, 'panellist', %1, %1), "
                   "(2, 1, 1, NULL, 'chair', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO registration (id, person_id, event_id, status, created_at, "
                   "modified_at) VALUES (1, 2, 1, 'registered', %1, %1), "
                   "(2, 2, 2, 'invited', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO document (id, event_id, title, url, created_at, modified_at) "
                   "VALUES (1, 1, 'Einladung', 'https://example.org/e1.pdf', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO document (id, event_id, title, file_name, mime_type, content, "
                   "created_at, modified_at) VALUES (2, 2, 'Programm', 'programm.pdf', "
                   "'application/pdf', x'255044462D', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO setting (key, value, created_at, modified_at) VALUES "
                   "('foundation_name', 'Stiftung Entwicklung und Frieden', %1, %1)")
        .arg(ts),
    QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, record_id, action, "
                   "summary) VALUES (%1, 'tester', 'event', 1, 'insert', 'Event created')")
        .arg(ts),
};

enum class Kind { Check, NotNull, Unique, ForeignKey };

struct Case
{
    QString name;
    QString table;
    Kind kind;
    QString sql;
    // For a foreign key: "child(columns)->parent", as foreignKeys() names it.
    QString foreignKey;
};

QString fk(const QString &child, const QString &columns, const QString &parent)
{
    return QStringLiteral("%1(%2)->%3").arg(child, columns, parent);
}

QList<Case> handWrittenCases()
{
    const auto check = [](const char *name, const QString &table, const Columns &changes) {
        return Case{QString::fromUtf8(name), table, Kind::Check, insertWith(table, changes), {}};
    };
    const auto checkSql = [](const char *name, const QString &table, const QString &sql) {
        return Case{QString::fromUtf8(name), table, Kind::Check, sql, {}};
    };
    const auto unique = [](const char *name, const QString &table, const Columns &changes) {
        return Case{QString::fromUtf8(name), table, Kind::Unique, insertWith(table, changes), {}};
    };
    const auto foreign = [](const char *name, const QString &table, const QString &sql,
                            const QString &key) {
        return Case{QString::fromUtf8(name), table, Kind::ForeignKey, sql, key};
    };
    const auto L = [](const char *literal) { return QString::fromUtf8(literal); };
    const QString org = QStringLiteral("organisation");
    const QString person = QStringLiteral("person");
    const QString venue = QStringLiteral("venue");
    const QString room = QStringLiteral("room");
    const QString series = QStringLiteral("series");
    const QString event = QStringLiteral("event");
    const QString item = QStringLiteral("programme_item");
    const QString role = QStringLiteral("role");
    const QString reg = QStringLiteral("registration");
    const QString doc = QStringLiteral("document");
    const QString setting = QStringLiteral("setting");
    const QString log = QStringLiteral("change_log");
    const Columns rowVersionZero{{L("row_version"), L("0")}};

    return {
        // organisation
        check("organisation with a blank name", org, {{L("name"), L("'   '")}}),
        check("unknown organisation kind", org, {{L("kind"), L("'club'")}}),
        checkSql("organisation made its own parent", org,
                 L("UPDATE organisation SET parent_id = id WHERE id = 1")),
        check("organisation row version 0", org, rowVersionZero),
        unique("duplicate organisation name", org,
               {{L("name_key"), L("'stiftung entwicklung und frieden'")}}),
        Case{L("organisation renamed to an existing name"),
             org,
             Kind::Unique,
             L("UPDATE organisation SET name_key = 'universitat bonn' WHERE id = 1"),
             {}},
        foreign("organisation with an unknown parent", org,
                insertWith(org, {{L("parent_id"), L("99")}}), fk(org, L("parent_id"), org)),
        foreign("organisation deleted while a person belongs to it", org,
                L("DELETE FROM organisation WHERE id = 1"), fk(person, L("organisation_id"), org)),

        // person
        check("person without any name", person,
              {{L("given_name"), L("NULL")}, {L("family_name"), L("'  '")}}),
        check("e-mail address without @", person, {{L("email"), L("'anna.example.org'")}}),
        check("photo without its type", person,
              {{L("photo"), L("x'FFD8FF'")}, {L("photo_mime_type"), L("NULL")}}),
        check("contact consent without a date", person, {{L("consent_contact"), L("1")}}),
        check("list consent without a date", person, {{L("consent_list_at"), L("NULL")}}),
        check("photo consent without a date", person, {{L("consent_photo"), L("1")}}),
        check("contact consent neither 0 nor 1", person,
              {{L("consent_contact"), L("2")}, {L("consent_contact_at"), ts}}),
        check("list consent neither 0 nor 1", person, {{L("consent_list"), L("-1")}}),
        check("photo consent neither 0 nor 1", person,
              {{L("consent_photo"), L("'yes'")}, {L("consent_photo_at"), ts}}),
        check("person row version 0", person, rowVersionZero),
        foreign("person of an unknown organisation", person,
                insertWith(person, {{L("organisation_id"), L("99")}}),
                fk(person, L("organisation_id"), org)),
        foreign("person with a role deleted", person, L("DELETE FROM person WHERE id = 1"),
                fk(role, L("person_id"), person)),

        // venue and room
        check("venue with a blank name", venue, {{L("name"), L("''")}}),
        check("venue with negative capacity", venue, {{L("capacity"), L("-1")}}),
        check("venue row version 0", venue, rowVersionZero),
        unique("duplicate venue in the same city", venue,
               {{L("name_key"), L("'haus der kulturen'")}, {L("city"), L("'Berlin'")}}),
        unique("duplicate venue without a city", venue,
               {{L("name_key"), L("'online-studio'")}, {L("city"), L("NULL")}}),
        check("room with a blank name", room, {{L("name"), L("' '")}}),
        check("room with negative capacity", room, {{L("capacity"), L("-5")}}),
        check("room row version 0", room, rowVersionZero),
        unique("duplicate room in a venue", room, {{L("name"), L("'Auditorium'")}}),
        foreign("room of an unknown venue", room, insertWith(room, {{L("venue_id"), L("99")}}),
                fk(room, L("venue_id"), venue)),
        foreign("venue deleted while an event is there", venue, L("DELETE FROM venue WHERE id = 2"),
                fk(event, L("venue_id"), venue)),
        foreign("room deleted while an event uses it", room, L("DELETE FROM room WHERE id = 2"),
                fk(event, L("room_id,venue_id"), room)),
        foreign("room moved to another venue while an event uses it", room,
                L("UPDATE room SET venue_id = 2 WHERE id = 1"),
                fk(event, L("room_id,venue_id"), room)),

        // series
        check("series without any name", series,
              {{L("name_en"), L("NULL")}, {L("name_de"), L("''")}}),
        check("series row version 0", series, rowVersionZero),
        unique("duplicate series name", series, {{L("name_key"), L("'berlin summer dialogue'")}}),
        foreign("series deleted while it has events", series, L("DELETE FROM series WHERE id = 1"),
                fk(event, L("series_id"), series)),

        // event
        check("empty event UID", event, {{L("uid"), L("''")}}),
        check("start not a stored instant", event, {{L("start_utc"), L("'2024-05-01 17:00'")}}),
        check("end not a stored instant", event, {{L("end_utc"), L("'2024-05-02'")}}),
        check("empty time zone", event, {{L("time_zone"), L("''")}}),
        check("all-day neither 0 nor 1", event, {{L("all_day"), L("2")}}),
        check("unknown event language", event, {{L("language"), L("'fr'")}}),
        check("unknown event status", event, {{L("status"), L("'done'")}}),
        check("published neither 0 nor 1", event, {{L("published"), L("3")}}),
        check("published without a date", event, {{L("published_at"), L("NULL")}}),
        check("negative event capacity", event, {{L("capacity"), L("-1")}}),
        check("negative iCal sequence", event, {{L("ical_sequence"), L("-1")}}),
        check("event row version 0", event, rowVersionZero),
        check("event without any title", event,
              {{L("title_en"), L("' '")}, {L("title_de"), L("NULL")}}),
        check("event end before start", event, {{L("end_utc"), L("'2024-05-01T16:59:59Z'")}}),
        check("room without a venue", event, {{L("venue_id"), L("NULL")}}),
        unique("duplicate event UID", event, {{L("uid"), L("'e1@podium'")}}),
        foreign("event of an unknown series", event, insertWith(event, {{L("series_id"), L("99")}}),
                fk(event, L("series_id"), series)),
        foreign("event at an unknown venue", event,
                insertWith(event, {{L("venue_id"), L("99")}, {L("room_id"), L("NULL")}}),
                fk(event, L("venue_id"), venue)),
        foreign("room of another venue on an event", event,
                insertWith(event, {{L("venue_id"), L("2")}, {L("room_id"), L("1")}}),
                fk(event, L("room_id,venue_id"), room)),
        foreign("event moved to another venue, keeping its room", event,
                L("UPDATE event SET venue_id = 2 WHERE id = 1"),
                fk(event, L("room_id,venue_id"), room)),

        // programme_item
        check("negative item position", item, {{L("position"), L("-1")}}),
        check("item start not a stored instant", item, {{L("start_utc"), L("'17:00'")}}),
        check("item end not a stored instant", item,
              {{L("end_utc"), L("'2024-05-01T17:30:00+02:00'")}}),
        check("unknown item kind", item, {{L("kind"), L("'concert'")}}),
        check("item row version 0", item, rowVersionZero),
        check("item without any title", item, {{L("title_en"), L("NULL")}}),
        check("item end before start", item, {{L("end_utc"), L("'2024-05-01T16:00:00Z'")}}),
        foreign("item of an unknown event", item, insertWith(item, {{L("event_id"), L("99")}}),
                fk(item, L("event_id"), event)),
        foreign("item in an unknown room", item, insertWith(item, {{L("room_id"), L("99")}}),
                fk(item, L("room_id"), room)),

        // role
        check("unknown role", role, {{L("role"), L("'host'")}}),
        check("negative role position", role, {{L("position"), L("-2")}}),
        check("unknown role status", role, {{L("status"), L("'maybe'")}}),
        check("role row version 0", role, rowVersionZero),
        unique("duplicate role in an item", role,
               {{L("person_id"), L("1")}, {L("role"), L("'panellist'")}}),
        unique("duplicate role on the whole event", role,
               {{L("person_id"), L("1")},
                {L("programme_item_id"), L("NULL")},
                {L("role"), L("'chair'")}}),
        foreign("role of an unknown person", role, insertWith(role, {{L("person_id"), L("99")}}),
                fk(role, L("person_id"), person)),
        foreign("role at an unknown event", role,
                insertWith(role, {{L("event_id"), L("99")}, {L("programme_item_id"), L("NULL")}}),
                fk(role, L("event_id"), event)),
        foreign("role item of another event", role, insertWith(role, {{L("event_id"), L("2")}}),
                fk(role, L("programme_item_id,event_id"), item)),

        // registration
        check("unknown registration status", reg, {{L("status"), L("'pending'")}}),
        check("registration row version 0", reg, rowVersionZero),
        unique("duplicate registration", reg, {{L("person_id"), L("2")}, {L("event_id"), L("1")}}),
        foreign("registration of an unknown person", reg,
                insertWith(reg, {{L("person_id"), L("99")}}), fk(reg, L("person_id"), person)),
        foreign("registration for an unknown event", reg,
                insertWith(reg, {{L("event_id"), L("99")}}), fk(reg, L("event_id"), event)),

        // document
        check("document with a blank title", doc, {{L("title"), L("''")}}),
        check("unknown document kind", doc, {{L("kind"), L("'video'")}}),
        check("negative document position", doc, {{L("position"), L("-1")}}),
        check("document row version 0", doc, rowVersionZero),
        check("document with both url and content", doc,
              {{L("content"), L("x'00'")},
               {L("file_name"), L("'a.pdf'")},
               {L("mime_type"), L("'application/pdf'")}}),
        check("document with neither url nor content", doc, {{L("url"), L("NULL")}}),
        check("document file without a name", doc,
              {{L("url"), L("NULL")},
               {L("content"), L("x'00'")},
               {L("file_name"), L("NULL")},
               {L("mime_type"), L("'application/pdf'")}}),
        check("document over 10 MiB", doc,
              {{L("url"), L("NULL")},
               {L("content"), L("zeroblob(10485761)")},
               {L("file_name"), L("'big.pdf'")},
               {L("mime_type"), L("'application/pdf'")}}),
        foreign("document of an unknown event", doc, insertWith(doc, {{L("event_id"), L("99")}}),
                fk(doc, L("event_id"), event)),

        // setting and change_log
        check("setting with an empty key", setting, {{L("key"), L("''")}}),
        check("setting row version 0", setting, rowVersionZero),
        unique("duplicate setting key", setting, {{L("key"), L("'foundation_name'")}}),
        Case{L("setting with a NULL key"),
             setting,
             Kind::NotNull,
             insertWith(setting, {{L("key"), L("NULL")}}),
             {}},
        check("unknown change action", log, {{L("action"), L("'rename'")}}),
    };
}

// Every NOT NULL column of every table, read from the schema itself so that
// a column added later is covered without a new line here.
QList<Case> notNullCases(Database &db)
{
    QList<Case> cases;
    if (db.isServer()) {
        // An identity column takes no NULL either, but neither does SQLite's
        // INTEGER PRIMARY KEY need one: both choose the next id themselves.
        QSqlQuery columns = db.prepare(QStringLiteral(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema "
            "= current_schema() AND table_name <> 'podium_meta' AND is_nullable = 'NO' AND "
            "is_identity = 'NO' ORDER BY table_name, ordinal_position"));
        Database::exec(columns);
        while (columns.next()) {
            const QString table = columns.value(0).toString();
            const QString column = columns.value(1).toString();
            cases.append({QStringLiteral("%1 without %2").arg(table, column),
                          table,
                          Kind::NotNull,
                          insertWith(table, {{column, QStringLiteral("NULL")}}),
                          {}});
        }
        return cases;
    }
    QSqlQuery tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    Database::exec(tables);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns = db.prepare(QStringLiteral("SELECT name, \"notnull\", pk, type FROM "
                                                      "pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table);
        Database::exec(columns);
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            const bool notNull = columns.value(1).toBool();
            const bool rowId = columns.value(2).toInt() == 1 &&
                               columns.value(3).toString().compare(QLatin1StringView("INTEGER"),
                                                                   Qt::CaseInsensitive) == 0;
            // NULL for an INTEGER PRIMARY KEY means "choose the next id".
            if (!notNull || rowId)
                continue;
            cases.append({QStringLiteral("%1 without %2").arg(table, column),
                          table,
                          Kind::NotNull,
                          insertWith(table, {{column, QStringLiteral("NULL")}}),
                          {}});
        }
    }
    return cases;
}

QStringList tableNames(Database &db)
{
    QStringList out;
    QSqlQuery q = db.prepare(
        db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                             "= current_schema() AND table_name <> 'podium_meta' ORDER BY "
                             "table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' ORDER BY name"));
    Database::exec(q);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Every row of every table, with each value's SQLite type, in a stable order.
QStringList dump(Database &db)
{
    QStringList out;
    for (const QString &table : tableNames(db)) {
        // A server has no rowid; the first column (id, or the key) orders as well.
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                .arg(table, db.isServer() ? QStringLiteral("1") : QStringLiteral("rowid")));
        if (!Database::exec(q)) {
            out << table + QStringLiteral(": unreadable");
            continue;
        }
        while (q.next()) {
            QStringList fields;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                const QVariant v = q.value(i);
                fields << rec.fieldName(i) + QLatin1Char('=') +
                              (v.isNull() ? QStringLiteral("NULL")
                               : v.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(v.toByteArray().toHex())
                                   : v.toString());
            }
            out << table + QStringLiteral(": ") + fields.join(QStringLiteral(", "));
        }
    }
    return out;
}

// SQL written for SQLite in PostgreSQL's words where they differ: blob
// literals.
QString dialect(QString sql, bool server)
{
    if (!server)
        return sql;
    static const QRegularExpression blob(QStringLiteral("\\bx'([0-9A-Fa-f]*)'"));
    static const QRegularExpression zeroBlob(QStringLiteral("\\bzeroblob\\((\\d+)\\)"));
    sql.replace(blob, QStringLiteral("decode('\\1', 'hex')"));
    sql.replace(zeroBlob, QStringLiteral("decode(repeat('00', \\1), 'hex')"));
    return sql;
}

QString firstFailure(Database &db, const QStringList &statements)
{
    for (const QString &raw : statements) {
        const QString statement = dialect(raw, db.isServer());
        QString error;
        if (!db.execute(statement, &error))
            return statement + QStringLiteral(": ") + error;
    }
    return {};
}

// "child(from columns)->parent" for every foreign key of the schema.
QSet<QString> foreignKeys(Database &db)
{
    QSet<QString> keys;
    if (db.isServer()) {
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT child.relname, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM "
            "unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = "
            "c.conrelid AND a.attnum = k.attnum), parent.relname FROM pg_constraint c JOIN "
            "pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = "
            "c.confrelid JOIN pg_namespace n ON n.oid = child.relnamespace WHERE c.contype = 'f' "
            "AND n.nspname = current_schema()"));
        Database::exec(q);
        while (q.next())
            keys.insert(fk(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        return keys;
    }
    for (const QString &table : tableNames(db)) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id, \"table\", \"from\" FROM "
                                                "pragma_foreign_key_list(?) ORDER BY id, seq"));
        q.addBindValue(table);
        Database::exec(q);
        QMap<int, QPair<QString, QStringList>> byId;
        while (q.next()) {
            auto &entry = byId[q.value(0).toInt()];
            entry.first = q.value(1).toString();
            entry.second << q.value(2).toString();
        }
        for (const auto &entry : std::as_const(byId))
            keys.insert(fk(table, entry.second.join(QLatin1Char(',')), entry.first));
    }
    return keys;
}

// What SQLite names in "UNIQUE constraint failed: …" for each unique index
// that can be broken on its own.
QSet<QString> uniqueTargets(Database &db)
{
    QSet<QString> targets;
    if (db.isServer()) {
        // PostgreSQL names the index or constraint; those over the id serve
        // composite foreign keys or are the primary key, as below.
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN "
            "pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE x.indisunique AND n.nspname = current_schema() AND t.relname <> "
            "'podium_meta' AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = "
            "t.oid AND a.attnum = ANY (x.indkey) AND a.attname = 'id')"));
        Database::exec(q);
        while (q.next())
            targets.insert(q.value(0).toString());
        return targets;
    }
    for (const QString &table : tableNames(db)) {
        QSqlQuery indexes = db.prepare(
            QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1"));
        indexes.addBindValue(table);
        Database::exec(indexes);
        while (indexes.next()) {
            const QString index = indexes.value(0).toString();
            QSqlQuery columns = db.prepare(
                QStringLiteral("SELECT name, cid FROM pragma_index_xinfo(?) WHERE key = 1 "
                               "ORDER BY seqno"));
            columns.addBindValue(index);
            Database::exec(columns);
            QStringList names;
            bool expression = false;
            bool rowId = false;
            while (columns.next()) {
                if (columns.value(1).toInt() == -2)
                    expression = true;
                const QString name = columns.value(0).toString();
                if (name == QLatin1StringView("id"))
                    rowId = true;
                names << table + QLatin1Char('.') + name;
            }
            // UNIQUE (id, x) only serves as the target of a composite
            // foreign key; the id alone is unique already, so it cannot be
            // broken without breaking the primary key first.
            if (rowId)
                continue;
            targets.insert(expression ? QStringLiteral("index '%1'").arg(index)
                                      : names.join(QStringLiteral(", ")));
        }
    }
    return targets;
}

// The text of every CHECK in the schema, as "table: expression".
QSet<QString> checkExpressions(Database &db)
{
    QSet<QString> out;
    if (db.isServer()) {
        // PostgreSQL's messages name a check constraint rather than quote it.
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT r.relname, c.conname FROM pg_constraint c JOIN pg_class r ON r.oid = "
            "c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace WHERE c.contype = 'c' AND "
            "n.nspname = current_schema()"));
        Database::exec(q);
        while (q.next())
            out.insert(q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString());
        return out;
    }
    static const QRegularExpression checkWord(QStringLiteral("\\bCHECK\\s*\\("));
    for (const QString &table : tableNames(db)) {
        const QString sql =
            db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {table})
                .toString();
        auto it = checkWord.globalMatch(sql);
        while (it.hasNext()) {
            const auto match = it.next();
            int depth = 1;
            qsizetype i = match.capturedEnd();
            const qsizetype begin = i;
            bool quoted = false;
            for (; i < sql.size() && depth > 0; ++i) {
                const QChar c = sql.at(i);
                if (c == QLatin1Char('\''))
                    quoted = !quoted;
                else if (!quoted && c == QLatin1Char('('))
                    ++depth;
                else if (!quoted && c == QLatin1Char(')'))
                    --depth;
            }
            out.insert(table + QStringLiteral(": ") + sql.mid(begin, i - 1 - begin).simplified());
        }
    }
    return out;
}

QString kindWord(Kind kind, bool server)
{
    if (server) {
        switch (kind) {
        case Kind::Check:
            return QStringLiteral("violates check constraint");
        case Kind::NotNull:
            return QStringLiteral("violates not-null constraint");
        case Kind::Unique:
            return QStringLiteral("violates unique constraint");
        case Kind::ForeignKey:
            return QStringLiteral("violates foreign key constraint");
        }
    }
    switch (kind) {
    case Kind::Check:
        return QStringLiteral("CHECK constraint failed");
    case Kind::NotNull:
        return QStringLiteral("NOT NULL constraint failed");
    case Kind::Unique:
        return QStringLiteral("UNIQUE constraint failed");
    case Kind::ForeignKey:
        return QStringLiteral("FOREIGN KEY constraint failed");
    }
    return {};
}

// What SQLite names after "<kind> constraint failed: "; on a server, the
// constraint PostgreSQL names, or "table.column" for a missing value.
QString constraintDetail(const QString &error, Kind kind, bool server)
{
    if (server) {
        static const QRegularExpression notNull(
            QStringLiteral("null value in column \"([^\"]+)\" of relation \"([^\"]+)\""));
        static const QRegularExpression named(QStringLiteral("constraint \"([^\"]+)\""));
        if (kind == Kind::NotNull) {
            const auto m = notNull.match(error);
            return m.hasMatch() ? m.captured(2) + QLatin1Char('.') + m.captured(1) : QString();
        }
        const auto m = named.match(error);
        return m.hasMatch() ? m.captured(1) : QString();
    }
    const QString word = kindWord(kind, false);
    const qsizetype at = error.indexOf(word);
    if (at < 0)
        return {};
    return error.mid(at + word.size()).remove(0, 2).trimmed();
}

// "table.column" for every NOT NULL column but the row ids.
QSet<QString> notNullColumns(Database &db)
{
    QSet<QString> out;
    for (const Case &c : notNullCases(db)) {
        QString name = c.name;
        out.insert(name.replace(QStringLiteral(" without "), QStringLiteral(".")));
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void fixtureIsConsistent();
    void baseRowsAreValid_data();
    void baseRowsAreValid();
    void violations_data();
    void violations();
    void everyConstraintIsViolatedOnce();
    void textPrimaryKeysAreNotNull();

    void deletingAnEventTakesWhatBelongsToIt();
    void deletingAPersonWithARoleIsRefused();
    void deletingAPersonTakesTheirRegistrations();
    void deletingAParentOrganisationSetsParentNull();
    void deletingAVenueTakesItsRooms();
    void deletingARoomFreesItsProgrammeItems();
    void deletingAProgrammeItemTakesItsRoles();

private:
    // A file, or a database on the server named by PODIUM_TEST_SERVER: the
    // fixture once, and a copy of it for each test.
    Testing::TestDatabases m_templates;
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_template;
    QList<Case> m_cases;
    QStringList m_tables;
};

void TestConstraints::initTestCase()
{
    // One database with the fixture, copied for each test: building it
    // afresh every time would spend most of the run waiting for fsync.
    auto opened = m_templates.create(QStringLiteral("template.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_template = m_templates.lastLocation();
    const QString failure = firstFailure(*opened.database, fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const bool server = opened.database->isServer();
    m_tables = tableNames(*opened.database);
    if (server) {
        // The fixture chose its ids itself; the server's id sequences must
        // go on after them, as SQLite's next rowid does.
        for (const QString &table : std::as_const(m_tables)) {
            if (table == QLatin1StringView("setting"))
                continue;
            QVERIFY(opened.database->execute(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT "
                               "max(id) FROM %1))")
                    .arg(table)));
        }
    }
    // The NOT NULL cases come from the schema.
    m_cases = handWrittenCases() + notNullCases(*opened.database);
    for (Case &c : m_cases) {
        c.sql = dialect(c.sql, server);
        // SQLite stores text in an INTEGER column unless a CHECK stops it;
        // PostgreSQL's column type refuses it before any CHECK, so there the
        // CHECK is broken with a number that is neither 0 nor 1.
        if (server && c.name == QLatin1StringView("photo consent neither 0 nor 1"))
            c.sql.replace(QStringLiteral("'yes'"), QStringLiteral("2"));
    }
}

void TestConstraints::init()
{
    const QString location = m_databases.copyOf(m_template, QStringLiteral("constraints.podium"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_databases.error()));
    auto opened = Database::open(location, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
}

void TestConstraints::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
}

void TestConstraints::cleanupTestCase()
{
    m_cases.clear();
}

// SQLite checks foreign keys of a file on request; a server checks each
// reference as it is written, so there it cannot hold a dangling one.
void verifyNoDanglingReferences(Database &db)
{
    if (db.isServer())
        return;
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(Database::exec(q));
    QVERIFY(!q.next());
}

void TestConstraints::fixtureIsConsistent()
{
    if (!m_db->isServer())
        QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    verifyNoDanglingReferences(*m_db);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM role")).toInt(), 2);
}

void TestConstraints::baseRowsAreValid_data()
{
    QTest::addColumn<QString>("table");
    // _data runs before init(), so the tables come from initTestCase().
    QVERIFY(!m_tables.isEmpty());
    for (const QString &table : std::as_const(m_tables))
        QTest::newRow(qPrintable(table)) << table;
}

void TestConstraints::baseRowsAreValid()
{
    QFETCH(QString, table);
    QString error;
    const QString sql = dialect(insertWith(table), m_db->isServer());
    QVERIFY2(m_db->execute(sql, &error), qPrintable(sql + error));
    verifyNoDanglingReferences(*m_db);
}

void TestConstraints::violations_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("foreignKey");
    QVERIFY(!m_cases.isEmpty());
    QSet<QString> names;
    for (const Case &c : std::as_const(m_cases)) {
        QVERIFY2(!names.contains(c.name), qPrintable(c.name));
        names.insert(c.name);
        QTest::newRow(qPrintable(c.name)) << c.table << c.kind << c.sql << c.foreignKey;
    }
}

void TestConstraints::violations()
{
    QFETCH(QString, table);
    QFETCH(Kind, kind);
    QFETCH(QString, sql);
    QFETCH(QString, foreignKey);

    const QStringList before = dump(*m_db);
    QString error;
    QVERIFY2(!m_db->execute(sql, &error), qPrintable(QStringLiteral("accepted: ") + sql));
    QVERIFY2(error.contains(kindWord(kind, m_db->isServer())), qPrintable(error));
    QCOMPARE(dump(*m_db), before);

    // The person reading the message sees a sentence, not the database's words.
    const QString explained = RecordStore::explainConstraint(error);
    QVERIFY2(!explained.contains(QStringLiteral("constraint failed")), qPrintable(explained));
    QVERIFY2(!explained.contains(QStringLiteral("violates")), qPrintable(explained));
    QVERIFY2(!explained.contains(QStringLiteral("not allowed here")), qPrintable(explained));
    QVERIFY2(explained.endsWith(QLatin1Char('.')), qPrintable(explained));

    if (kind == Kind::NotNull)
        QVERIFY2(
            constraintDetail(error, kind, m_db->isServer()).startsWith(table + QLatin1Char('.')),
            qPrintable(error));
    if (kind == Kind::ForeignKey)
        QVERIFY(!foreignKey.isEmpty());
}

void TestConstraints::everyConstraintIsViolatedOnce()
{
    // Whatever the schema declares, some case breaks it: a constraint added
    // later without a case here fails this test.
    QSet<QString> brokenChecks, brokenForeignKeys, brokenUniques, brokenNotNulls;
    for (const Case &c : std::as_const(m_cases)) {
        Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        QString error;
        QVERIFY2(!m_db->execute(c.sql, &error), qPrintable(c.name));
        const QString detail = constraintDetail(error, c.kind, m_db->isServer());
        switch (c.kind) {
        case Kind::Check:
            brokenChecks.insert(c.table + QStringLiteral(": ") + detail.simplified());
            break;
        case Kind::NotNull:
            brokenNotNulls.insert(detail);
            break;
        case Kind::Unique:
            brokenUniques.insert(detail);
            break;
        case Kind::ForeignKey:
            brokenForeignKeys.insert(c.foreignKey);
            break;
        }
    }

    const QSet<QString> checks = checkExpressions(*m_db);
    QVERIFY(checks.size() > 50);
    for (const QString &check : checks)
        QVERIFY2(brokenChecks.contains(check),
                 qPrintable(QStringLiteral("never broken: ") + check));
    QCOMPARE(brokenChecks, checks);

    const QSet<QString> keys = foreignKeys(*m_db);
    for (const QString &key : keys)
        QVERIFY2(brokenForeignKeys.contains(key),
                 qPrintable(QStringLiteral("never broken: ") + key));
    QCOMPARE(brokenForeignKeys, keys);

    const QSet<QString> uniques = uniqueTargets(*m_db);
    for (const QString &unique : uniques)
        QVERIFY2(brokenUniques.contains(unique),
                 qPrintable(QStringLiteral("never broken: ") + unique));
    QCOMPARE(brokenUniques, uniques);

    const QSet<QString> notNulls = notNullColumns(*m_db);
    QCOMPARE(brokenNotNulls, notNulls);
}

void TestConstraints::textPrimaryKeysAreNotNull()
{
    // SQLite lets NULL into a PRIMARY KEY that is not an INTEGER PRIMARY KEY
    // (a bug kept for compatibility), and NULLs never clash with each other,
    // so such a key needs its own NOT NULL.
    for (const QString &table : tableNames(*m_db)) {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "SELECT name, type, \"notnull\" FROM pragma_table_info(?) WHERE pk > 0"));
        q.addBindValue(table);
        QVERIFY(Database::exec(q));
        while (q.next()) {
            if (q.value(1).toString().compare(QLatin1StringView("INTEGER"), Qt::CaseInsensitive) ==
                0)
                continue;
            QVERIFY2(q.value(2).toBool(),
                     qPrintable(table + QLatin1Char('.') + q.value(0).toString()));
        }
    }
}

void TestConstraints::deletingAnEventTakesWhatBelongsToIt()
{
    const QString count = QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?");
    const QStringList dependants{QStringLiteral("programme_item"), QStringLiteral("role"),
                                 QStringLiteral("registration"), QStringLiteral("document")};
    for (const QString &table : dependants)
        QVERIFY2(m_db->scalar(count.arg(table), {1}).toInt() > 0, qPrintable(table));
    const QStringList otherEvent = [&] {
        QStringList rows;
        for (const QString &line : dump(*m_db)) {
            if (line.contains(QStringLiteral("event_id=2")))
                rows << line;
        }
        return rows;
    }();

    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM event WHERE id = 1"), &error),
             qPrintable(error));
    for (const QString &table : dependants)
        QCOMPARE(m_db->scalar(count.arg(table), {1}).toInt(), 0);
    // The other event keeps everything.
    QStringList after;
    for (const QString &line : dump(*m_db)) {
        if (line.contains(QStringLiteral("event_id=2")))
            after << line;
    }
    QCOMPARE(after, otherEvent);
    // People, venues and rooms stay.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM room WHERE venue_id = 1")).toInt(),
             2);
    verifyNoDanglingReferences(*m_db);
}

void TestConstraints::deletingAPersonWithARoleIsRefused()
{
    const QStringList before = dump(*m_db);
    QString error;
    QVERIFY(!m_db->execute(QStringLiteral("DELETE FROM person WHERE id = 1"), &error));
    QVERIFY2(error.contains(kindWord(Kind::ForeignKey, m_db->isServer()), Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(dump(*m_db), before);
    // Once the roles are removed, deliberately, the person can go.
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM role WHERE person_id = 1")));
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM person WHERE id = 1"), &error),
             qPrintable(error));
}

void TestConstraints::deletingAPersonTakesTheirRegistrations()
{
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = 2"))
                 .toInt(),
             2);
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM person WHERE id = 2"), &error),
             qPrintable(error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt(), 0);
}

void TestConstraints::deletingAParentOrganisationSetsParentNull()
{
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT parent_id FROM organisation WHERE id = 3")),
             QVariant(qint64(2)));
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM organisation WHERE id = 2"), &error),
             qPrintable(error));
    const QVariant parent =
        m_db->scalar(QStringLiteral("SELECT parent_id FROM organisation WHERE id = 3"));
    QVERIFY(parent.isValid());
    QVERIFY(parent.isNull());
}

void TestConstraints::deletingAVenueTakesItsRooms()
{
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM venue WHERE id = 4"), &error),
             qPrintable(error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM room WHERE venue_id = 4")).toInt(),
             0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM room")).toInt(), 3);
}

void TestConstraints::deletingARoomFreesItsProgrammeItems()
{
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM room WHERE id = 3"), &error),
             qPrintable(error));
    const QVariant room =
        m_db->scalar(QStringLiteral("SELECT room_id FROM programme_item WHERE id = 1"));
    QVERIFY(room.isValid());
    QVERIFY(room.isNull());
}

void TestConstraints::deletingAProgrammeItemTakesItsRoles()
{
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM programme_item WHERE id = 1"), &error),
             qPrintable(error));
    // The panellist's seat goes with the panel; the chair of the evening stays.
    QCOMPARE(m_db->scalar(m_db->isServer()
                              ? QStringLiteral("SELECT string_agg(role, ',') FROM role")
                              : QStringLiteral("SELECT group_concat(role) FROM role"))
                 .toString(),
             QStringLiteral("chair"));
}

// SQLite's NULL in a non-integer PRIMARY KEY is a quirk of SQLite files; a
// server's primary key is NOT NULL by definition.
PODIUM_BACKEND_TEST_MAIN(TestConstraints, QStringList{QStringLiteral("textPrimaryKeysAreNotNull")})
#include "tst_constraints.moc"
