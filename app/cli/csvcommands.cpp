#include "csvcommands.h"

#include "cli.h"
#include "commandsupport.h"
#include "eventexportoptions.h"
#include "io/registrationexport.h"
#include "io/registrationimport.h"
#include "util/inputfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace Podium::Cli {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("tab");
    if (delimiter == QLatin1Char(';'))
        return QStringLiteral("semicolon");
    if (delimiter == QLatin1Char(','))
        return QStringLiteral("comma");
    return QStringLiteral("“%1”").arg(delimiter);
}

} // namespace

int runImportRegistrations(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("import registrations"),
        QStringLiteral("Imports the registrations of one event from a CSV or TSV file (comma, "
                       "semicolon or tab; UTF-8 or Windows-1252). Columns are found by their "
                       "German or English headers. People are matched by e-mail, then by name "
                       "and organisation, never duplicated. All or nothing: if any row is "
                       "rejected, nothing is imported."),
        out, err);
    QCommandLineParser &p = cmd.parser();
    cmd.addDatabaseOption();
    p.addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("The event, by id or UID."), QStringLiteral("ID")));
    p.addOption(QCommandLineOption(
        QStringLiteral("dry-run"),
        QStringLiteral("Only show what would be created, matched or rejected; write nothing.")));
    p.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("The file to import."));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return cmd.usageError(QStringLiteral("Name the CSV file to import."));
    if (const int code = cmd.checkArguments(1); code >= 0)
        return code;
    if (p.value(QStringLiteral("event")).isEmpty())
        return cmd.usageError(QStringLiteral("--event ID is required."));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    QByteArray data;
    QString readError;
    if (!readImportFile(files.constFirst(), &data, &readError))
        return cmd.failure(readError);
    const QString name = QDir::toNativeSeparators(files.constFirst());

    auto db = cmd.openDatabase(dryRun);
    if (!db)
        return Failure;
    QString error;
    const qint64 eventId = cmd.resolveEvent(*db, p.value(QStringLiteral("event")), &error);
    if (eventId == 0)
        return cmd.failure(error);

    QElapsedTimer timer;
    timer.start();
    const RegistrationImport::Source source = RegistrationImport::read(data);
    const RegistrationImport::Plan plan = RegistrationImport::plan(*db, eventId, source);
    if (!plan.error.isEmpty())
        return cmd.failure(QStringLiteral("%1: %2 Nothing was imported.").arg(name, plan.error));

    out << QStringLiteral("%1: %2, %3, separated by %4.\n")
               .arg(name)
               .arg(plan.rows.size() == 1 ? QStringLiteral("1 row")
                                          : QStringLiteral("%1 rows").arg(plan.rows.size()))
               .arg(CsvReader::encodingName(source.encoding), delimiterName(source.delimiter));
    if (!plan.ignoredHeaders.isEmpty())
        out << QStringLiteral("Not imported (unknown headers): %1.\n")
                   .arg(plan.ignoredHeaders.join(QStringLiteral(", ")));
    for (const RegistrationImport::Row &row : plan.rows) {
        if (row.isRejected())
            out << QStringLiteral("rejected  line %1  %2\n").arg(row.line).arg(row.rejection);
    }
    using RI = RegistrationImport;
    const int rejected = plan.rejectedCount();
    out << QStringLiteral("People: %1 new, %2 matched. Organisations: %3 new. Registrations: %4 "
                          "new, %5 already there. Rejected rows: %6.\n")
               .arg(plan.count(RI::PersonAction::Create))
               .arg(plan.count(RI::PersonAction::Match))
               .arg(plan.count(RI::OrganisationAction::Create))
               .arg(plan.count(RI::RegistrationAction::Create))
               .arg(plan.count(RI::RegistrationAction::AlreadyPresent))
               .arg(rejected);
    if (rejected > 0)
        return cmd.failure(
            (rejected == 1 ? QStringLiteral("1 row was rejected")
                           : QStringLiteral("%1 rows were rejected").arg(rejected)) +
            QStringLiteral("; nothing was imported. Correct %1 and import it again.").arg(name));
    if (dryRun) {
        out << "Dry run: nothing was written.\n";
        return Success;
    }
    const RI::Result result = RI::apply(*db, plan, RI::ApplyOptions());
    if (!result.ok)
        return cmd.failure(result.error);
    out << QStringLiteral("Imported in %1 s.\n").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return Success;
}

