#pragma once

#include "fromstorage.h"
#include "language.h"
#include "validationissue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

/** What a document is (document.kind). */
enum class DocumentKind {
    Agenda,
    Invitation,
    Background,
    Report,
    Presentation,
    Press,
    Photo,
    Other
};

QString toStorage(DocumentKind kind);
template<>
std::optional<DocumentKind> fromStorage<DocumentKind>(const QString &text);
template<>
QList<DocumentKind> allValues<DocumentKind>();
/** "Background paper"/"Hintergrundpapier", "Press release"/"Pressemitteilung"… */
QString documentKindLabel(DocumentKind kind, Language language);

/**
 * A document of an event: either a link or a small file kept in the
 * database, never a local path that would break on a colleague's machine.
 */
struct Document
{
    /** The largest file the database keeps (the schema's limit). */
    static constexpr qsizetype maximumContentSize = 10 * 1024 * 1024;

    qint64 id = 0;
    qint64 eventId = 0;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    QString url;
    QString fileName;
    QString mimeType;
    QByteArray content;
    int position = 0;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const Document &) const = default;
};

QList<ValidationIssue> validate(const Document &document);

} // namespace Podium
