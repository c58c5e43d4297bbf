#include "collation.h"

namespace Podium {

QCollator displayCollator(const QLocale &locale)
{
    // The C locale (a system with LANG unset, a service) collates by code
    // point, which puts "Ärzte" after "Zentrum"; a person reading the list
    // expects the letters' order, which English's rules (Unicode's default
    // order) give.
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
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
