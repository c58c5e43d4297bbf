#include "savefileerror.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cstring>

namespace Podium {

QString saveFileErrorReason(const QFileDevice &file, int savedErrno)
{
    if (file.error() != QFileDevice::NoError) {
        const QString own = file.errorString();
        // QIODevice's text when nothing set a reason.
        const QString unknown = QCoreApplication::translate("QIODevice", "Unknown error");
        if (!own.isEmpty() && own != unknown && own != QLatin1StringView("Unknown error"))
            return own;
    }
    if (savedErrno != 0)
        return systemWriteErrorReason(savedErrno);
    return QCoreApplication::translate("Podium", "the data could not be written completely");
}

QString systemWriteErrorReason(int errorNumber)
{
    const QString system = QString::fromLocal8Bit(std::strerror(errorNumber));
    switch (errorNumber) {
    case ENOSPC:
        return QCoreApplication::translate("Podium", "the disk is full (%1)").arg(system);
    case EFBIG:
        return QCoreApplication::translate("Podium",
                                           "the file has reached the largest size allowed (%1)")
            .arg(system);
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("Podium", "the disk quota is used up (%1)").arg(system);
#endif
    default:
        return system;
    }
}

} // namespace Podium
