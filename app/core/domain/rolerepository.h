#pragma once

#include "repository.h"
#include "role.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes the roles people have at events. A role on a programme
 * item must be on an item of the role's own event.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class RoleRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Role> find(qint64 id) const;
    /**
     * Every role at @p eventId: first those on the event as a whole, then
     * those on programme items in programme order, each in its position.
     */
    QList<Role> forEvent(qint64 eventId) const;
    /** The roles on the event as a whole (programme_item_id NULL), such as the chair. */
    QList<Role> onEventAsWhole(qint64 eventId) const;
    /** The roles on one programme item, in order. */
    QList<Role> forItem(qint64 programmeItemId) const;
    /** A person's roles, earliest event first. */
    QList<Role> forPerson(qint64 personId) const;

    bool insert(Role &role, QString *error = nullptr);
    bool update(const Role &role, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

private:
    bool validateWithItem(const Role &role, QString *error) const;
    QList<Role> query(const QString &sql, const QVariantList &bindings) const;
};

} // namespace Podium
