#pragma once

#include "organisation.h"
#include "repository.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes organisations, keeping name_key folded and the parent
 * chain free of cycles.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class OrganisationRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Organisation> find(qint64 id) const;
    /** The organisation whose name folds to the same key as @p name ("Metropolis", "METROPOLIS").
     */
    std::optional<Organisation> findByName(const QString &name) const;
    /** All organisations, by name. */
    QList<Organisation> all() const;
    /** Organisations whose name contains @p text, accents and case ignored. */
    QList<Organisation> search(const QString &text) const;
    /** The organisations directly part of @p parentId. */
    QList<Organisation> members(qint64 parentId) const;

    /** Saves a new organisation; sets its id, row version and timestamps. */
    bool insert(Organisation &organisation, QString *error = nullptr);
    /** Saves changes, refused if someone else saved the record since it was read. */
    bool update(const Organisation &organisation, QString *error = nullptr);
    /** Deletes an organisation, refused while people belong to it; its members stand alone. */
    bool remove(qint64 id, QString *error = nullptr);
    /**
     * Deletes the organisations @p ids that still exist, as remove() does
     * each, a batch at a time: refused, naming the first of them, if a
     * person still belongs to any. All or nothing.
     */
    bool removeMany(const QList<qint64> &ids, QString *error = nullptr);

    /** The folded name stored in name_key. */
    static QString nameKey(const Organisation &organisation);

private:
    bool checkParent(const Organisation &organisation, QString *error) const;
};

} // namespace Podium
