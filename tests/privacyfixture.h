// A small database for the data-protection tests: people who attended past
// events, registered for coming ones, spoke, and agreed (or not) to be
// contacted. Shared by tst_privacy, tst_duplicates and tst_privacyui; the
// helpers read the schema from its catalogue, so they work on a file and on
// a server alike.
#pragma once

#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/organisation.h"
#include "domain/organisationrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "domain/registration.h"
#include "domain/registrationrepository.h"
#include "domain/role.h"
#include "domain/rolerepository.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/schemacatalog.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace PrivacyFixture {

using namespace Podium;

struct Ids
{
    qint64 organisation = 0;
    qint64 pastEvent = 0;   // three years ago
    qint64 recentEvent = 0; // two months ago
    qint64 comingEvent = 0; // next month
    qint64 laura = 0;       // attended, registered again, chaired; agreed to be contacted
    qint64 max = 0;         // attended, registered for the coming event; no consent
    qint64 erika = 0;       // speaker only; agreed to be contacted
    qint64 ola = 0;         // attended long ago only; no consent: anonymised by retention
    qint64 olaf = 0;        // cancelled long ago only; no consent: anonymised by retention
    qint64 kai = 0;         // did not come long ago; agreed to be contacted
};

inline qint64 addEvent(Database &db, const QString &title, const QDateTime &start,
                       const QString &notes = {})
{
    Event e;
    e.title.en = title;
    e.start = start;
    e.end = start.addSecs(2 * 3600);
    e.notes = notes;
    QString error;
    if (!EventRepository(db).insert(e, &error))
        qFatal("cannot add event: %s", qPrintable(error));
    return e.id;
}

inline qint64 addPerson(Database &db, const QString &given, const QString &family,
                        const QString &email, qint64 organisation, bool contact,
                        const QString &notes = {})
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    p.email = email;
    p.organisationId = organisation;
    p.notes = notes;
    p.phone = QStringLiteral("+49 228 959250");
    p.consentContact.given = contact;
    QString error;
    if (!PersonRepository(db).insert(p, &error))
        qFatal("cannot add person: %s", qPrintable(error));
    return p.id;
}

inline void addRegistration(Database &db, qint64 person, qint64 event, RegistrationStatus status,
                            const QString &needs = {})
{
    Registration r;
    r.personId = person;
    r.eventId = event;
    r.status = status;
    r.needs = needs;
    QString error;
    if (!RegistrationRepository(db).insert(r, &error))
        qFatal("cannot add registration: %s", qPrintable(error));
}

inline void addRole(Database &db, qint64 person, qint64 event, RoleKind kind,
                    const QString &affiliation)
{
    Role r;
    r.personId = person;
    r.eventId = event;
    r.kind = kind;
    r.affiliation.en = affiliation;
    r.status = RoleStatus::Confirmed;
    QString error;
    if (!RoleRepository(db).insert(r, &error))
        qFatal("cannot add role: %s", qPrintable(error));
}

inline Ids populate(Database &db)
{
    Ids ids;
    const QDateTime now = Clock::nowUtc();
    Organisation o;
    o.name = QStringLiteral("Example Institute; Research, Policy");
    o.notes = QStringLiteral("Write to laura.valdes@example.org for invoices.");
    QString error;
    if (!OrganisationRepository(db).insert(o, &error))
        qFatal("cannot add organisation: %s", qPrintable(error));
    ids.organisation = o.id;
    ids.pastEvent = addEvent(db, QStringLiteral("Old Dialogue"), now.addYears(-3));
    ids.recentEvent = addEvent(db, QStringLiteral("Recent Dialogue"), now.addMonths(-2),
                               QString::fromUtf8("Call Laura Valdés Cano about the slides."));
    ids.comingEvent = addEvent(db, QStringLiteral("Coming Dialogue"), now.addMonths(1));

    ids.laura = addPerson(db, QStringLiteral("Laura"), QString::fromUtf8("Valdés Cano"),
                          QStringLiteral("laura.valdes@example.org"), ids.organisation, true,
                          QStringLiteral("Prefers Spanish."));
    ids.max = addPerson(db, QStringLiteral("Max"), QStringLiteral("Mustermann"),
                        QStringLiteral("max@example.org"), 0, false);
    ids.erika = addPerson(db, QStringLiteral("Erika"), QStringLiteral("Redner"),
                          QStringLiteral("erika@example.org"), ids.organisation, true);
    ids.ola = addPerson(db, QStringLiteral("Ola"), QStringLiteral("Nordmann"),
                        QStringLiteral("ola@example.org"), 0, false);
    ids.olaf = addPerson(db, QStringLiteral("Olaf"), QStringLiteral("Svensson"),
                         QStringLiteral("olaf@example.org"), 0, false);
    ids.kai = addPerson(db, QStringLiteral("Kai"), QStringLiteral("Kontakt"),
                        QStringLiteral("kai@example.org"), 0, true);

    addRegistration(db, ids.laura, ids.pastEvent, RegistrationStatus::Attended,
                    QStringLiteral("vegetarian"));
    addRegistration(db, ids.laura, ids.recentEvent, RegistrationStatus::Attended);
    addRegistration(db, ids.laura, ids.comingEvent, RegistrationStatus::Registered);
    addRegistration(db, ids.max, ids.pastEvent, RegistrationStatus::Attended);
    addRegistration(db, ids.max, ids.comingEvent, RegistrationStatus::Registered);
    addRegistration(db, ids.ola, ids.pastEvent, RegistrationStatus::Attended);
    addRegistration(db, ids.olaf, ids.pastEvent, RegistrationStatus::Cancelled);
    addRegistration(db, ids.kai, ids.pastEvent, RegistrationStatus::NoShow);
    addRegistration(db, ids.erika, ids.pastEvent, RegistrationStatus::Attended);
    addRole(db, ids.laura, ids.pastEvent, RoleKind::Chair, QStringLiteral("Example Institute"));
    addRole(db, ids.laura, ids.comingEvent, RoleKind::Moderator,
            QStringLiteral("Example Institute"));
    addRole(db, ids.erika, ids.pastEvent, RoleKind::Panellist, QStringLiteral("Example Institute"));
    addRole(db, ids.erika, ids.comingEvent, RoleKind::Speaker, QStringLiteral("Example Institute"));

    // One more change, so that the change log holds an update about Laura.
    Person laura = *PersonRepository(db).find(ids.laura);
    laura.phone = QStringLiteral("+34 91 000 0000");
    if (!PersonRepository(db).update(laura, &error))
        qFatal("cannot update person: %s", qPrintable(error));
    return ids;
}

