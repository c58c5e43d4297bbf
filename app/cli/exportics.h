#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium export ics --database FILE [--event ID]... [--series NAME]
 * [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--published] [--programme-items]
 * [--language de|en] --output FILE
 */
int runExportIcs(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
