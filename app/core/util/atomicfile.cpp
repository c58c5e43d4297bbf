#include "atomicfile.h"

#include "savefileerror.h"

#include <QSaveFile>

namespace Podium {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                         FileAccess access)
{
    return writeFileAtomically(path, QList<QByteArray>{data}, reason, access);
}

bool writeFileAtomically(const QString &path, const QList<QByteArray> &parts, QString *reason,
                         FileAccess access)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
                   (access == FileAccess::Usual ||
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    for (qsizetype i = 0; written && i < parts.size(); ++i)
        written = file.write(parts.at(i)) == parts.at(i).size();
    written = written && file.commit();
    if (!written && reason)
        *reason = saveFileErrorReason(file);
    return written;
}

} // namespace Podium
