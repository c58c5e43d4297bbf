#pragma once

#include <QString>

namespace Podium {

/**
 * Folds text for search and sorting: lower case, accents removed, ß as ss,
 * runs of white space as one space. "Laura Valdés Cano" becomes
 * "laura valdes cano", and German sorting puts Ä with A.
 *
 * SQLite on Debian has no ICU, so the folded text is stored in ordinary
 * columns (the *_key columns) and searched with plain LIKE.
 */
QString foldText(const QString &text);

/** Escapes % and _ (and the escape character \) for a LIKE pattern with ESCAPE '\'. */
QString escapeLike(const QString &text);

} // namespace Podium
