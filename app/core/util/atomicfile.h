#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

/** Who may read a file Podium writes. */
enum class FileAccess {
    Usual,     ///< as the user's umask says
    OwnerOnly, ///< personal data: readable by its owner alone
};

/**
 * Writes @p data to @p path all at once or not at all: into a temporary file
 * beside it, renamed over @p path only when every byte is on disk. A file
 * that was there before stays as it was if anything fails.
 *
 * The writes go straight to the file, never through Qt's write buffer: a
 * buffered write that failed on closing (a full disk, a size limit) would
 * be taken for success and leave a cut-off file in place of the old one.
 *
 * On failure returns false and puts the reason in @p reason, for a message
 * such as "Cannot write FILE: REASON" ("the disk is full (No space left on
 * device)").
 */
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                         FileAccess access = FileAccess::Usual);

/**
 * The same for data that comes in parts: @p parts written one after the
 * other, all of them or nothing. A large export (a calendar's header and its
 * events) is written without first copying the parts into one array.
 */
bool writeFileAtomically(const QString &path, const QList<QByteArray> &parts, QString *reason,
                         FileAccess access = FileAccess::Usual);

} // namespace Podium
