#include "transfercommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "server/databaselocation.h"
#include "server/transfer.h"

#include <QTextStream>

namespace Podium::Cli {

int runTransfer(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("transfer"),
        QStringLiteral("Copies a whole Podium database to another one: a file to a PostgreSQL "
                       "server, a server to a file, or a file to a file. The target is written "
                       "in one transaction and must be new or empty; the row counts of every "
                       "table are compared on both sides, and any difference undoes the copy."),
        out, err);
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("from"),
        QStringLiteral("The database to copy: a file, or postgresql://user@host:port/dbname."),
        QStringLiteral("FILE|URL")));
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("to"),
        QStringLiteral("Where to copy it: a new or empty file or server database."),
        QStringLiteral("FILE|URL")));
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("force"),
        QStringLiteral("Replace what the target holds (it is listed, and deleted in the same "
                       "transaction as the copy).")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(0, false); code >= 0)
        return code;
    const QString from = cmd.parser().value(QStringLiteral("from"));
    const QString to = cmd.parser().value(QStringLiteral("to"));
    if (from.isEmpty())
        return cmd.usageError(QStringLiteral("--from FILE|URL is required."));
    if (to.isEmpty())
        return cmd.usageError(QStringLiteral("--to FILE|URL is required."));
    for (const QString &location : {from, to}) {
        if (const QString problem = CommandSupport::addressProblem(location); !problem.isEmpty())
            return cmd.usageError(problem);
    }
    const QString fromShown = DatabaseLocation::displayName(from);
    const QString toShown = DatabaseLocation::displayName(to);

    DatabaseTransfer::Options options;
    options.replaceExisting = cmd.parser().isSet(QStringLiteral("force"));
    err << "Copying " << fromShown << " to " << toShown << ":\n";
    err.flush();
    const auto progress = [&err](const DatabaseTransfer::Progress &p) {
        if (p.tableDone) {
            err << QStringLiteral("  [%1/%2] %3: %4 rows\n")
                       .arg(p.tableIndex + 1)
                       .arg(p.tableCount)
                       .arg(p.table)
                       .arg(p.rowsCopied);
            err.flush();
        }
        return true;
    };
    const DatabaseTransfer::Result result =
        DatabaseTransfer::run(from, {}, to, {}, options, progress);
    if (!result.ok) {
        QString message = result.error;
        if (!result.replaced.isEmpty() && !options.replaceExisting)
            message = QStringLiteral("%1 already holds data (%2). Nothing was copied; to "
                                     "replace what it holds, add --force.")
                          .arg(toShown, DatabaseTransfer::describe(result.replaced, false));
        return cmd.failure(message);
    }

    if (!result.replaced.isEmpty())
        out << "Replaced what " << toShown
            << " held: " << DatabaseTransfer::describe(result.replaced, false) << ".\n";
    qint64 rows = 0;
    int width = 5;
    for (const auto &t : result.tables) {
        rows += t.sourceRows;
        width = std::max(width, int(t.table.size()));
    }
    out << "Copied " << result.tables.size() << " tables, " << rows << " rows, from " << fromShown
        << " to " << toShown << ".\n";
    out << QStringLiteral("table").leftJustified(width) << "  "
        << QStringLiteral("source").rightJustified(8) << "  "
        << QStringLiteral("target").rightJustified(8) << '\n';
    for (const auto &t : result.tables)
        out << t.table.leftJustified(width) << "  "
            << QString::number(t.sourceRows).rightJustified(8) << "  "
            << QString::number(t.targetRows).rightJustified(8) << '\n';
    out << "The row counts of every table match.\n";
    return Success;
}

} // namespace Podium::Cli
