#include "language.h"

#include "enumtext.h"

namespace Podium {

namespace {
const EnumText<Language> languages[] = {
    {Language::English, "en", "English", "Englisch"},
    {Language::German, "de", "German", "Deutsch"},
};
} // namespace

QString toStorage(Language language)
{
    return EnumText<Language>::storageOf(languages, language);
}

template<>
std::optional<Language> fromStorage<Language>(const QString &text)
{
    return EnumText<Language>::parse(languages, text);
}

template<>
QList<Language> allValues<Language>()
{
    return EnumText<Language>::values(languages);
}

QString languageLabel(Language language, Language shownIn)
{
    return EnumText<Language>::labelOf(languages, language, shownIn);
}

} // namespace Podium
