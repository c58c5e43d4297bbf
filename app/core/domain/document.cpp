#include "document.h"

#include "enumtext.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Podium {

namespace {
const EnumText<DocumentKind> kinds[] = {
    {DocumentKind::Agenda, "agenda", "Agenda", "Programm"},
    {DocumentKind::Invitation, "invitation", "Invitation", "Einladung"},
    {DocumentKind::Background, "background", "Background paper", "Hintergrundpapier"},
    {DocumentKind::Report, "report", "Report", "Bericht"},
    {DocumentKind::Presentation, "presentation", "Presentation", "Präsentation"},
    {DocumentKind::Press, "press", "Press release", "Pressemitteilung"},
    {DocumentKind::Photo, "photo", "Photo", "Foto"},
    {DocumentKind::Other, "other", "Other", "Sonstiges"},
};
} // namespace

QString toStorage(DocumentKind kind)
{
    return EnumText<DocumentKind>::storageOf(kinds, kind);
}

template<>
std::optional<DocumentKind> fromStorage<DocumentKind>(const QString &text)
{
    return EnumText<DocumentKind>::parse(kinds, text);
}

template<>
QList<DocumentKind> allValues<DocumentKind>()
{
    return EnumText<DocumentKind>::values(kinds);
}

QString documentKindLabel(DocumentKind kind, Language language)
{
    return EnumText<DocumentKind>::labelOf(kinds, kind, language);
}

QList<ValidationIssue> validate(const Document &document)
{
    QList<ValidationIssue> issues;
    if (document.eventId <= 0)
        issues.append(
            {QStringLiteral("eventId"),
             QCoreApplication::translate("Podium::Document", "Please choose the event.")});
    Validation::requireText(
        issues, QStringLiteral("title"), document.title,
        QCoreApplication::translate("Podium::Document", "Please enter a title."));
    const bool hasUrl = !document.url.isEmpty();
    const bool hasContent = !document.content.isEmpty();
    if (hasUrl && hasContent)
        issues.append({QStringLiteral("url"),
                       QCoreApplication::translate(
                           "Podium::Document", "Please give either a link or a file, not both.")});
    else if (!hasUrl && !hasContent)
        issues.append({QStringLiteral("url"),
                       QCoreApplication::translate("Podium::Document",
                                                   "Please give a link or attach a file.")});
    Validation::checkWebAddress(issues, QStringLiteral("url"), document.url);
    if (hasContent) {
        if (document.fileName.trimmed().isEmpty())
            issues.append(
                {QStringLiteral("fileName"),
                 QCoreApplication::translate("Podium::Document", "The file needs a name.")});
        if (document.mimeType.trimmed().isEmpty())
            issues.append(
                {QStringLiteral("mimeType"),
                 QCoreApplication::translate("Podium::Document", "The file's type is missing.")});
        if (document.content.size() > Document::maximumContentSize) {
            const QLocale c = QLocale::c();
            issues.append(
                {QStringLiteral("content"),
                 QCoreApplication::translate("Podium::Document",
                                             "The file is %1; files up to %2 can be kept in the "
                                             "database. Please link to it instead.")
                     .arg(c.formattedDataSize(document.content.size(), 1,
                                              QLocale::DataSizeTraditionalFormat),
                          c.formattedDataSize(Document::maximumContentSize, 0,
                                              QLocale::DataSizeTraditionalFormat))});
        }
    }
    if (document.position < 0)
        issues.append(
            {QStringLiteral("position"),
             QCoreApplication::translate("Podium::Document", "The position cannot be negative.")});
    return issues;
}

} // namespace Podium
