#include "exportprint.h"

#include "cli.h"
#include "commandsupport.h"
#include "eventexportoptions.h"
#include "io/attendeelist.h"
#include "io/badgerenderer.h"
#include "io/programmedata.h"
#include "io/programmehtml.h"
#include "io/signinsheetrenderer.h"

#include <QTextStream>

namespace Podium::Cli {

namespace {

enum class Document { SignIn, Participants, Badges, Html };

/** The four commands share their options, checks and exit codes; only the document differs. */
int runDocument(Document document, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const struct
    {
        const char *name;
        const char *synopsis;
    } commands[] = {
        {"export signin", "Prints the sign-in sheet of an event as a PDF."},
        {"export participants",
         "Prints the list of an event's participants who agreed to be listed, as a PDF."},
        {"export badges", "Prints name badges for an event's guests and speakers as a PDF."},
        {"export html", "Writes an event's programme as an HTML page for the website."},
    };
    const auto &command = commands[int(document)];
    CommandSupport cmd(QString::fromLatin1(command.name), QString::fromLatin1(command.synopsis),
                       out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("The event (id or UID)."), QStringLiteral("ID")));
    if (document == Document::Badges)
        cmd.parser().addOption(QCommandLineOption(
            QStringLiteral("layout"),
            QStringLiteral("Badge layout: a4-2x4 (eight 90 × 55 mm badges on A4, the default) or "
                           "a6 (one per A6 sheet)."),
            QStringLiteral("a4-2x4|a6"), QStringLiteral("a4-2x4")));
    cmd.addLanguageOption();
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    QString event;
    if (const int code = checkEventExportOptions(cmd, &event); code >= 0)
        return code;
    BadgeRenderer::Layout layout = BadgeRenderer::Layout::A4TwoByFour;
    if (document == Document::Badges) {
        const QString name = cmd.parser().value(QStringLiteral("layout"));
        if (!BadgeRenderer::layoutFromName(name, &layout))
            return cmd.usageError(
                QStringLiteral("Unknown layout \"%1\"; choose a4-2x4 or a6.").arg(name));
    }
    QString language;
    if (!cmd.language(&language))
        return cmd.usageError(QStringLiteral("Unknown language \"%1\"; choose de or en.")
                                  .arg(cmd.parser().value(QStringLiteral("language"))));

    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    const qint64 eventId = cmd.resolveEvent(*db, event, &error);
    if (eventId == 0)
        return cmd.failure(error);

    QByteArray bytes;
    if (document == Document::Html) {
        const std::optional<ProgrammeData> data =
            ProgrammeData::load(*db, eventId, language, &error);
        if (!data)
            return cmd.failure(error);
        bytes = ProgrammeHtml::render(*data);
    } else {
        const AttendeeList::Selection selection =
            document == Document::SignIn         ? AttendeeList::Selection::SignIn
            : document == Document::Participants ? AttendeeList::Selection::Participants
                                                 : AttendeeList::Selection::Badges;
        const std::optional<AttendeeList> list =
            AttendeeList::load(*db, eventId, selection, language, &error);
        if (!list)
            return cmd.failure(error);
        if (document == Document::Badges)
            bytes = BadgeRenderer(layout).render(*list, &error);
        else
            bytes = SignInSheetRenderer(document == Document::SignIn
                                            ? SignInSheetRenderer::Kind::SignIn
                                            : SignInSheetRenderer::Kind::Participants)
                        .render(*list, &error);
        if (bytes.isEmpty())
            return cmd.failure(error);
    }
    if (!cmd.writeOutput(bytes, false, &error))
        return cmd.failure(error);
    return Success;
}

} // namespace

int runExportSignin(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runDocument(Document::SignIn, arguments, out, err);
}

int runExportParticipants(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runDocument(Document::Participants, arguments, out, err);
}

int runExportBadges(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runDocument(Document::Badges, arguments, out, err);
}

int runExportHtml(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runDocument(Document::Html, arguments, out, err);
}

} // namespace Podium::Cli
