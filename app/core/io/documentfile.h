#pragma once

#include "domain/document.h"

#include <QString>

#include <optional>

namespace Podium {

/**
 * Reads the file at @p path into a document kept in the database (file
 * name, MIME type from its content and name, and the bytes). Refuses, with a
 * message naming the file, one that cannot be read, is empty, or is larger
 * than Document::maximumContentSize; then nothing is read.
 */
std::optional<Document> readDocumentFile(const QString &path, QString *error);

/**
 * Writes the bytes of a document kept in the database to @p path, atomically
 * (a half-written file never replaces one that was there). False with a
 * message naming the file if it cannot be written.
 */
bool writeDocumentFile(const Document &document, const QString &path, QString *error);

/**
 * A file name for saving or opening @p document: its own name with anything
 * that would escape a folder or upset a file system replaced.
 */
QString safeDocumentFileName(const Document &document);

} // namespace Podium
