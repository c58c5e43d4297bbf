#pragma once

#include <QProcessEnvironment>

namespace Podium {

class MainWindow;

/**
 * Measuring the start of the window as a whole process, for the benchmarks
 * (docs/BENCHMARKS.md), driven by the environment:
 *
 * - PODIUM_START_VIEW=events|people|organisations|attendees|home|statistics
 *   shows that view first;
 * - PODIUM_EXIT_AFTER_FIRST_PAINT=1 waits for the window's first paint,
 *   prints "podium: first paint after N ms since the process started" to
 *   standard error and quits with exit code 0.
 *
 * Without either variable, nothing changes.
 */
namespace StartupProbe {

/** Applies the variables of @p environment to @p window; call before showing it. */
void install(MainWindow &window,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/** Milliseconds since this process started (from the kernel's record of it where available). */
qint64 msSinceProcessStart();

} // namespace StartupProbe

} // namespace Podium
