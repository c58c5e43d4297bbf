#include "commands.h"

#include "cli.h"
#include "commandsupport.h"
#include "csvcommands.h"
#include "domain/demodata.h"
#include "exportics.h"
#include "exportpdf.h"
#include "exportprint.h"
#include "importics.h"
#include "io/recordlisting.h"
#include "privacycommands.h"
#include "server/databaselocation.h"
#include "server/transfer.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Podium::Cli {

int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(QStringLiteral("init"), QStringLiteral("Creates a new Podium database."),
                       out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("demo"),
                                              QStringLiteral("Fill it with the demo events.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const QString path = cmd.parser().value(QStringLiteral("database"));
    if (!cmd.checkServerAddress(path))
        return Failure;
    // A server address names a database that exists on the server already:
    // it is set up if it is empty, and refused if it holds Podium data.
    const bool server = DatabaseLocation::isServer(path);
    const QFileInfo info(path);
    if (!server && info.exists() && info.size() > 0)
        return cmd.failure(QStringLiteral("%1 already exists; init only creates new databases.")
                               .arg(QDir::toNativeSeparators(path)));
    if (server) {
        Database::OpenOptions look;
        look.readOnly = true;
        if (auto existing = Database::open(path, look); existing.database) {
            const auto rows = DatabaseTransfer::nonEmptyTables(*existing.database);
            if (!rows.isEmpty())
                return cmd.failure(
                    QStringLiteral("%1 already holds a Podium database (%2); init only sets up "
                                   "empty ones.")
                        .arg(DatabaseLocation::displayName(path),
                             DatabaseTransfer::describe(rows, true)));
        }
    }

    const bool existedEmpty = server || info.exists();
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database)
        return cmd.failure(CommandSupport::openFailure(path, opened.message));
    if (cmd.parser().isSet(QStringLiteral("demo"))) {
        QString error;
        if (!DemoData::populate(*opened.database, QDate::currentDate(), &error)) {
            opened.database.reset();
            // The file was made by this command and holds nothing of the user's.
            if (!existedEmpty)
                QFile::remove(path);
            return cmd.failure(QStringLiteral("Cannot add the demo data: %1").arg(error));
        }
    }
    const Database &db = *opened.database;
    out << "Created " << DatabaseLocation::displayName(path) << " (schema " << db.schemaVersion()
        << ")";
    if (cmd.parser().isSet(QStringLiteral("demo"))) {
        out << " with the demo data: "
            << db.scalar(QStringLiteral("SELECT count(*) FROM event")).toInt() << " events, "
            << db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt() << " people, "
            << db.scalar(QStringLiteral("SELECT count(*) FROM organisation")).toInt()
            << " organisations, "
            << db.scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt()
            << " registrations";
    }
    out << ".\n";
    return Success;
}

int runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("list"),
        QStringLiteral("Lists the records of one kind, ordered by id (events by start)."), out,
        err);
    cmd.parser().addPositionalArgument(
        QStringLiteral("kind"), QStringLiteral("events, people, organisations or registrations"),
        QStringLiteral("events|people|organisations|registrations"));
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("format"),
                                              QStringLiteral("tsv (default) or json."),
                                              QStringLiteral("tsv|json"), QStringLiteral("tsv")));
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("Only registrations of this event (id or UID)."),
        QStringLiteral("ID")));
    cmd.addLanguageOption();
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1)
        return cmd.usageError(
            positional.isEmpty()
                ? QStringLiteral(
                      "Say what to list: events, people, organisations or registrations.")
                : QStringLiteral("List one kind at a time."));
    RecordListing::Kind kind;
    if (!RecordListing::kindFromName(positional.first(), &kind))
        return cmd.usageError(
            QStringLiteral(
                "Cannot list \"%1\"; choose events, people, organisations or registrations.")
                .arg(positional.first()));
    const QString format = cmd.parser().value(QStringLiteral("format"));
    if (format != QLatin1StringView("tsv") && format != QLatin1StringView("json"))
        return cmd.usageError(
            QStringLiteral("Unknown format \"%1\"; choose tsv or json.").arg(format));
    RecordListing::Options options;
    if (!cmd.language(&options.language))
        return cmd.usageError(QStringLiteral("Unknown language \"%1\"; choose de or en.")
                                  .arg(cmd.parser().value(QStringLiteral("language"))));
    if (const int code = cmd.checkArguments(1); code >= 0)
        return code;
    const bool eventGiven = cmd.parser().isSet(QStringLiteral("event"));
    if (eventGiven && kind != RecordListing::Kind::Registrations)
        return cmd.usageError(QStringLiteral("--event only applies to registrations."));

    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    if (eventGiven) {
        options.eventId =
            cmd.resolveEvent(*db, cmd.parser().value(QStringLiteral("event")), &error);
        if (options.eventId == 0)
            return cmd.failure(error);
    }
    RecordListing::Table table;
    if (!RecordListing::query(*db, kind, options, &table, &error))
        return cmd.failure(error);
    const QByteArray data = format == QLatin1StringView("json") ? RecordListing::toJson(table)
                                                                : RecordListing::toTsv(table);
    if (!cmd.writeOutput(data, true, &error))
        return cmd.failure(error);
    return Success;
}

