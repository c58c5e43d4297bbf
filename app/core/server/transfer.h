#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Podium {

/**
 * Copies a whole Podium database into another one: file to server, server
 * to file, or file to file.
 *
 * The target is written in one transaction. It must hold no rows (a new
 * file, or a server database just made by the migrations), unless
 * replacing is asked for; then its rows are deleted in the same
 * transaction. Both databases must be at the same schema version. Tables
 * are read from the schema and copied parents first (foreign-key order),
 * ids kept, photos and documents byte for byte; a server's id sequences are
 * set past the highest id. Finally the rows of every table are counted on
 * both sides; any difference, any error, or a cancel from the progress
 * callback rolls the target back, so that it is as it was.
 *
 * Threading: both databases belong to the calling thread.
 */
class DatabaseTransfer
{
public:
    /** The rows of one table. */
    struct TableCount
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
    };

    /** Where a transfer has got to, for a progress display. */
    struct Progress
    {
        QString table;
        int tableIndex = 0; ///< 0-based
        int tableCount = 0;
        qint64 rowsCopied = 0; ///< of this table
        qint64 rowsTotal = 0;  ///< of this table
        bool tableDone = false;
    };
    /** Called as rows are copied; returning false cancels (and rolls back). */
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Options
    {
        /** Delete the rows a non-empty target holds, in the same transaction. */
        bool replaceExisting = false;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        /** Every table copied, in the order copied, with its counts on both sides. */
        QList<TableCount> tables;
        /** The target's rows that were (or, on a refusal, would be) replaced; non-empty tables
         * only. */
        QList<TableCount> replaced;
    };

    /** How often, in rows, the progress callback hears of a large table. */
    static constexpr int progressEveryRows = 500;

    /** Copies @p source into @p target (both open). */
    static Result run(Database &source, Database &target, const Options &options,
                      const ProgressCallback &progress = {});

    /**
     * Opens @p sourceLocation for reading and @p targetLocation for writing
     * (a file is created if it does not exist; a server database gets the
     * schema if it has none), then copies as run() does. A target file this
     * call created is removed again if the copy fails. The passwords in the
     * open options are used for server locations.
     */
    static Result run(const QString &sourceLocation, const Database::OpenOptions &sourceOptions,
                      const QString &targetLocation, const Database::OpenOptions &targetOptions,
                      const Options &options, const ProgressCallback &progress = {});

    /**
     * Copies the open @p source into @p targetLocation, opened (or created)
     * for writing as the other run() does; for the window, which has its
     * database open already.
     */
    static Result run(Database &source, const QString &targetLocation,
                      const Database::OpenOptions &targetOptions, const Options &options,
                      const ProgressCallback &progress = {});

    /**
     * The tables of @p database that hold Podium's data, parents before the
     * tables that refer to them, read from the schema (the database's own
     * bookkeeping tables left out).
     */
    static QStringList tablesInOrder(const Database &database, QString *error = nullptr);

    /** The tables of @p database that hold rows, with their counts (as sourceRows). */
    static QList<TableCount> nonEmptyTables(const Database &database, QString *error = nullptr);

    /** "3 events, 12 people" style summary of @p counts' targetRows (or sourceRows). */
    static QString describe(const QList<TableCount> &counts, bool sourceSide);
};

} // namespace Podium
