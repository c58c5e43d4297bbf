#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/** Exit codes shared by every subcommand. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/**
 * True if the arguments ask for the command line (a subcommand, --help or
 * --version) rather than the GUI.
 */
bool isCommandLine(int argc, char *argv[]);

/** Creates a headless application (offscreen platform) and runs the command line. */
int run(int argc, char *argv[]);

/**
 * Runs the command line on @p arguments (without the program name) inside an
 * existing application object, writing to @p out and @p err. This is what
 * run() calls, and what the tests call.
 */
int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
