#include "caselessmatch.h"

#include "database.h"

namespace Podium {

namespace {

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// ASCII letters with a case partner beyond ASCII: K and the Kelvin sign,
// S and the long s (both folded to ASCII by Unicode's case folding, which Qt
// follows), I and the dotless i (whose capital is I).
bool hasFarPartner(char32_t c)
{
    return c == U'k' || c == U'K' || c == U's' || c == U'S' || c == U'i' || c == U'I';
}

// A LIKE pattern (escape character \): ASCII as it is, which SQLite compares
// without regard to case; any one character for everything else.
QString likePattern(const QString &text)
{
    QString pattern;
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x80 || hasFarPartner(c)) {
            pattern += QLatin1Char('_');
            continue;
        }
        if (c == U'%' || c == U'_' || c == U'\\')
            pattern += QLatin1Char('\\');
        pattern += QChar(char16_t(c));
    }
    return pattern;
}

// A PostgreSQL regular expression: a bracket with both cases for each ASCII
// letter (with its partners beyond ASCII where it has them), any one
// character for everything beyond ASCII, every other character escaped.
QString regexPattern(const QString &text)
{
    QString pattern;
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x80) {
            pattern += QLatin1Char('.');
        } else if (isAsciiLetter(c)) {
            const QChar ch{char16_t(c)};
            pattern += QLatin1Char('[');
            pattern += ch.toLower();
            pattern += ch.toUpper();
            if (c == U'k' || c == U'K')
                pattern += QChar(char16_t(0x212A));
            if (c == U's' || c == U'S')
                pattern += QChar(char16_t(0x017F));
            if (c == U'i' || c == U'I')
                pattern += QChar(char16_t(0x0131));
            pattern += QLatin1Char(']');
        } else if (isAsciiDigit(c)) {
            pattern += QChar(char16_t(c));
        } else {
            pattern += QLatin1Char('\\');
            pattern += QChar(char16_t(c));
        }
    }
    return pattern;
}

CaselessMatch make(const Database &database, const QString &column, const QString &text, bool whole)
{
    if (database.isServer()) {
        const QString pattern = regexPattern(text);
        return {QStringLiteral("%1 ~ ?").arg(column),
                whole ? QString(QLatin1Char('^') + pattern + QLatin1Char('$')) : pattern};
    }
    const QString pattern = likePattern(text);
    return {QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column),
            whole ? pattern : QString(QLatin1Char('%') + pattern + QLatin1Char('%'))};
}

} // namespace

CaselessMatch CaselessMatch::contains(const Database &database, const QString &column,
                                      const QString &text)
{
    return make(database, column, text, false);
}

CaselessMatch CaselessMatch::equals(const Database &database, const QString &column,
                                    const QString &text)
{
    return make(database, column, text, true);
}

} // namespace Podium
