#include "registration.h"

#include "enumtext.h"

#include <QCoreApplication>

namespace Podium {

namespace {
const EnumText<RegistrationStatus> statuses[] = {
    {RegistrationStatus::Invited, "invited", "Invited", "Eingeladen"},
    {RegistrationStatus::Registered, "registered", "Registered", "Angemeldet"},
    {RegistrationStatus::Waitlisted, "waitlisted", "Waiting list", "Warteliste"},
    {RegistrationStatus::Confirmed, "confirmed", "Confirmed", "Bestätigt"},
    {RegistrationStatus::Cancelled, "cancelled", "Cancelled", "Abgemeldet"},
    {RegistrationStatus::Attended, "attended", "Attended", "Teilgenommen"},
    {RegistrationStatus::NoShow, "no_show", "Did not come", "Nicht erschienen"},
};
} // namespace

QString toStorage(RegistrationStatus status)
{
    return EnumText<RegistrationStatus>::storageOf(statuses, status);
}

template<>
std::optional<RegistrationStatus> fromStorage<RegistrationStatus>(const QString &text)
{
    return EnumText<RegistrationStatus>::parse(statuses, text);
}

template<>
QList<RegistrationStatus> allValues<RegistrationStatus>()
{
    return EnumText<RegistrationStatus>::values(statuses);
}

QString registrationStatusLabel(RegistrationStatus status, Language language)
{
    return EnumText<RegistrationStatus>::labelOf(statuses, status, language);
}

QList<ValidationIssue> validate(const Registration &registration)
{
    QList<ValidationIssue> issues;
    if (registration.personId <= 0)
        issues.append(
            {QStringLiteral("personId"),
             QCoreApplication::translate("Podium::Registration", "Please choose a person.")});
    if (registration.eventId <= 0)
        issues.append(
            {QStringLiteral("eventId"),
             QCoreApplication::translate("Podium::Registration", "Please choose an event.")});
    if (registration.checkedInAt.isValid() && registration.registeredAt.isValid() &&
        registration.checkedInAt < registration.registeredAt)
        issues.append(
            {QStringLiteral("checkedInAt"),
             QCoreApplication::translate("Podium::Registration",
                                         "The check-in is earlier than the registration.")});
    return issues;
}

} // namespace Podium
