#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium import registrations --database FILE --event ID [--dry-run] FILE.csv
 *
 * Prints what would be created and matched, and each rejected row with its
 * line and reason. All or nothing: if any row is rejected, nothing is
 * imported and the exit code is 1 (also for a dry run, so that a script can
 * check a file before importing it).
 */
int runImportRegistrations(const QStringList &arguments, QTextStream &out, QTextStream &err);

/**
 * podium export registrations --database FILE --event ID [--status S]... [--bom]
 * [--columns LIST] [--language de|en] [--delimiter comma|semicolon|tab] --output FILE
 */
int runExportRegistrations(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
