#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium export ics --database FILE [--event ID]... [--series NAME]
 * [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--published] [--programme-items]
 * [--language de|en] [--invite PERSON_ID_OR_EMAIL]... --output FILE
 *
 * Without --invite the calendar is published (METHOD:PUBLISH) and names no
 * attendee; with it, it is an invitation to one event (METHOD:REQUEST) that
 * names exactly the people given.
 */
int runExportIcs(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
