#include "platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace Podium::Platform {

QString currentUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // Shown in the change log as who made a change.
    return QCoreApplication::translate("Podium::Platform", "unknown");
}

bool restrictToOwner(const QString &path)
{
    // On Windows, QFile::setPermissions only toggles the read-only flag; the
    // user's profile folder is private there already.
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray fileSystemType(const QString &path)
{
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    if (!storage.isValid())
        return {};
    return storage.fileSystemType().toLower();
}

bool isNetworkFileSystemType(const QByteArray &type)
{
    // SQLite's WAL keeps its index in a memory-mapped -shm file that every
    // process must see at once; these file systems share no such memory
    // between machines (or, for VM shared folders and WSL's drives, between
    // the host and the guest), so two users would corrupt each other's view.
    static const char *const networkTypes[] = {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "lustre",
        "ncpfs",
        "coda",
        "fuse.gvfsd-fuse",
        "fuse.rclone",
        "vboxsf",
        "prl_fs",
        "drvfs",
        "fuse.s3fs",
    };
    const QByteArray lower = type.trimmed().toLower();
    for (const char *t : networkTypes) {
        if (lower == t)
            return true;
    }
    return false;
}

bool isOnNetworkFileSystem(const QString &path)
{
    return isNetworkFileSystemType(fileSystemType(path));
}

} // namespace Podium::Platform
