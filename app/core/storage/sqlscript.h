#pragma once

#include <QString>
#include <QStringList>

namespace Podium {

/**
 * Splits an SQL script into statements at semicolons that end a statement,
 * not those inside quotes, comments, a trigger's BEGIN … END body (SQLite)
 * or a dollar-quoted function body ($$ … $$, PostgreSQL).
 * Comments are dropped; statements come back trimmed and without their
 * closing semicolon. QSqlQuery runs one statement at a time, so migrations
 * go through this.
 */
QStringList splitSqlScript(const QString &script);

} // namespace Podium
