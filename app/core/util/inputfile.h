#pragma once

#include <QByteArray>
#include <QString>

namespace Podium {

/**
 * The largest file an import reads: far beyond any real calendar or list of
 * registrations (100,000 registrations make about 10 MB), and small enough
 * that reading it whole never threatens the machine's memory.
 */
constexpr qint64 maxImportFileBytes = 64 * 1024 * 1024;

/**
 * Reads @p path for an import into @p data. Refuses, with a message naming
 * the file, one that cannot be read or is larger than maxImportFileBytes;
 * then nothing is read.
 */
bool readImportFile(const QString &path, QByteArray *data, QString *error);

} // namespace Podium
