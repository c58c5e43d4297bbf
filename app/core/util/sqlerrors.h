#pragma once

#include <QString>

class QSqlError;

namespace Podium::SqlErrors {

/**
 * True if @p error is SQLite's "the file is busy": another connection (a
 * second Podium window, the command line, another program) held the write
 * lock for longer than the busy timeout (SQLITE_BUSY, 5), or a table was
 * locked (SQLITE_LOCKED, 6). Extended codes (BUSY_SNAPSHOT, BUSY_TIMEOUT, …)
 * count too; without a code, SQLite's text decides.
 */
bool isBusy(const QSqlError &error);

/**
 * The message shown instead of SQLite's "database is locked": nothing is
 * wrong with the file, and trying again later works.
 */
QString busyMessage();

} // namespace Podium::SqlErrors
