#include "person.h"

#include "validation.h"

#include <QCoreApplication>

namespace Podium {

QString Person::fullName() const
{
    return (givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
}

QString Person::displayName() const
{
    return (honorific.trimmed() + QLatin1Char(' ') + fullName()).trimmed();
}

QList<ValidationIssue> validate(const Person &person)
{
    QList<ValidationIssue> issues;
    if (person.givenName.trimmed().isEmpty() && person.familyName.trimmed().isEmpty())
        issues.append({QStringLiteral("familyName"),
                       QCoreApplication::translate("Podium::Person",
                                                   "Please enter a given or family name.")});
    Validation::checkEmail(issues, QStringLiteral("email"), person.email);
    if (!person.photo.isEmpty() && person.photoMimeType.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("photoMimeType"),
             QCoreApplication::translate("Podium::Person", "The photo's file type is missing.")});
    if (person.organisationId < 0)
        issues.append(
            {QStringLiteral("organisationId"),
             QCoreApplication::translate("Podium::Person", "The organisation does not exist.")});
    return issues;
}

} // namespace Podium
