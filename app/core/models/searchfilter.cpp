#include "searchfilter.h"

#include "util/textfold.h"

namespace Podium {

void SearchFilter::addSearch(const QString &text, const QStringList &keyColumns)
{
    const QStringList words = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
