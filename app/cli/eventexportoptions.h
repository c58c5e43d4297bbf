#pragma once

#include <QString>

namespace Podium::Cli {

class CommandSupport;

/**
 * The checks every export of one event makes after parsing, in the same
 * order and with the same messages: no positional argument, and --database,
 * --event and --output all given (a document is never written to a
 * terminal by accident: the target is named, "-" included).
 *
 * Returns -1 if the command should go on, with @p event set to the --event
 * value, or the exit code of the usage error already reported.
 */
int checkEventExportOptions(CommandSupport &cmd, QString *event);

} // namespace Podium::Cli
