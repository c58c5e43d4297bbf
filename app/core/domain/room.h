#pragma once

#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Podium {

/** A room of a venue; it goes when its venue goes. */
struct Room
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString name;
    std::optional<int> capacity;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const Room &) const = default;
};

QList<ValidationIssue> validate(const Room &room);

} // namespace Podium
