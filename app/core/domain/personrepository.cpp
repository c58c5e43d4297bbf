#include "personrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace Podium {

namespace {

const QString table = QStringLiteral("person");

Consent consentFrom(const StoredRow &row, const char *flag, const char *at)
{
    return {row.flag(flag), row.instant(at)};
}

Person fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Person p;
    p.id = row.id("id");
    p.honorific = row.text("honorific");
    p.givenName = row.text("given_name");
    p.familyName = row.text("family_name");
    p.position = row.text("position");
    p.organisationId = row.id("organisation_id");
    p.email = row.text("email");
    p.phone = row.text("phone");
    p.biography = row.text("biography");
    p.photo = row.bytes("photo");
    p.photoMimeType = row.text("photo_mime_type");
    p.notes = row.text("notes");
    p.consentContact = consentFrom(row, "consent_contact", "consent_contact_at");
    p.consentList = consentFrom(row, "consent_list", "consent_list_at");
    p.consentPhoto = consentFrom(row, "consent_photo", "consent_photo_at");
    p.createdAt = row.instant("created_at");
    p.modifiedAt = row.instant("modified_at");
    p.rowVersion = row.integer("row_version");
    return p;
}

QList<Person> fromRows(const QList<QVariantMap> &rows)
{
    QList<Person> out;
    out.reserve(rows.size());
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

RecordStore::Values toValues(const Person &p)
{
    return {
        {QStringLiteral("honorific"), ColumnValue::text(p.honorific)},
        {QStringLiteral("given_name"), ColumnValue::text(p.givenName.trimmed())},
        {QStringLiteral("family_name"), ColumnValue::text(p.familyName.trimmed())},
        {QStringLiteral("position"), ColumnValue::text(p.position)},
        {QStringLiteral("organisation_id"), ColumnValue::id(p.organisationId)},
        {QStringLiteral("email"), ColumnValue::text(p.email.trimmed())},
        {QStringLiteral("phone"), ColumnValue::text(p.phone)},
        {QStringLiteral("biography"), ColumnValue::text(p.biography)},
        {QStringLiteral("photo"), ColumnValue::blob(p.photo)},
        {QStringLiteral("photo_mime_type"), ColumnValue::text(p.photoMimeType)},
        {QStringLiteral("notes"), ColumnValue::text(p.notes)},
        {QStringLiteral("consent_contact"), ColumnValue::flag(p.consentContact.given)},
        {QStringLiteral("consent_contact_at"), ColumnValue::instant(p.consentContact.at)},
        {QStringLiteral("consent_list"), ColumnValue::flag(p.consentList.given)},
        {QStringLiteral("consent_list_at"), ColumnValue::instant(p.consentList.at)},
        {QStringLiteral("consent_photo"), ColumnValue::flag(p.consentPhoto.given)},
        {QStringLiteral("consent_photo_at"), ColumnValue::instant(p.consentPhoto.at)},
        {QStringLiteral("sort_key"), PersonRepository::sortKey(p)},
        {QStringLiteral("search_key"), PersonRepository::searchKey(p)},
    };
}

// organisation_key of a person without an organisation: '', not NULL (the
// column is NOT NULL, and a null QString is bound as NULL).
QString noOrganisationKey()
{
    return QString::fromLatin1("");
}

// Why a speaker is not deleted: the schema refuses it, and this says why in words.
QString rolesRefusal(const QString &name, int roles)
{
    return roles == 1 ? QCoreApplication::translate("Podium::PersonRepository",
                                                    "%1 cannot be deleted while they have a role "
                                                    "at an event. Remove the role first.")
                            .arg(name)
                      : QCoreApplication::translate("Podium::PersonRepository",
                                                    "%1 cannot be deleted while they have %2 roles "
                                                    "at events. Remove the roles first.")
                            .arg(name)
                            .arg(roles);
}

} // namespace

QString PersonRepository::sortKey(const Person &person)
{
    return foldText(person.familyName + QLatin1Char(' ') + person.givenName);
}

QString PersonRepository::searchKey(const Person &person)
{
    return foldText(person.givenName + QLatin1Char(' ') + person.familyName + QLatin1Char(' ') +
                    person.email);
}

QHash<qint64, QString> PersonRepository::organisationKeys(const QList<qint64> &ids) const
{
    QHash<qint64, QString> keys;
    if (ids.isEmpty())
        return keys;
    keys.reserve(ids.size());
    for (const QVariantMap &row :
         selectForIds(QStringLiteral("SELECT id, name_key FROM organisation WHERE id IN "), ids)) {
        keys.insert(row.value(QStringLiteral("id")).toLongLong(),
                    row.value(QStringLiteral("name_key")).toString());
    }
    return keys;
}

Person PersonRepository::withDatedConsents(Person person)
{
    const QDateTime now = Clock::nowUtc();
    for (Consent *c : {&person.consentContact, &person.consentList, &person.consentPhoto})
        c->set(c->given, c->at, now);
    return person;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<Person> PersonRepository::all() const
{
    return fromRows(select(QStringLiteral("SELECT * FROM person ORDER BY sort_key, id")));
}

QList<Person> PersonRepository::search(const QString &text, int limit) const
{
    // Every word must occur somewhere, so "laura cano" finds Laura Valdés Cano.
    const QStringList words = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList conditions;
    QVariantList bindings;
    for (const QString &word : words) {
        conditions << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        bindings << containsPattern(word);
    }
    QString sql = QStringLiteral("SELECT * FROM person");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY sort_key, id");
    // No limit is no LIMIT clause: PostgreSQL refuses SQLite's LIMIT -1.
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << limit;
    }
    return fromRows(select(sql, bindings));
}

