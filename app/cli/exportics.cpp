#include "exportics.h"

#include "cli.h"
#include "commandsupport.h"
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "util/atomicfile.h"
#include "util/handoff.h"
#include "util/savefileerror.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

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

} // namespace

int runExportIcs(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("export ics"),
        QStringLiteral("Exports events as an iCalendar file (RFC 5545) to publish or "
                       "send. Criteria given together must all hold."),
        out, err);
    QCommandLineParser &p = cmd.parser();
    cmd.addDatabaseOption();
    p.addOption(QCommandLineOption(QStringLiteral("event"),
                                   QStringLiteral("An event, by id or UID; repeat for several."),
                                   QStringLiteral("ID")));
    p.addOption(
        QCommandLineOption(QStringLiteral("series"),
                           QStringLiteral("The events of a series, by its English or German name; "
                                          "the calendar takes the series' name."),
                           QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(
        QStringLiteral("from"),
        QStringLiteral("Events on or after this day, in each event's own time zone."),
        QStringLiteral("YYYY-MM-DD")));
    p.addOption(QCommandLineOption(
        QStringLiteral("to"),
        QStringLiteral("Events on or before this day, in each event's own time zone."),
        QStringLiteral("YYYY-MM-DD")));
    p.addOption(
        QCommandLineOption(QStringLiteral("published"),
                           QStringLiteral("The public feed: every published event, cancelled ones "
                                          "included so that subscribers remove them.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("programme-items"),
        QStringLiteral("Also export each programme item as an event of its own.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("invite"),
        QStringLiteral("Make an invitation (METHOD:REQUEST) to the one selected event for this "
                       "person, by id or e-mail address; repeat for several. Only the people "
                       "named here appear in the file."),
        QStringLiteral("PERSON_ID_OR_EMAIL")));
    cmd.addLanguageOption();
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    if (!p.positionalArguments().isEmpty())
        return cmd.usageError(
            QStringLiteral("Unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    if (p.value(QStringLiteral("database")).isEmpty())
        return cmd.usageError(QStringLiteral("--database FILE is required."));
    if (p.value(QStringLiteral("output")).isEmpty())
        return cmd.usageError(
            QStringLiteral("--output FILE is required (\"-\" for standard output)."));
    ICalExport::Options options;
    if (!cmd.language(&options.language))
        return cmd.usageError(QStringLiteral("Unknown language \"%1\"; choose de or en.")
                                  .arg(p.value(QStringLiteral("language"))));
    options.programmeItems = p.isSet(QStringLiteral("programme-items"));

    ICalEvents::Selection selection;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        QDate *date = name == QLatin1StringView("from") ? &selection.from : &selection.to;
        if (!dateOption(p, name, date))
            return cmd.usageError(
                QStringLiteral("--%1 \"%2\" is not a date of the form YYYY-MM-DD.")
                    .arg(name, p.value(name)));
    }
    if (selection.from.isValid() && selection.to.isValid() && selection.from > selection.to)
        return cmd.usageError(
            QStringLiteral("--from %1 is after --to %2.")
                .arg(selection.from.toString(Qt::ISODate), selection.to.toString(Qt::ISODate)));
    selection.series = p.value(QStringLiteral("series")).trimmed();
    if (p.isSet(QStringLiteral("series")) && selection.series.isEmpty())
        return cmd.usageError(QStringLiteral("--series needs the name of a series."));
    selection.publishedOnly = p.isSet(QStringLiteral("published"));
    const QStringList eventArguments = p.values(QStringLiteral("event"));
    // Exporting every event at once would put drafts and internal dates
    // into a file meant for others; the user says what to export.
    if (eventArguments.isEmpty() && selection.series.isEmpty() && !selection.from.isValid() &&
        !selection.to.isValid() && !selection.publishedOnly)
        return cmd.usageError(
            QStringLiteral("Say what to export: --event, --series, --from, --to or --published."));

    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    for (const QString &idOrUid : eventArguments) {
        const qint64 id = cmd.resolveEvent(*db, idOrUid.trimmed(), &error);
        if (id == 0)
            return cmd.failure(error);
        selection.eventIds.append(id);
    }
    const QStringList inviteArguments = p.values(QStringLiteral("invite"));
    if (!inviteArguments.isEmpty() && options.programmeItems)
        return cmd.usageError(QStringLiteral("An invitation (--invite) is for the event alone; "
                                             "leave out --programme-items."));
    for (const QString &idOrEmail : inviteArguments) {
        ICalEvents::Recipient recipient;
        if (!ICalEvents::recipient(*db, idOrEmail, &recipient, &error))
            return cmd.failure(QStringLiteral("--invite: ") + error);
        // The same person named twice is invited once.
        const bool known =
            std::any_of(options.invitees.cbegin(), options.invitees.cend(), [&](const auto &r) {
                return r.email.compare(recipient.email, Qt::CaseInsensitive) == 0;
            });
        if (!known)
            options.invitees.append(recipient);
    }
    const QString target = p.value(QStringLiteral("output"));
    const auto cannotWrite = [&cmd, &target](const QString &reason) {
        return cmd.failure(
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason));
    };
    const QString noEvent = QStringLiteral("No event matches the selection; nothing was written.");
    // The calendar in parts (its header, the events, the end), written one
    // after the other: a large one is not copied into one array first.
    QList<QByteArray> parts;
    if (!options.invitees.isEmpty()) {
        QList<ICalEvents::Event> events;
        if (!ICalEvents::read(*db, selection, &events, &error))
            return cmd.failure(error);
        if (events.isEmpty())
            return cmd.failure(noEvent);
        const QString problem = ICalExport::invitationProblem(*db, events, options);
        if (!problem.isEmpty())
            return cmd.failure(problem + QStringLiteral(" Nothing was written."));
        if (!selection.series.isEmpty()) {
            const ICalEvents::Event &first = events.constFirst();
            options.calendarName =
                first.series.in(options.language.isEmpty() ? first.language : options.language);
        }
        parts = {ICalExport::write(*db, events, options)};
    } else {
        // Each event is written as it is read; none is kept. The events are
        // read on this thread and written on another, side by side;
        // @p written runs there after each one.
        const bool named = !selection.series.isEmpty();
        const QString language = options.language;
        const auto readInto = [&](ICalExport::Stream &stream,
                                  const std::function<void()> &written) {
            Handoff<ICalEvents::Event> writer([&](ICalEvents::Event &e) {
                if (named && stream.count() == 0)
                    stream.setCalendarName(e.series.in(language.isEmpty() ? e.language : language));
                stream.add(e);
                if (written)
                    written();
            });
            return ICalEvents::forEach(
                *db, selection, [&writer](ICalEvents::Event &e) { writer.put(e); }, &error);
        };
        if (target != QLatin1StringView("-")) {
            // Into the file as the events come, so that writing tens of
            // megabytes overlaps reading them: the VTIMEZONEs at the top
            // are worked out from the zones' first and last instants
            // beforehand. Should an event fall outside them (an offset
            // change across New Year, or an event at the edge of a range
            // of dates that is left out), the calendar is written again
            // below, all at once.
            QHash<QByteArray, QPair<QDateTime, QDateTime>> spans;
            if (!ICalEvents::zoneSpans(*db, selection, options.programmeItems, &spans, &error))
                return cmd.failure(error);
            ICalExport::Stream stream(*db, options);
            stream.expectZones(spans);
            QSaveFile file(target);
            bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
            if (!ok)
                return cannotWrite(saveFileErrorReason(file));
            const auto put = [&file, &ok](const QByteArray &bytes) {
                ok = ok && file.write(bytes) == bytes.size();
            };
            constexpr qsizetype chunk = 1 << 20;
            const bool read = readInto(stream, [&] {
                if (stream.count() == 1)
                    put(stream.header());
                if (stream.pendingSize() >= chunk)
                    put(stream.takeEvents());
            });
            if (!read) {
                file.cancelWriting();
                return cmd.failure(error);
            }
            if (stream.count() == 0) {
                file.cancelWriting();
                return cmd.failure(noEvent);
            }
            if (stream.headerHolds()) {
                put(stream.takeEvents());
                put(ICalExport::Stream::end());
                if (!ok || !file.commit())
                    return cannotWrite(saveFileErrorReason(file));
                return Success;
            }
            file.cancelWriting();
        }
        ICalExport::Stream stream(*db, options);
        if (!readInto(stream, {}))
            return cmd.failure(error);
        if (stream.count() == 0)
            return cmd.failure(noEvent);
        parts = stream.finishInParts();
    }
    if (target == QLatin1StringView("-")) {
        for (const QByteArray &part : std::as_const(parts)) {
            if (!cmd.writeOutput(part, false, &error))
                return cmd.failure(error);
        }
        return Success;
    }
    QString reason;
    if (!writeFileAtomically(target, parts, &reason))
        return cannotWrite(reason);
    return Success;
}

} // namespace Podium::Cli
