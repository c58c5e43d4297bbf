// Chooses between the GUI and the command line; nothing else.
#include "cli.h"
#include "gui.h"

int main(int argc, char *argv[])
{
    if (Podium::Cli::isCommandLine(argc, argv))
        return Podium::Cli::run(argc, argv);
    return Podium::Gui::run(argc, argv);
}
