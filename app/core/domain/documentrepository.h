#pragma once

#include "document.h"
#include "repository.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes the documents of events: links, or small files kept in
 * the database.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class DocumentRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Document> find(qint64 id) const;
    /** The documents of an event, in order. */
    QList<Document> forEvent(qint64 eventId) const;

    bool insert(Document &document, QString *error = nullptr);
    bool update(const Document &document, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
};

} // namespace Podium
