#include "searchfilter.h"

#include "util/textfold.h"

namespace Podium {

namespace {

// Longer than any name, title or address a search can match, and far below
// SQLite's limit on LIKE patterns (50,000 bytes); text pasted beyond it is
// cut rather than turned into an error.
constexpr qsizetype maxSearchLength = 256;
constexpr qsizetype maxSearchWords = 16;

} // namespace

void SearchFilter::addSearch(const QString &text, const QStringList &keyColumns)
{
    // Control characters (a NUL would end the pattern inside SQLite) count
    // as spaces between words.
    QString cleaned = text.left(maxSearchLength);
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    const QStringList words =
        foldText(cleaned).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, maxSearchWords);
    for (const QString &word : words) {
        QStringList alternatives;
        const QString pattern = QLatin1Char('%') + escapeLike(word) + QLatin1Char('%');
        for (const QString &column : keyColumns) {
            alternatives << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            m_bindings << pattern;
        }
        m_conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                            QLatin1Char(')');
    }
}

void SearchFilter::add(const QString &condition, const QVariantList &bindings)
{
    m_conditions << QLatin1Char('(') + condition + QLatin1Char(')');
    m_bindings << bindings;
}

} // namespace Podium
