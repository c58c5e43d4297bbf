#pragma once

#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Podium {

/** A place where events are held; its rooms are Room records. */
struct Venue
{
    qint64 id = 0;
    QString name;
    /** Street and number. */
    QString address;
    QString postalCode;
    QString city;
    QString country;
    /** Seats in the whole venue; empty when unknown. */
    std::optional<int> capacity;
    QString notes;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    /** "Uferstraße 12, 10557 Berlin": the parts that are given, on one line. */
    QString addressLine() const;

    bool operator==(const Venue &) const = default;
};

QList<ValidationIssue> validate(const Venue &venue);

} // namespace Podium
