#include "registrationrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Podium {

namespace {

const QString table = QStringLiteral("registration");

Registration fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Registration r;
    r.id = row.id("id");
    r.personId = row.id("person_id");
    r.eventId = row.id("event_id");
    r.status = fromStorage<RegistrationStatus>(row.text("status"))
                   .value_or(RegistrationStatus::Registered);
    r.registeredAt = row.instant("registered_at");
    r.checkedInAt = row.instant("checked_in_at");
    r.needs = row.text("needs");
    r.notes = row.text("notes");
    r.createdAt = row.instant("created_at");
    r.modifiedAt = row.instant("modified_at");
    r.rowVersion = row.integer("row_version");
    return r;
}

RecordStore::Values toValues(const Registration &r)
{
    return {
        {QStringLiteral("person_id"), ColumnValue::id(r.personId)},
        {QStringLiteral("event_id"), ColumnValue::id(r.eventId)},
        {QStringLiteral("status"), toStorage(r.status)},
        {QStringLiteral("registered_at"), ColumnValue::instant(r.registeredAt)},
        {QStringLiteral("checked_in_at"), ColumnValue::instant(r.checkedInAt)},
        {QStringLiteral("needs"), ColumnValue::text(r.needs)},
        {QStringLiteral("notes"), ColumnValue::text(r.notes)},
    };
}

// An invitation alone is not a registration; anything beyond it is, and the
// moment matters for waiting lists.
Registration stamped(Registration r)
{
    if (!r.registeredAt.isValid() && r.status != RegistrationStatus::Invited)
        r.registeredAt = Clock::nowUtc();
    return r;
}

} // namespace

