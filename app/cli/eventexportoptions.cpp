#include "eventexportoptions.h"

#include "commandsupport.h"

namespace Podium::Cli {

int checkEventExportOptions(CommandSupport &cmd, QString *event)
{
    const QCommandLineParser &parser = cmd.parser();
    if (!parser.positionalArguments().isEmpty())
        return cmd.usageError(QStringLiteral("Unexpected argument \"%1\".")
                                  .arg(parser.positionalArguments().first()));
    if (parser.value(QStringLiteral("database")).isEmpty())
        return cmd.usageError(QStringLiteral("--database FILE is required."));
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
