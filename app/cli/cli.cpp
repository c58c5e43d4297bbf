#include "cli.h"

#include "backupcommands.h"
#include "commands.h"
#include "privacycommands.h"
#include "transfercommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace Podium::Cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

const Command commands[] = {
    {"init", "Create a new database, optionally with the demo event", &runInit},
    {"import", "Import events (ics) or registrations (csv)", &runImport},
    {"list", "List events, people, organisations or registrations", &runList},
    {"export", "Export calendars, programmes, lists, badges and registrations", &runExport},
    {"privacy", "Export or erase a person's data; anonymise past attendees", &runPrivacy},
    {"duplicates", "Find and merge people or organisations entered twice", &runDuplicates},
    {"backup", "Back up the database, or list its backups", &runBackup},
    {"restore", "Replace the database with one of its backups", &runRestore},
    {"transfer", "Copy a whole database to or from a PostgreSQL server", &runTransfer},
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << "Usage: podium [FILE | --database FILE]\n"
           "       podium [--database FILE] CALENDAR.ics | REGISTRATIONS.csv\n"
           "       podium COMMAND [OPTIONS]\n"
           "\n"
           "Plans public dialogues: events, programmes, speakers, organisations and attendees.\n"
           "Without a command, opens FILE (or the default database) in the window; a\n"
           "calendar or a list of registrations opens there with its import preview.\n"
           "\n"
           "Commands:\n";
    for (const Command &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << '\n';
    out << "\n"
           "Options:\n"
           "  --database FILE  the database to open\n"
           "  -h, --help       show this help (podium COMMAND --help for a command's options)\n"
           "  -v, --version    show the version\n"
           "\n"
           "Exit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.\n";
}

} // namespace

bool isCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (std::strcmp(first, "--database") == 0)
        return false;
    if (first[0] == '-')
        return true; // --help, --version, or a usage error to report
    if (findCommand(QString::fromLocal8Bit(first)))
        return true;
    // A word that names no file and looks like no path is a mistyped command,
    // which the command line reports better than a window would.
    const QString arg = QString::fromLocal8Bit(first);
    return !QFileInfo::exists(arg) && !arg.contains(QLatin1Char('/')) &&
           !arg.contains(QLatin1Char('.'));
}

int execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString first = arguments.first();
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help") ||
        first == QLatin1StringView("help")) {
        printUsage(out);
        return Success;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        out << "podium " << PODIUM_VERSION << '\n';
        return Success;
    }
    const Command *command = findCommand(first);
    if (!command) {
        if (first.startsWith(QLatin1Char('-')))
            err << "podium: unknown option " << first << ". See podium --help.\n";
        else
            err << "podium: unknown command \"" << first << "\". See podium --help.\n";
        return UsageError;
    }
    return command->run(arguments.mid(1), out, err);
}

namespace {

// Qt's own warnings (the offscreen platform's note about XDG_RUNTIME_DIR, for
// one) would break the promise of one clear line on stderr; they are shown
// only when PODIUM_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("PODIUM_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int run(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessageHandler);
    // Subcommands never need a display; PDF and font work still needs a
    // QGuiApplication, which the offscreen platform provides headless.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Podium"));
    QGuiApplication::setApplicationName(QStringLiteral("Podium"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PODIUM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = execute(QGuiApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace Podium::Cli
