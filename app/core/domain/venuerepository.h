#pragma once

#include "repository.h"
#include "room.h"
#include "venue.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes venues and their rooms. A room belongs to its venue and
 * is deleted with it; neither can be deleted while an event takes place
 * there.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class VenueRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Venue> find(qint64 id) const;
    /** All venues, by name. */
    QList<Venue> all() const;
    /** Venues whose name contains @p text, accents and case ignored. */
    QList<Venue> search(const QString &text) const;

    bool insert(Venue &venue, QString *error = nullptr);
    bool update(const Venue &venue, QString *error = nullptr);
    /** Deletes a venue with its rooms; refused while events take place there. */
    bool remove(qint64 id, QString *error = nullptr);

    std::optional<Room> findRoom(qint64 id) const;
    /** The rooms of @p venueId, by name. */
    QList<Room> rooms(qint64 venueId) const;

    bool insertRoom(Room &room, QString *error = nullptr);
    /** Saves changes to a room; a room cannot move to another venue. */
    bool updateRoom(const Room &room, QString *error = nullptr);
    /** Deletes a room; refused while events take place in it. Programme items in it lose the room.
     */
    bool removeRoom(qint64 id, QString *error = nullptr);

    /** The folded name stored in name_key. */
    static QString nameKey(const Venue &venue);
};

} // namespace Podium
