#include "collation.h"

namespace Podium {

QCollator displayCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseSensitive);
    collator.setNumericMode(true);
    collator.setIgnorePunctuation(false);
    return collator;
}

bool displayLess(const QCollator &collator, const QString &a, const QString &b)
{
    const int order = collator.compare(a, b);
    return order != 0 ? order < 0 : a < b;
}

void sortForDisplay(QStringList &names, const QLocale &locale)
{
    const QCollator collator = displayCollator(locale);
    std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
        return displayLess(collator, a, b);
    });
}

} // namespace Podium
