#pragma once

#include <QString>

namespace Podium {

/**
 * The one type family of printed programmes, DejaVu Sans: it covers every
 * Latin, Greek and Cyrillic name, so a programme looks the same on every
 * machine instead of falling back to whatever fonts happen to be installed.
 */
class ProgrammeFonts
{
public:
    /**
     * Registers the four faces (regular, bold, oblique, bold oblique) once
     * and returns the family name, or an empty string with @p error saying
     * which file is missing. Needs a QGuiApplication.
     */
    static QString family(QString *error);

    /** Where the faces are looked for, in order: built into Podium, then the system's copy. */
    static QStringList searchPaths();
};

} // namespace Podium