namespace {

struct Format
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

// podium export|import FORMAT …: hands the rest of the arguments to the
// format's own command, and explains the choice when it is missing or wrong.
template<std::size_t N>
int runFormat(const QString &command, const QString &description, const QString &usage,
              const Format (&formats)[N], const QStringList &arguments, QTextStream &out,
              QTextStream &err)
{
    CommandSupport cmd(command, description, out, err);
    const QString format = arguments.value(0);
    for (const Format &f : formats) {
        if (format == QLatin1StringView(f.name))
            return f.run(arguments.mid(1), out, err);
    }
    QStringList names;
    for (const Format &f : formats)
        names << QString::fromLatin1(f.name);
    if (format == QLatin1StringView("-h") || format == QLatin1StringView("--help")) {
        out << "Usage: podium " << command << ' ' << usage << "\n\n"
            << description << "\n\nFormats:\n";
        for (const Format &f : formats)
            out << "  " << QString::fromLatin1(f.name).leftJustified(15) << f.summary << '\n';
        out << "\nSee podium " << command << " FORMAT --help for the options of a format.\n";
        return Success;
    }
    if (format.isEmpty())
        return cmd.usageError(
            QStringLiteral("Say which format: %1.").arg(names.join(QStringLiteral(", "))));
    return cmd.usageError(QStringLiteral("Unknown format \"%1\"; choose %2.")
                              .arg(format, names.join(QStringLiteral(", "))));
}

} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const Format formats[] = {
        {"ics", "iCalendar (RFC 5545) for calendar programs and the website feed", &runExportIcs},
        {"pdf", "the printed programme of one event", &runExportPdf},
        {"html", "the programme of one event as a web page", &runExportHtml},
        {"signin", "the sign-in sheet of one event (PDF)", &runExportSignin},
        {"participants", "the list of participants of one event (PDF)", &runExportParticipants},
        {"badges", "name badges for the guests and speakers of one event (PDF)", &runExportBadges},
        {"registrations", "the registrations of one event as CSV", &runExportRegistrations},
        {"mailing", "addresses of people who agreed to be contacted (CSV or vCard)",
         &runExportMailing},
    };
    return runFormat(QStringLiteral("export"), QStringLiteral("Exports events to other programs."),
                     QStringLiteral("FORMAT [OPTIONS]"), formats, arguments, out, err);
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const Format formats[] = {
        {"ics", "iCalendar (RFC 5545) files from Outlook, Google, Apple or Thunderbird",
         &runImportIcs},
        {"registrations", "registrations of one event from a CSV or TSV file",
         &runImportRegistrations},
    };
    return runFormat(QStringLiteral("import"),
                     QStringLiteral("Imports events and registrations from other programs."),
                     QStringLiteral("FORMAT [OPTIONS] FILE"), formats, arguments, out, err);
}

} // namespace Podium::Cli
