#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/** podium init --database FILE [--demo] */
int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium list events|people|organisations|registrations --database FILE [--format tsv|json] */
int runList(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium export FORMAT [OPTIONS]: chooses the exporter of FORMAT. */
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium import FORMAT [OPTIONS] FILE: chooses the importer of FORMAT. */
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
