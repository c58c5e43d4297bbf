#include "exportpdf.h"

#include "cli.h"
#include "commandsupport.h"
#include "eventexportoptions.h"
#include "io/programmedata.h"
#include "io/programmerenderer.h"

#include <QTextStream>

namespace Podium::Cli {

int runExportPdf(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(QStringLiteral("export pdf"),
                       QStringLiteral("Prints an event's programme as a PDF."), out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("The event (id or UID)."), QStringLiteral("ID")));
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("paper"), QStringLiteral("Paper size: a4 (default), letter or a5."),
        QStringLiteral("a4|letter|a5"), QStringLiteral("a4")));
    cmd.addLanguageOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("pdfa"),
        QStringLiteral("Write PDF/A-1b, for archiving (no transparency, identified as PDF/A).")));
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;

    QString event;
    if (const int code = checkEventExportOptions(cmd, &event); code >= 0)
        return code;
    ProgrammeRenderer::Options options;
    options.pdfA = cmd.parser().isSet(QStringLiteral("pdfa"));
    const QString paper = cmd.parser().value(QStringLiteral("paper"));
    if (!ProgrammeRenderer::paperFromName(paper, &options.paper))
        return cmd.usageError(
            QStringLiteral("Unknown paper \"%1\"; choose a4, letter or a5.").arg(paper));
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
    const std::optional<ProgrammeData> data = ProgrammeData::load(*db, eventId, language, &error);
    if (!data)
        return cmd.failure(error);
    const QByteArray pdf = ProgrammeRenderer(options).render(*data, &error);
    if (pdf.isEmpty())
        return cmd.failure(error);
    if (!cmd.writeOutput(pdf, false, &error))
        return cmd.failure(error);
    return Success;
}

} // namespace Podium::Cli
