#pragma once

#include "person.h"
#include "repository.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes the directory of people, keeping sort_key and
 * search_key folded and every given consent dated.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class PersonRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Person> find(qint64 id) const;
    /** Everyone, in the order of a sign-in sheet (family name, then given name). */
    QList<Person> all() const;
    /**
     * People whose name or email contains every word of @p text, accents and
     * case ignored ("valdes" finds Valdés). At most @p limit rows; -1 for all.
     */
    QList<Person> search(const QString &text, int limit = -1) const;
    /** People with exactly this email address (offices share addresses), case ignored. */
    QList<Person> withEmail(const QString &email) const;
    /** People who belong to organisation @p organisationId. */
    QList<Person> ofOrganisation(qint64 organisationId) const;

    /**
     * Saves a new person; sets id, row version and timestamps, and dates any
     * consent given without a date to now.
     */
    bool insert(Person &person, QString *error = nullptr);
    /**
     * Saves new people at once (an import), as insert() does each, in one
     * transaction: all or none. On failure @p failedIndex (if given) is the
     * index of the person refused, or -1 if the failure is not one person's.
     */
    bool insertMany(QList<Person> &people, QString *error = nullptr,
                    qsizetype *failedIndex = nullptr);
    /** Saves changes, refused if someone else saved the record since it was read. */
    bool update(const Person &person, QString *error = nullptr);
    /** Deletes a person and their registrations; refused while they still have roles. */
    bool remove(qint64 id, QString *error = nullptr);
    /**
     * Deletes the people @p ids that still exist, as remove() does each, a
     * batch at a time: refused, naming the first of them, if any has a role.
     * All or nothing.
     */
    bool removeMany(const QList<qint64> &ids, QString *error = nullptr);

    /** "valdes cano laura": family then given name, folded. */
    static QString sortKey(const Person &person);
    /** "laura valdes cano laura.valdes@example.org": given and family name and email, folded. */
    static QString searchKey(const Person &person);
    /** @p person with consents dated as they will be stored. */
    static Person withDatedConsents(Person person);

private:
    /**
     * The name_key of each organisation of @p ids that exists, read at once:
     * the organisation_key of new people, written with their rows so that
     * the schema's trigger need not write each row a second time.
     */
    QHash<qint64, QString> organisationKeys(const QList<qint64> &ids) const;
};

} // namespace Podium
