#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium export pdf --database FILE --event ID [--paper a4|letter|a5]
 * [--language de|en] [--pdfa] --output FILE
 *
 * Prints an event's programme as a PDF, with --pdfa as PDF/A-1b. Needs a QGuiApplication, which
 * Cli::run() creates on the offscreen platform.
 */
int runExportPdf(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
