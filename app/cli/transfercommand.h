#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/** podium transfer --from FILE|URL --to FILE|URL [--force] */
int runTransfer(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
