#pragma once

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Podium {

/**
 * Sorting names for people to read, in lists made in memory (the choices of
 * a combo box, a list built from several queries). Tables sorted by the
 * database use the folded *_key columns instead (foldText()), which give
 * the same order for German names: DIN 5007-1, ä as a, ß as ss.
 *
 * The rules are those of @p locale's language (the interface language by
 * default) as ICU has them. In German: "Arzt", "Ärzte", "Aussicht"; ß as
 * ss ("Strasse" just before "Straße"); accents and case count only between
 * names otherwise equal ("Muller" before "Müller", "Zoe" before "Zoë");
 * digits compare as numbers ("Raum 9" before "Raum 10"). The C locale,
 * which collates by code point, is taken as English (Unicode's default
 * order).
 */
QCollator displayCollator(const QLocale &locale = QLocale());

/**
 * True if @p a comes before @p b for @p collator; names the collator holds
 * equal are ordered by their UTF-16 code units, so that every sort is the
 * same whatever order the names came in.
 */
bool displayLess(const QCollator &collator, const QString &a, const QString &b);

/** Sorts @p names with displayCollator(@p locale) and displayLess(). */
void sortForDisplay(QStringList &names, const QLocale &locale = QLocale());

/**
 * Sorts @p items by the name @p nameOf gives each, as sortForDisplay()
 * does; items with the same name keep their order.
 */
template<typename List, typename NameOf>
void sortByDisplayName(List &items, NameOf nameOf, const QLocale &locale = QLocale())
{
    const QCollator collator = displayCollator(locale);
    std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
        return displayLess(collator, nameOf(a), nameOf(b));
    });
}

} // namespace Podium
