#include "importics.h"

#include "cli.h"
#include "commandsupport.h"
#include "domain/language.h"
#include "io/icalimport.h"
#include "util/inputfile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

namespace Podium::Cli {

namespace {

/** Reads a YYYY-MM-DD option; false if it is given but is no such date. */
bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = parser.value(name).trimmed();
    *date = form.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    return date->isValid();
}

QString when(const ICalImport::Step &step)
{
    const Event &e = step.event;
    QTimeZone zone(e.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    if (e.allDay)
        return e.start.toTimeZone(zone).date().toString(Qt::ISODate) + QStringLiteral(" (all day)");
    return e.start.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm ")) +
           QString::fromUtf8(e.timeZone);
}

} // namespace

int runImportIcs(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("import ics"),
        QStringLiteral("Imports the events of an iCalendar file (RFC 5545). An event whose UID "
                       "is already in the database is updated, never duplicated; an unchanged "
                       "one is skipped. Recurring events are imported as their first "
                       "occurrence unless --expand-from and --expand-to ask for each "
                       "occurrence in that range, known by UID and RECURRENCE-ID."),
        out, err);
    QCommandLineParser &p = cmd.parser();
    cmd.addDatabaseOption();
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                   QStringLiteral("Only show what would be created, updated or "
                                                  "skipped; write nothing.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("expand-from"),
        QStringLiteral("Expand recurring events into their occurrences from this day on."),
        QStringLiteral("YYYY-MM-DD")));
    p.addOption(QCommandLineOption(
        QStringLiteral("expand-to"),
        QStringLiteral("Expand recurring events into their occurrences up to this day."),
        QStringLiteral("YYYY-MM-DD")));
    p.addOption(QCommandLineOption(QStringLiteral("language"),
                                   QStringLiteral("The language of the file's text: de or en "
                                                  "(guessed from each event's text if not "
                                                  "given)."),
                                   QStringLiteral("de|en")));
    p.addPositionalArgument(QStringLiteral("FILE.ics"), QStringLiteral("The calendar file."));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return cmd.usageError(QStringLiteral("Name the .ics file to import."));
    if (const int code = cmd.checkArguments(1); code >= 0)
        return code;
    QString languageText;
    if (!cmd.language(&languageText))
        return cmd.usageError(QStringLiteral("Unknown language \"%1\"; choose de or en.")
                                  .arg(p.value(QStringLiteral("language"))));

    ICalImport::Options options;
    if (!languageText.isEmpty())
        options.language = fromStorage<Language>(languageText);
    for (const QString &name : {QStringLiteral("expand-from"), QStringLiteral("expand-to")}) {
        QDate *date = name == QLatin1StringView("expand-from") ? &options.reader.expandFrom
                                                               : &options.reader.expandTo;
        if (!dateOption(p, name, date))
            return cmd.usageError(
                QStringLiteral("--%1 \"%2\" is not a date of the form YYYY-MM-DD.")
                    .arg(name, p.value(name)));
    }
    if (options.reader.expandFrom.isValid() != options.reader.expandTo.isValid())
        return cmd.usageError(
            QStringLiteral("--expand-from and --expand-to go together: recurring events are "
                           "expanded only within a range."));
    if (options.reader.expandFrom.isValid() && options.reader.expandFrom > options.reader.expandTo)
        return cmd.usageError(QStringLiteral("--expand-from %1 is after --expand-to %2.")
                                  .arg(options.reader.expandFrom.toString(Qt::ISODate),
                                       options.reader.expandTo.toString(Qt::ISODate)));
    options.reader.expand = options.reader.expandFrom.isValid();
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    QByteArray data;
    QString readError;
    if (!readImportFile(files.constFirst(), &data, &readError))
        return cmd.failure(readError);

    auto db = cmd.openDatabase(dryRun);
    if (!db)
        return Failure;
    const ICalImport::Plan plan = ICalImport::plan(*db, data, options);
    if (!plan.error.isEmpty())
        return cmd.failure(QStringLiteral("%1: %2 Nothing was imported.")
                               .arg(QDir::toNativeSeparators(files.constFirst()), plan.error));

    for (const ICalImport::Step &step : plan.steps) {
        out << ICalImport::actionName(step.action).leftJustified(7) << "line " << step.line << "  "
            << (step.title.isEmpty() ? QStringLiteral("(untitled)") : step.title);
        if (step.action != ICalImport::Action::Skip)
            out << "  " << when(step);
        out << "  [" << step.identity << "]";
        if (!step.reason.isEmpty())
            out << "  " << step.reason;
        out << '\n';
    }
    if (plan.steps.isEmpty())
        out << "The file holds no events.\n";

    if (!dryRun) {
        QString error;
        if (!ICalImport::apply(*db, plan, &error))
            return cmd.failure(error);
    }
    const int created = plan.count(ICalImport::Action::Create);
    const int updated = plan.count(ICalImport::Action::Update);
    const int skipped = plan.count(ICalImport::Action::Skip);
    if (dryRun)
        out << QStringLiteral("Dry run: %1 would be created, %2 updated, %3 skipped; nothing "
                              "was written.\n")
                   .arg(created)
                   .arg(updated)
                   .arg(skipped);
    else
        out << QStringLiteral("%1 created, %2 updated, %3 skipped.\n")
                   .arg(created)
                   .arg(updated)
                   .arg(skipped);
    return Success;
}

} // namespace Podium::Cli
