#pragma once

#include <QString>
#include <QVariant>

namespace Podium {

class Database;

/**
 * An SQL condition that finds text regardless of case in the same way on
 * both backends.
 *
 * SQLite's LIKE ignores the case of ASCII letters only; PostgreSQL's LIKE
 * does not ignore case at all, and its ILIKE follows the server's locale.
 * The condition made here is a sieve that lets through at least every value
 * for which QString::contains(text, Qt::CaseInsensitive) (or, for equals(),
 * QString::compare(…, Qt::CaseInsensitive) == 0) holds: ASCII letters match
 * in either case, and where @p text has a letter beyond ASCII, or one whose
 * other case lies beyond ASCII (k and the Kelvin sign, s and the long s,
 * i and the dotless i),
 * any one character matches. The caller checks each value that passes with
 * that same QString function, so what is found does not depend on the
 * backend or on the server's locale, and "VALDÉS" is found for "Valdés".
 *
 * On SQLite the condition is a LIKE; on a server a regular expression with
 * a bracket for each letter (never locale-dependent).
 */
struct CaselessMatch
{
    /** The condition, with one placeholder for value. */
    QString sql;
    QVariant value;

    /** Values of @p column that may contain @p text. */
    static CaselessMatch contains(const Database &database, const QString &column,
                                  const QString &text);
    /** Values of @p column that may equal @p text. */
    static CaselessMatch equals(const Database &database, const QString &column,
                                const QString &text);
};

} // namespace Podium
