#include "documentfile.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Podium {

std::optional<Document> readDocumentFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile",
                                                 "%1 does not exist or is not a file.")
                         .arg(shown);
        return std::nullopt;
    }
    if (info.size() > Document::maximumContentSize) {
        if (error)
            *error = QCoreApplication::translate(
                         "Podium::DocumentFile",
                         "%1 is %2 MB; a file kept in the database may be at most %3 MB. "
                         "Put it on a shared drive or a web page and add a link instead.")
                         .arg(shown)
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(Document::maximumContentSize / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile", "Cannot read %1: %2")
                         .arg(shown, file.errorString());
        return std::nullopt;
    }
    // Read one byte more than allowed, in case the file grew since it was measured.
    const QByteArray content = file.read(Document::maximumContentSize + 1);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile", "Cannot read %1: %2")
                         .arg(shown, file.errorString());
        return std::nullopt;
    }
    if (content.size() > Document::maximumContentSize) {
        if (error)
            *error = QCoreApplication::translate(
                         "Podium::DocumentFile",
                         "%1 is larger than %2 MB; a file kept in the database may not be larger.")
                         .arg(shown)
                         .arg(Document::maximumContentSize / (1024 * 1024));
        return std::nullopt;
    }
    if (content.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile", "%1 is empty.").arg(shown);
        return std::nullopt;
    }
    Document d;
    d.fileName = info.fileName();
    d.title = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    d.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), content).name();
    d.content = content;
    return d;
}

QString safeDocumentFileName(const Document &document)
{
    QString name = QFileInfo(document.fileName).fileName();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || forbidden.contains(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.trimmed().isEmpty())
        name = QStringLiteral("document-%1").arg(document.id);
    return name;
}

bool writeDocumentFile(const Document &document, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (document.content.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile",
                                                 "“%1” is a link, not a file kept in the database.")
                         .arg(document.title);
        return false;
    }
    QString reason;
    if (!writeFileAtomically(path, document.content, &reason)) {
        if (error)
            *error = QCoreApplication::translate("Podium::DocumentFile", "Cannot write %1: %2")
                         .arg(shown, reason);
        return false;
    }
    return true;
}

} // namespace Podium
