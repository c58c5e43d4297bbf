#pragma once

#include "programmeitem.h"
#include "repository.h"

#include <optional>

namespace Podium {

struct Event;

/**
 * Reads and writes the programme of events. Items stay in their event;
 * their rooms must be rooms of the event's venue.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class ProgrammeItemRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<ProgrammeItem> find(qint64 id) const;
    /** The programme of @p eventId, in order. */
    QList<ProgrammeItem> forEvent(qint64 eventId) const;

    bool insert(ProgrammeItem &item, QString *error = nullptr);
    /** Saves changes; an item cannot move to another event. */
    bool update(const ProgrammeItem &item, QString *error = nullptr);
    /** Deletes an item with the roles on it. */
    bool remove(qint64 id, QString *error = nullptr);

private:
    bool checkRoom(const ProgrammeItem &item, const Event &event, QString *error) const;
};

} // namespace Podium
