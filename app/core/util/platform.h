#pragma once

#include <QByteArray>
#include <QString>

namespace Podium {

/**
 * The few things that differ between operating systems, kept in one place
 * with a portable fallback.
 */
namespace Platform {

/** The login name of the person running Podium, for the change log. */
QString currentUserName();

/**
 * Makes @p path readable and writable by its owner only (0600 on Unix).
 * Returns false if the permissions could not be set.
 */
bool restrictToOwner(const QString &path);

/**
 * The type of the file system that holds @p path ("ext4", "nfs4",
 * "fuse.sshfs"), in lower case; for a file that does not exist yet, the type
 * of its folder. Empty if it cannot be told.
 */
QByteArray fileSystemType(const QString &path);

/**
 * True if a file system of type @p type (as fileSystemType() names it) is
 * reached over the network, or shares files with another machine in a way
 * that lacks the shared memory SQLite's WAL mode needs.
 */
bool isNetworkFileSystemType(const QByteArray &type);

/** True if @p path lies on a network file system, where SQLite's WAL mode cannot work. */
bool isOnNetworkFileSystem(const QString &path);

} // namespace Platform
} // namespace Podium
