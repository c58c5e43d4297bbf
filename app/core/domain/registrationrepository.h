#pragma once

#include "registration.h"
#include "repository.h"

#include <QMap>

#include <optional>

namespace Podium {

/**
 * Reads and writes registrations: who is invited to, registered for or
 * came to which event.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class RegistrationRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Registration> find(qint64 id) const;
    /** The registration of @p personId for @p eventId, if there is one. */
    std::optional<Registration> find(qint64 personId, qint64 eventId) const;
    /** The registrations for an event, in the order of a sign-in sheet. */
    QList<Registration> forEvent(qint64 eventId) const;
    /** The registrations for an event with @p status, in the order of a sign-in sheet. */
    QList<Registration> forEvent(qint64 eventId, RegistrationStatus status) const;
    /** A person's registrations, earliest event first. */
    QList<Registration> forPerson(qint64 personId) const;
    /** How many registrations of each status an event has; statuses without any are missing. */
    QMap<RegistrationStatus, int> countByStatus(qint64 eventId) const;

    /**
     * Saves a new registration; a registration beyond an invitation gets
     * registered_at = now if it has none.
     */
    bool insert(Registration &registration, QString *error = nullptr);
    /**
     * Saves new registrations at once (an import), as insert() does each, in
     * one transaction: all or none. On failure @p failedIndex (if given) is
     * the index of the registration refused, or -1 if the failure is not one
     * registration's.
     */
    bool insertMany(QList<Registration> &registrations, QString *error = nullptr,
                    qsizetype *failedIndex = nullptr);
    bool update(const Registration &registration, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    /**
     * Deletes the registrations @p ids that still exist, as remove() does
     * each, a batch at a time (RecordStore::removeMany): for taking back a
     * large import. All or nothing.
     */
    bool removeMany(const QList<qint64> &ids, QString *error = nullptr);
    /** Which of @p personIds hold a registration (any event, any status). */
    QSet<qint64> peopleRegistered(const QList<qint64> &personIds) const;

private:
    bool checkReferences(const Registration &registration, QString *error) const;
    QList<Registration> query(const QString &sql, const QVariantList &bindings) const;
};

} // namespace Podium
