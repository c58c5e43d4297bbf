#pragma once

#include "repository.h"
#include "series.h"

#include <optional>

namespace Podium {

/**
 * Reads and writes series of events; a series cannot be deleted while
 * events belong to it.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class SeriesRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<Series> find(qint64 id) const;
    /** The series called @p name in either language, accents and case ignored. */
    std::optional<Series> findByName(const QString &name) const;
    /** All series, by name. */
    QList<Series> all() const;

    bool insert(Series &series, QString *error = nullptr);
    bool update(const Series &series, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

    /** Both names, folded, as stored in name_key. */
    static QString nameKey(const Series &series);
};

} // namespace Podium
