#pragma once

#include "localizedtext.h"
#include "validationissue.h"

#include <QDateTime>
#include <QList>

namespace Podium {

/** A recurring format that events belong to, such as the Berlin Summer Dialogue. */
struct Series
{
    qint64 id = 0;
    LocalizedText name;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const Series &) const = default;
};

QList<ValidationIssue> validate(const Series &series);

} // namespace Podium
