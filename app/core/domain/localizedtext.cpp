#include "localizedtext.h"

namespace Podium {

namespace {
bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}
} // namespace

QString LocalizedText::exactly(Language language) const
{
    return language == Language::German ? de : en;
}

void LocalizedText::set(Language language, const QString &text)
{
    (language == Language::German ? de : en) = text;
}

QString LocalizedText::in(Language language) const
{
    const QString wanted = exactly(language);
    if (!isBlank(wanted))
        return wanted;
    const QString other = exactly(otherLanguage(language));
    return isBlank(other) ? QString() : other;
}

bool LocalizedText::isEmpty() const
{
    return isBlank(en) && isBlank(de);
}

} // namespace Podium
