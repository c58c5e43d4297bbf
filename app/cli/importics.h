#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium import ics --database FILE [--dry-run] [--expand-from YYYY-MM-DD
 * --expand-to YYYY-MM-DD] [--language de|en] FILE.ics
 */
int runImportIcs(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
