#include "room.h"

#include "validation.h"

namespace Podium {

QList<ValidationIssue> validate(const Room &room)
{
    QList<ValidationIssue> issues;
    Validation::requireText(issues, QStringLiteral("name"), room.name,
                            QStringLiteral("Please enter the room's name."));
    if (room.venueId <= 0)
        issues.append(
            {QStringLiteral("venueId"), QStringLiteral("Please choose the room's venue.")});
    Validation::checkCapacity(issues, QStringLiteral("capacity"), room.capacity);
    return issues;
}

} // namespace Podium
