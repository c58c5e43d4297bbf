#include "role.h"

#include "enumtext.h"
#include "programmeitem.h"

#include <QCoreApplication>

namespace Podium {

namespace {
// German programmes print the function before the name ("Moderation: Nora
// Witt", "Podium: …"), so the German labels are those words, not literal
// translations of the English nouns.
const EnumText<RoleKind> kinds[] = {
    {RoleKind::Chair, "chair", "Chair", "Moderation"},
    {RoleKind::Moderator, "moderator", "Moderator", "Moderation"},
    {RoleKind::Panellist, "panellist", "Panellist", "Podium"},
    {RoleKind::Speaker, "speaker", "Speaker", "Vortrag"},
    {RoleKind::Keynote, "keynote", "Keynote", "Keynote"},
    {RoleKind::Welcome, "welcome", "Welcome address", "Grußwort"},
};

const EnumText<RoleStatus> statuses[] = {
    {RoleStatus::Asked, "asked", "Asked", "Angefragt"},
    {RoleStatus::Confirmed, "confirmed", "Confirmed", "Zugesagt"},
    {RoleStatus::Declined, "declined", "Declined", "Abgesagt"},
};
} // namespace

QString toStorage(RoleKind kind)
{
    return EnumText<RoleKind>::storageOf(kinds, kind);
}

template<>
std::optional<RoleKind> fromStorage<RoleKind>(const QString &text)
{
    return EnumText<RoleKind>::parse(kinds, text);
}

template<>
QList<RoleKind> allValues<RoleKind>()
{
    return EnumText<RoleKind>::values(kinds);
}

QString roleLabel(RoleKind kind, Language language)
{
    return EnumText<RoleKind>::labelOf(kinds, kind, language);
}

QString toStorage(RoleStatus status)
{
    return EnumText<RoleStatus>::storageOf(statuses, status);
}

template<>
std::optional<RoleStatus> fromStorage<RoleStatus>(const QString &text)
{
    return EnumText<RoleStatus>::parse(statuses, text);
}

template<>
QList<RoleStatus> allValues<RoleStatus>()
{
    return EnumText<RoleStatus>::values(statuses);
}

QString roleStatusLabel(RoleStatus status, Language language)
{
    return EnumText<RoleStatus>::labelOf(statuses, status, language);
}

QList<ValidationIssue> validate(const Role &role)
{
    QList<ValidationIssue> issues;
    if (role.personId <= 0)
        issues.append({QStringLiteral("personId"),
                       QCoreApplication::translate("Podium::Role", "Please choose a person.")});
    if (role.eventId <= 0)
        issues.append({QStringLiteral("eventId"),
                       QCoreApplication::translate("Podium::Role", "Please choose an event.")});
    if (role.programmeItemId < 0)
        issues.append(
            {QStringLiteral("programmeItemId"),
             QCoreApplication::translate("Podium::Role", "The programme item does not exist.")});
    if (role.position < 0)
        issues.append(
            {QStringLiteral("position"),
             QCoreApplication::translate("Podium::Role", "The position cannot be negative.")});
    return issues;
}

QList<ValidationIssue> validate(const Role &role, const ProgrammeItem &item)
{
    QList<ValidationIssue> issues = validate(role);
    if (role.programmeItemId != item.id) {
        issues.append({QStringLiteral("programmeItemId"),
                       QCoreApplication::translate("Podium::Role",
                                                   "The role names a different programme item.")});
    } else if (item.eventId != role.eventId) {
        const QString title = item.title.in(Language::English);
        issues.append(
            {QStringLiteral("programmeItemId"),
             title.isEmpty()
                 ? QCoreApplication::translate("Podium::Role",
                                               "The programme item belongs to another event.")
                 : QCoreApplication::translate("Podium::Role",
                                               "The programme item “%1” belongs to another event.")
                       .arg(title)});
    }
    return issues;
}

} // namespace Podium
