#include "atomicfile.h"

#include "savefileerror.h"

#include <QSaveFile>

namespace Podium {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                         FileAccess access)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
                         (access == FileAccess::Usual ||
                          file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) &&
                         file.write(data) == data.size() && file.commit();
    if (!written && reason)
        *reason = saveFileErrorReason(file);
    return written;
}

} // namespace Podium