/** Podium's tables, from the database's own catalogue, by name. */
inline QStringList tables(const Database &db)
{
    QStringList all;
    QString error;
    if (!SchemaCatalog::tables(db, &all, &error))
        qFatal("cannot list tables: %s", qPrintable(error));
    all.removeIf([](const QString &t) { return SchemaCatalog::isBookkeeping(t); });
    return all;
}

/** Every value of every text column of every table, as (table.column, value). */
inline QList<QPair<QString, QString>> allText(const Database &db)
{
    QList<QPair<QString, QString>> out;
    for (const QString &table : tables(db)) {
        QList<SchemaCatalog::Column> columns;
        if (!SchemaCatalog::columns(db, table, &columns))
            qFatal("cannot read columns");
        QStringList text;
        for (const SchemaCatalog::Column &c : std::as_const(columns)) {
            if (c.text)
                text << c.name;
        }
        if (text.isEmpty())
            qFatal("no text columns in %s", qPrintable(table));
        for (const QString &column : std::as_const(text)) {
            QSqlQuery q = db.prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
            if (!Database::exec(q))
                qFatal("cannot read %s", qPrintable(table));
            while (q.next())
                out.append({table + QLatin1Char('.') + column, q.value(0).toString()});
        }
    }
    return out;
}

/** Rows of @p table as text, without the bookkeeping that undo may move on. */
inline QStringList rows(const Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    if (!Database::exec(q))
        qFatal("cannot read %s", qPrintable(table));
    while (q.next()) {
        QStringList values;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            const QString name = rec.fieldName(i);
            if (name == QLatin1StringView("modified_at") ||
                name == QLatin1StringView("row_version"))
                continue;
            values << name + QLatin1Char('=') + q.value(i).toString();
        }
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

/**
 * Rows whose foreign key names no row, as "table column=value"; empty for a
 * consistent database. Read from the catalogue and checked with one query
 * per key, alike on both backends (PRAGMA foreign_key_check is SQLite's).
 */
inline QStringList foreignKeyProblems(const Database &db)
{
    QStringList out;
    for (const QString &table : tables(db)) {
        QList<SchemaCatalog::ForeignKey> keys;
        if (!SchemaCatalog::foreignKeys(db, table, &keys))
            return {QStringLiteral("cannot read the foreign keys of ") + table};
        for (const SchemaCatalog::ForeignKey &key : std::as_const(keys)) {
            QStringList set;
            QStringList match;
            for (qsizetype i = 0; i < key.columns.size(); ++i) {
                set << QStringLiteral("c.%1 IS NOT NULL").arg(key.columns.at(i));
                match << QStringLiteral("p.%1 = c.%2")
                             .arg(key.parentColumns.at(i), key.columns.at(i));
            }
            QSqlQuery q = db.prepare(
                QStringLiteral("SELECT c.%1 FROM %2 c WHERE %3 AND NOT EXISTS (SELECT 1 FROM %4 p "
                               "WHERE %5)")
                    .arg(key.columns.first(), table, set.join(QStringLiteral(" AND ")), key.parent,
                         match.join(QStringLiteral(" AND "))));
            if (!Database::exec(q))
                return {QStringLiteral("cannot check ") + table};
            while (q.next())
                out << QStringLiteral("%1 %2=%3")
                           .arg(table, key.columns.first(), q.value(0).toString());
        }
    }
    return out;
}

} // namespace PrivacyFixture
