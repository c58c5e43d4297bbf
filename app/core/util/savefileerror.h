#pragma once

#include <QString>

#include <cerrno>

class QFileDevice;

namespace Podium {

/**
 * Why writing through @p file (a QSaveFile or a QFile) failed, for a message
 * such as "Cannot write FILE: REASON". Use it in place of
 * file.errorString(), right after the open(), write() or commit() that
 * failed, so that @p savedErrno (by default errno at the call) is still the
 * system's reason.
 *
 * Qt has no reason of its own for two failures a full disk causes: a write()
 * that stops part-way (the disk filled up, or the file reached the size
 * limit) counts as a short write, not an error, and a commit() whose final
 * flush fails has its error cleared when the file is closed. Both leave
 * "Unknown error". Then the reason comes from @p savedErrno: "the disk is
 * full (No space left on device)", "the file has reached the largest size
 * allowed (File too large)", and so on.
 */
QString saveFileErrorReason(const QFileDevice &file, int savedErrno = errno);

/** The reason for the system error @p errorNumber in plain words (see above). */
QString systemWriteErrorReason(int errorNumber);

} // namespace Podium
