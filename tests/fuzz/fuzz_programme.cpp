// libFuzzer target: an event description in Markdown, as staff type it,
// set as the HTML programme and typeset as the PDF programme.
#include "io/programmedata.h"
#include "io/programmehtml.h"
#include "io/programmerenderer.h"

#include <QGuiApplication>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Made once and never destroyed: libFuzzer ends with exit(), after which
    // Qt's thread storage is gone and a static application would crash in
    // its destructor.
    new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Podium::ProgrammeHtml::markdownToHtml(markdown);

    Podium::ProgrammeData programme;
    programme.language = QStringLiteral("en");
    programme.foundationName = QStringLiteral("Foundation");
    programme.title = QStringLiteral("Can cities save the world?");
    programme.description = markdown;
    programme.timeZone = QTimeZone("Europe/Berlin");
    programme.start = QDateTime(QDate(2023, 9, 19), QTime(19, 0), programme.timeZone);
    programme.end = programme.start.addSecs(2 * 3600);
    Podium::ProgrammeData::Item item;
    item.start = programme.start;
    item.end = programme.end;
    item.kind = QStringLiteral("panel");
    item.title = markdown.left(200);
    programme.items.append(item);
    (void)Podium::ProgrammeHtml::render(programme);

    QString error;
    const QByteArray pdf =
        Podium::ProgrammeRenderer(Podium::ProgrammeRenderer::Options{}).render(programme, &error);
    if (pdf.isEmpty() && error.isEmpty())
        std::abort(); // a failure must say why
    return 0;
}
