#pragma once

// What several tests of printed and exported documents start from: a new
// database at a location (a file's path, or the address of an empty database
// on a server, as Testing::TestDatabases::newLocation() gives), filled with
// the demo data of a fixed day, and the id of the model event "Can cities
// save the world?".

#include "domain/demodata.h"
#include "storage/database.h"

#include <QDate>
#include <QString>

#include <memory>

namespace DemoDatabase {

/** The day the demo data are laid out from, so that printed dates never drift. */
inline QDate demoDay()
{
    return QDate(2026, 1, 13);
}

/**
 * Creates the demo database at @p path (a file or a server address); returns
 * it with the model event's id in @p dialogue, or nullptr with the reason in
 * @p error.
 */
inline std::unique_ptr<Podium::Database> create(const QString &path, qint64 *dialogue,
                                                QString *error)
{
    auto opened = Podium::Database::open(path, {.create = true});
    if (!opened.database) {
        *error = opened.message;
        return nullptr;
    }
    if (!Podium::DemoData::populate(*opened.database, demoDay(), error))
        return nullptr;
    *dialogue = opened.database
                    ->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = ?"),
                             {QStringLiteral("Can cities save the world?")})
                    .toLongLong();
    if (*dialogue <= 0) {
        *error = QStringLiteral("the demo data have no event \"Can cities save the world?\"");
        return nullptr;
    }
    return std::move(opened.database);
}

} // namespace DemoDatabase
