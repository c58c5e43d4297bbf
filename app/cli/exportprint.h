#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium export signin --database FILE --event ID [--language de|en] --output FILE
 *
 * The sign-in sheet of an event as a PDF. Like the other printed
 * documents, needs the QGuiApplication that Cli::run() creates offscreen.
 */
int runExportSignin(const QStringList &arguments, QTextStream &out, QTextStream &err);

/**
 * podium export participants --database FILE --event ID [--language de|en] --output FILE
 *
 * The list of participants who agreed to be listed, as a PDF.
 */
int runExportParticipants(const QStringList &arguments, QTextStream &out, QTextStream &err);

/**
 * podium export badges --database FILE --event ID [--language de|en]
 * [--layout a4-2x4|a6] --output FILE
 *
 * Name badges for the guests and confirmed speakers, as a PDF.
 */
int runExportBadges(const QStringList &arguments, QTextStream &out, QTextStream &err);

/**
 * podium export html --database FILE --event ID [--language de|en] --output FILE
 *
 * The programme as a standalone HTML page for the website.
 */
int runExportHtml(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
