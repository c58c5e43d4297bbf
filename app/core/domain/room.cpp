#include "room.h"

#include "validation.h"

#include <QCoreApplication>

namespace Podium {

QList<ValidationIssue> validate(const Room &room)
{
    QList<ValidationIssue> issues;
    Validation::requireText(
        issues, QStringLiteral("name"), room.name,
        QCoreApplication::translate("Podium::Room", "Please enter the room's name."));
    if (room.venueId <= 0)
        issues.append(
            {QStringLiteral("venueId"),
             QCoreApplication::translate("Podium::Room", "Please choose the room's venue.")});
    Validation::checkCapacity(issues, QStringLiteral("capacity"), room.capacity);
    return issues;
}

} // namespace Podium