QList<Person> PersonRepository::withEmail(const QString &email) const
{
    return fromRows(select(
        QStringLiteral("SELECT * FROM person WHERE lower(email) = lower(?) ORDER BY sort_key, id"),
        {email.trimmed()}));
}

QList<Person> PersonRepository::ofOrganisation(qint64 organisationId) const
{
    return fromRows(select(
        QStringLiteral("SELECT * FROM person WHERE organisation_id = ? ORDER BY sort_key, id"),
        {organisationId}));
}

bool PersonRepository::insert(Person &person, QString *error)
{
    if (!acceptIfValid(validate(person), error))
        return false;
    const Person stored = withDatedConsents(person);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    RecordStore::Values values = toValues(stored);
    QString organisationKey = noOrganisationKey();
    if (stored.organisationId != 0) {
        const QVariantMap organisation =
            selectOne(QStringLiteral("SELECT name_key FROM organisation WHERE id = ?"),
                      {stored.organisationId});
        if (organisation.isEmpty())
            return fail(error, QCoreApplication::translate("Podium::PersonRepository",
                                                           "The organisation no longer exists."));
        organisationKey = organisation.value(QStringLiteral("name_key")).toString();
    }
    values.append({QStringLiteral("organisation_key"), organisationKey});
    const qint64 id = m_store.insert(
        table, values, QStringLiteral("Person “%1” created").arg(stored.fullName()), error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    person = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool PersonRepository::insertMany(QList<Person> &people, QString *error, qsizetype *failedIndex)
{
    if (failedIndex)
        *failedIndex = -1;
    QList<RecordStore::Values> rows;
    QStringList summaries;
    rows.reserve(people.size());
    summaries.reserve(people.size());
    QList<Person> stored;
    stored.reserve(people.size());
    QList<qint64> organisationIds;
    QSet<qint64> seen;
    for (const Person &p : std::as_const(people)) {
        if (p.organisationId != 0 && !seen.contains(p.organisationId)) {
            seen.insert(p.organisationId);
            organisationIds << p.organisationId;
        }
    }
    // An organisation that does not exist gets no key here; RecordStore
    // refuses its row, naming it, when it checks the references.
    const QHash<qint64, QString> keys = organisationKeys(organisationIds);
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!acceptIfValid(validate(people.at(i)), error)) {
            if (failedIndex)
                *failedIndex = i;
            return false;
        }
        stored.append(withDatedConsents(people.at(i)));
        rows.append(toValues(stored.constLast()));
        rows.last().append({QStringLiteral("organisation_key"),
                            keys.value(stored.constLast().organisationId, noOrganisationKey())});
        summaries.append(QStringLiteral("Person “%1” created").arg(stored.constLast().fullName()));
    }
    const RecordStore::BulkResult written =
        m_store.insertMany(table, rows, summaries,
                           {{QStringLiteral("organisation_id"), QStringLiteral("organisation"),
                             QCoreApplication::translate("Podium::PersonRepository",
                                                         "The organisation no longer exists.")}});
    if (!written.ok) {
        if (failedIndex)
            *failedIndex = written.failedRow;
        return fail(error, written.error);
    }
    const QDateTime now = Clock::fromStorage(written.writtenAt);
    for (qsizetype i = 0; i < people.size(); ++i) {
        Person &p = stored[i];
        p.id = written.ids.at(i);
        p.rowVersion = 1;
        p.createdAt = now;
        p.modifiedAt = now;
        people[i] = std::move(p);
    }
    return true;
}

bool PersonRepository::update(const Person &person, QString *error)
{
    if (!acceptIfValid(validate(person), error))
        return false;
    const Person stored = withDatedConsents(person);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (stored.organisationId != 0 &&
        !exists(QStringLiteral("organisation"), stored.organisationId))
        return fail(error, QCoreApplication::translate("Podium::PersonRepository",
                                                       "The organisation no longer exists."));
    if (!m_store.update(table, stored.id, toValues(stored),
                        QStringLiteral("Person “%1” changed").arg(stored.fullName()),
                        stored.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool PersonRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Person> person = find(id);
    if (!person)
        return fail(error, QCoreApplication::translate(
                               "Podium::PersonRepository",
                               "The person no longer exists; someone may have deleted "
                               "them."));
    // A speaker is never removed by accident: the schema refuses it, and this
    // says why in words.
    const int roles = countReferences(QStringLiteral("role"), QStringLiteral("person_id"), id);
    if (roles > 0) {
        const QString name = person->fullName();
        return fail(error, rolesRefusal(name, roles));
    }
    if (!m_store.remove(table, id, QStringLiteral("Person “%1” deleted").arg(person->fullName()),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool PersonRepository::removeMany(const QList<qint64> &ids, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    // A speaker is never removed by accident, as in remove().
    const QList<QVariantMap> speakers = selectForIds(
        QStringLiteral("SELECT person_id, count(*) AS roles FROM role WHERE person_id IN "), ids,
        QStringLiteral(" GROUP BY person_id ORDER BY person_id"));
    if (!speakers.isEmpty()) {
        const qint64 first = speakers.constFirst().value(QStringLiteral("person_id")).toLongLong();
        const int roles = speakers.constFirst().value(QStringLiteral("roles")).toInt();
        const QString name = personName(first);
        return fail(error, rolesRefusal(name, roles));
    }
    const RecordStore::BulkResult removed =
        m_store.removeMany(table, ids, [](const QList<QVariantMap> &rows) {
            QStringList summaries;
            summaries.reserve(rows.size());
            for (const QVariantMap &row : rows)
                summaries << QStringLiteral("Person “%1” deleted").arg(fromRow(row).fullName());
            return summaries;
        });
    if (!removed.ok)
        return fail(error, removed.error);
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
