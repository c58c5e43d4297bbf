#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/**
 * podium backup --database FILE [--output FILE]
 * podium backup --list --database FILE
 */
int runBackup(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium restore --database FILE --from BACKUP */
int runRestore(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