int runExportRegistrations(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("export registrations"),
        QStringLiteral("Exports the registrations of one event as CSV (RFC 4180, UTF-8), in the "
                       "order of a sign-in sheet. Cells a spreadsheet would run as a formula "
                       "(starting with = + - @) get a leading apostrophe."),
        out, err);
    QCommandLineParser &p = cmd.parser();
    cmd.addDatabaseOption();
    p.addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("The event, by id or UID."), QStringLiteral("ID")));
    p.addOption(QCommandLineOption(
        QStringLiteral("status"),
        QStringLiteral("Only registrations with this status (registered, invited, waitlisted, "
                       "confirmed, cancelled, attended, no-show); repeat for several."),
        QStringLiteral("S")));
    p.addOption(
        QCommandLineOption(QStringLiteral("columns"),
                           QStringLiteral("The columns, separated by commas, from: %1.").arg([] {
                               QStringList keys;
                               for (const auto c : RegistrationExport::allColumns())
                                   keys << RegistrationExport::key(c);
                               return keys.join(QStringLiteral(", "));
                           }()),
                           QStringLiteral("LIST")));
    p.addOption(QCommandLineOption(
        QStringLiteral("bom"),
        QStringLiteral("Start the file with a byte-order mark, so that Excel shows umlauts.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("delimiter"),
        QStringLiteral("comma (default), semicolon (what German Excel opens) or tab."),
        QStringLiteral("comma|semicolon|tab"), QStringLiteral("comma")));
    cmd.addLanguageOption();
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    QString event;
    if (const int code = checkEventExportOptions(cmd, &event); code >= 0)
        return code;
    RegistrationExport::Options options;
    QString language;
    if (!cmd.language(&language))
        return cmd.usageError(QStringLiteral("Unknown language \"%1\"; choose de or en.")
                                  .arg(p.value(QStringLiteral("language"))));
    options.language = language == QLatin1StringView("de") ? Language::German : Language::English;
    options.byteOrderMark = p.isSet(QStringLiteral("bom"));
    const QString delimiter = p.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1StringView("comma"))
        options.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1StringView("semicolon"))
        options.delimiter = QLatin1Char(';');
    else if (delimiter == QLatin1StringView("tab"))
        options.delimiter = QLatin1Char('\t');
    else
        return cmd.usageError(
            QStringLiteral("Unknown delimiter \"%1\"; choose comma, semicolon or tab.")
                .arg(delimiter));
    for (const QString &s : p.values(QStringLiteral("status"))) {
        const std::optional<RegistrationStatus> status = RegistrationImport::statusFromText(s);
        if (!status)
            return cmd.usageError(
                QStringLiteral("Unknown status \"%1\"; choose registered, invited, waitlisted, "
                               "confirmed, cancelled, attended or no-show.")
                    .arg(s));
        if (!options.statuses.contains(*status))
            options.statuses << *status;
    }
    if (p.isSet(QStringLiteral("columns"))) {
        const QStringList keys =
            p.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &k : keys) {
            const auto column = RegistrationExport::columnFromKey(k.trimmed());
            if (!column)
                return cmd.usageError(QStringLiteral("Unknown column \"%1\".").arg(k.trimmed()));
            options.columns << *column;
        }
        if (options.columns.isEmpty())
            return cmd.usageError(QStringLiteral("--columns needs at least one column."));
    }

    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    const qint64 eventId = cmd.resolveEvent(*db, event, &error);
    if (eventId == 0)
        return cmd.failure(error);
    QByteArray data;
    int rows = 0;
    if (!RegistrationExport::write(*db, eventId, options, &data, &rows, &error))
        return cmd.failure(error);
    if (!cmd.writeOutput(data, false, &error))
        return cmd.failure(error);
    // With "-" the file itself goes to standard output, which must hold nothing else.
    if (p.value(QStringLiteral("output")) != QLatin1StringView("-"))
        out << QStringLiteral("%1 registrations written to %2.\n")
                   .arg(rows)
                   .arg(QDir::toNativeSeparators(p.value(QStringLiteral("output"))));
    return Success;
}

} // namespace Podium::Cli
