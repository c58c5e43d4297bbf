#pragma once

#include <QString>

namespace Podium::Gui {

/**
 * Starts the window: opens the database named on the command line
 * (`podium FILE` or `podium --database FILE`), or the default database in the
 * user's data folder, creating it with the demo data the first time.
 */
int run(int argc, char *argv[]);

/** The default database: podium.podium in QStandardPaths::AppDataLocation. */
QString defaultDatabasePath();

} // namespace Podium::Gui
