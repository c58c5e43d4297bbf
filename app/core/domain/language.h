#pragma once

#include "fromstorage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Podium {

/** The two languages Podium keeps bilingual text in, and in which an event is held. */
enum class Language { English, German };

template<typename Enum>
std::optional<Enum> fromStorage(const QString &text);
template<typename Enum>
QList<Enum> allValues();

/** "en" or "de", as in the event.language column. */
QString toStorage(Language language);
template<>
std::optional<Language> fromStorage<Language>(const QString &text);
template<>
QList<Language> allValues<Language>();

/** "English"/"Englisch", "German"/"Deutsch". */
QString languageLabel(Language language, Language shownIn);

/** The other of the two languages. */
constexpr Language otherLanguage(Language language)
{
    return language == Language::English ? Language::German : Language::English;
}

} // namespace Podium
