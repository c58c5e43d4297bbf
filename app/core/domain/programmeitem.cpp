#include "programmeitem.h"

#include "enumtext.h"
#include "event.h"
#include "validation.h"

#include <QCoreApplication>

namespace Podium {

namespace {
const EnumText<ProgrammeItemKind> kinds[] = {
    {ProgrammeItemKind::Welcome, "welcome", "Welcome", "Begrüßung"},
    {ProgrammeItemKind::Introduction, "introduction", "Introduction", "Einführung"},
    {ProgrammeItemKind::Keynote, "keynote", "Keynote", "Keynote"},
    {ProgrammeItemKind::Panel, "panel", "Panel", "Podiumsgespräch"},
    {ProgrammeItemKind::Discussion, "discussion", "Discussion", "Diskussion"},
    {ProgrammeItemKind::Talk, "talk", "Talk", "Vortrag"},
    {ProgrammeItemKind::QuestionsAndAnswers, "qa", "Questions and answers", "Fragen und Antworten"},
    {ProgrammeItemKind::Break, "break", "Break", "Pause"},
    {ProgrammeItemKind::Reception, "reception", "Reception", "Empfang"},
    {ProgrammeItemKind::Other, "other", "Other", "Sonstiges"},
};
} // namespace

QString toStorage(ProgrammeItemKind kind)
{
    return EnumText<ProgrammeItemKind>::storageOf(kinds, kind);
}

template<>
std::optional<ProgrammeItemKind> fromStorage<ProgrammeItemKind>(const QString &text)
{
    return EnumText<ProgrammeItemKind>::parse(kinds, text);
}

template<>
QList<ProgrammeItemKind> allValues<ProgrammeItemKind>()
{
    return EnumText<ProgrammeItemKind>::values(kinds);
}

QString programmeItemKindLabel(ProgrammeItemKind kind, Language language)
{
    return EnumText<ProgrammeItemKind>::labelOf(kinds, kind, language);
}

QList<ValidationIssue> validate(const ProgrammeItem &item, const Event &event)
{
    QList<ValidationIssue> issues;
    if (item.eventId <= 0)
        issues.append(
            {QStringLiteral("eventId"),
             QCoreApplication::translate("Podium::ProgrammeItem", "Please choose the event.")});
    else if (event.id != 0 && item.eventId != event.id)
        issues.append(
            {QStringLiteral("eventId"),
             QCoreApplication::translate("Podium::ProgrammeItem",
                                         "The programme item belongs to another event.")});
    Validation::requireEither(
        issues, QStringLiteral("title"), item.title,
        QCoreApplication::translate("Podium::ProgrammeItem",
                                    "Please enter a title in German or English."));
    Validation::checkSpan(issues, item.start, item.end, event.timeZone);
    if (item.position < 0)
        issues.append({QStringLiteral("position"),
                       QCoreApplication::translate("Podium::ProgrammeItem",
                                                   "The position cannot be negative.")});
    return issues;
}

} // namespace Podium
