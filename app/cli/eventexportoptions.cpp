#include "eventexportoptions.h"

#include "commandsupport.h"

namespace Podium::Cli {

int checkEventExportOptions(CommandSupport &cmd, QString *event)
{
    const QCommandLineParser &parser = cmd.parser();
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const QString value = parser.value(QStringLiteral("event"));
    if (value.isEmpty())
        return cmd.usageError(QStringLiteral("--event ID is required."));
    if (parser.value(QStringLiteral("output")).isEmpty())
        return cmd.usageError(
            QStringLiteral("--output FILE is required (\"-\" for standard output)."));
    *event = value;
    return -1;
}

} // namespace Podium::Cli