QList<Registration> RegistrationRepository::query(const QString &sql,
                                                  const QVariantList &bindings) const
{
    QList<Registration> out;
    const auto rows = select(sql, bindings);
    out.reserve(rows.size());
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

std::optional<Registration> RegistrationRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

std::optional<Registration> RegistrationRepository::find(qint64 personId, qint64 eventId) const
{
    const QVariantMap row =
        selectOne(QStringLiteral("SELECT * FROM registration WHERE person_id = ? AND event_id = ?"),
                  {personId, eventId});
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<Registration> RegistrationRepository::forEvent(qint64 eventId) const
{
    return query(
        QStringLiteral("SELECT r.* FROM registration r JOIN person p ON p.id = r.person_id "
                       "WHERE r.event_id = ? ORDER BY p.sort_key, p.id"),
        {eventId});
}

QList<Registration> RegistrationRepository::forEvent(qint64 eventId,
                                                     RegistrationStatus status) const
{
    return query(
        QStringLiteral("SELECT r.* FROM registration r JOIN person p ON p.id = r.person_id "
                       "WHERE r.event_id = ? AND r.status = ? ORDER BY p.sort_key, p.id"),
        {eventId, toStorage(status)});
}

QList<Registration> RegistrationRepository::forPerson(qint64 personId) const
{
    return query(QStringLiteral("SELECT r.* FROM registration r JOIN event e ON e.id = r.event_id "
                                "WHERE r.person_id = ? ORDER BY e.start_utc, e.id"),
                 {personId});
}

QMap<RegistrationStatus, int> RegistrationRepository::countByStatus(qint64 eventId) const
{
    QMap<RegistrationStatus, int> counts;
    const auto rows = select(QStringLiteral("SELECT status, count(*) AS n FROM registration "
                                            "WHERE event_id = ? GROUP BY status"),
                             {eventId});
    for (const QVariantMap &row : rows) {
        const auto status =
            fromStorage<RegistrationStatus>(row.value(QStringLiteral("status")).toString());
        if (status)
            counts.insert(*status, row.value(QStringLiteral("n")).toInt());
    }
    return counts;
}

bool RegistrationRepository::checkReferences(const Registration &registration, QString *error) const
{
    if (!exists(QStringLiteral("person"), registration.personId))
        return fail(error, QCoreApplication::translate("Podium::RegistrationRepository",
                                                       "The person no longer exists."));
    if (!exists(QStringLiteral("event"), registration.eventId))
        return fail(error, QCoreApplication::translate("Podium::RegistrationRepository",
                                                       "The event no longer exists."));
    return true;
}

bool RegistrationRepository::insert(Registration &registration, QString *error)
{
    if (!acceptIfValid(validate(registration), error))
        return false;
    const Registration stored = stamped(registration);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!checkReferences(stored, error))
        return false;
    const qint64 id =
        m_store.insert(table, toValues(stored),
                       QStringLiteral("Registration of %1 for “%2” created")
                           .arg(personName(stored.personId), eventTitle(stored.eventId)),
                       error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    registration = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool RegistrationRepository::insertMany(QList<Registration> &registrations, QString *error,
                                        qsizetype *failedIndex)
{
    if (failedIndex)
        *failedIndex = -1;
    QList<Registration> stored;
    stored.reserve(registrations.size());
    QList<qint64> personIds;
    QSet<qint64> seenPeople;
    QHash<qint64, QString> titles;
    for (qsizetype i = 0; i < registrations.size(); ++i) {
        if (!acceptIfValid(validate(registrations.at(i)), error)) {
            if (failedIndex)
                *failedIndex = i;
            return false;
        }
        stored.append(stamped(registrations.at(i)));
        const Registration &r = stored.constLast();
        if (!seenPeople.contains(r.personId)) {
            seenPeople.insert(r.personId);
            personIds.append(r.personId);
        }
        if (!titles.contains(r.eventId))
            titles.insert(r.eventId, eventTitle(r.eventId));
    }
    // The names for the change log read once, not a query per row.
    const QHash<qint64, QString> names = personNames(personIds);
    QList<RecordStore::Values> rows;
    QStringList summaries;
    rows.reserve(stored.size());
    summaries.reserve(stored.size());
    for (const Registration &r : std::as_const(stored)) {
        rows.append(toValues(r));
        summaries.append(QStringLiteral("Registration of %1 for “%2” created")
                             .arg(names.value(r.personId), titles.value(r.eventId)));
    }
    const RecordStore::BulkResult written =
        m_store.insertMany(table, rows, summaries,
                           {{QStringLiteral("person_id"), QStringLiteral("person"),
                             QCoreApplication::translate("Podium::RegistrationRepository",
                                                         "The person no longer exists.")},
                            {QStringLiteral("event_id"), QStringLiteral("event"),
                             QCoreApplication::translate("Podium::RegistrationRepository",
                                                         "The event no longer exists.")}});
    if (!written.ok) {
        if (failedIndex)
            *failedIndex = written.failedRow;
        return fail(error, written.error);
    }
    const QDateTime now = Clock::fromStorage(written.writtenAt);
    for (qsizetype i = 0; i < registrations.size(); ++i) {
        Registration &r = stored[i];
        r.id = written.ids.at(i);
        r.rowVersion = 1;
        r.createdAt = now;
        r.modifiedAt = now;
        registrations[i] = std::move(r);
    }
    return true;
}

bool RegistrationRepository::update(const Registration &registration, QString *error)
{
    if (!acceptIfValid(validate(registration), error))
        return false;
    const Registration stored = stamped(registration);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Registration> before = find(stored.id);
    if (!before)
        return fail(error, QCoreApplication::translate(
                               "Podium::RegistrationRepository",
                               "The registration no longer exists; someone may have "
                               "deleted it."));
    if (!checkReferences(stored, error))
        return false;
    const QString who = personName(stored.personId);
    const QString what = eventTitle(stored.eventId);
    const QString summary =
        before->status != stored.status
            ? QStringLiteral("Registration of %1 for “%2” changed to “%3”")
                  .arg(who, what, registrationStatusLabel(stored.status, Language::English))
            : QStringLiteral("Registration of %1 for “%2” changed").arg(who, what);
    if (!m_store.update(table, stored.id, toValues(stored), summary, stored.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool RegistrationRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Registration> registration = find(id);
    if (!registration)
        return fail(error, QCoreApplication::translate(
                               "Podium::RegistrationRepository",
                               "The registration no longer exists; someone may have "
                               "deleted it."));
    if (!m_store.remove(
            table, id,
            QStringLiteral("Registration of %1 for “%2” deleted")
                .arg(personName(registration->personId), eventTitle(registration->eventId)),
            error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool RegistrationRepository::removeMany(const QList<qint64> &ids, QString *error)
{
    const RecordStore::BulkResult removed =
        m_store.removeMany(table, ids, [this](const QList<QVariantMap> &rows) {
            QList<qint64> people;
            QHash<qint64, QString> titles;
            for (const QVariantMap &row : rows) {
                people << row.value(QStringLiteral("person_id")).toLongLong();
                const qint64 event = row.value(QStringLiteral("event_id")).toLongLong();
                if (!titles.contains(event))
                    titles.insert(event, eventTitle(event));
            }
            const QHash<qint64, QString> names = personNames(people);
            QStringList summaries;
            summaries.reserve(rows.size());
            for (const QVariantMap &row : rows)
                summaries
                    << QStringLiteral("Registration of %1 for “%2” deleted")
                           .arg(names.value(row.value(QStringLiteral("person_id")).toLongLong()),
                                titles.value(row.value(QStringLiteral("event_id")).toLongLong()));
            return summaries;
        });
    return removed.ok || fail(error, removed.error);
}

QSet<qint64> RegistrationRepository::peopleRegistered(const QList<qint64> &personIds) const
{
    QSet<qint64> registered;
    const QList<QVariantMap> rows = selectForIds(
        QStringLiteral("SELECT DISTINCT person_id FROM registration WHERE person_id IN "),
        personIds);
    for (const QVariantMap &row : rows)
        registered.insert(row.value(QStringLiteral("person_id")).toLongLong());
    return registered;
}

} // namespace Podium
