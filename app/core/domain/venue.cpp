#include "venue.h"

#include "validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace Podium {

QString Venue::addressLine() const
{
    QStringList parts;
    if (!address.trimmed().isEmpty())
        parts << address.trimmed();
    const QString place = (postalCode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

QList<ValidationIssue> validate(const Venue &venue)
{
    QList<ValidationIssue> issues;
    Validation::requireText(
        issues, QStringLiteral("name"), venue.name,
        QCoreApplication::translate("Podium::Venue", "Please enter the venue's name."));
    Validation::checkCapacity(issues, QStringLiteral("capacity"), venue.capacity);
    return issues;
}

} // namespace Podium
