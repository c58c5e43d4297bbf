#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Podium {

bool readImportFile(const QString &path, QByteArray *data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Podium", "Cannot read %1: %2")
                         .arg(shown, file.errorString());
        return false;
    }
    // A pipe or a device reports no size: read at most one byte more than
    // allowed, which is enough to tell.
    const qint64 size = file.size();
    if (size > maxImportFileBytes) {
        if (error)
            *error = QCoreApplication::translate(
                         "Podium", "%1 is %2; Podium imports files of up to %3. Split it into "
                                   "smaller files.")
                         .arg(shown, QLocale().formattedDataSize(size),
                              QLocale().formattedDataSize(maxImportFileBytes));
        return false;
    }
    QByteArray bytes = file.read(maxImportFileBytes + 1);
    if (bytes.size() > maxImportFileBytes) {
        if (error)
            *error = QCoreApplication::translate(
                         "Podium", "%1 is larger than %2; Podium imports files of up to %2. "
                                   "Split it into smaller files.")
                         .arg(shown, QLocale().formattedDataSize(maxImportFileBytes));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Podium", "Cannot read %1: %2")
                         .arg(shown, file.errorString());
        return false;
    }
    *data = std::move(bytes);
    return true;
}

} // namespace Podium
