#pragma once

#include "fromstorage.h"
#include "language.h"
#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

/** Where a guest stands for one event (registration.status). */
enum class RegistrationStatus {
    Invited,
    Registered,
    Waitlisted,
    Confirmed,
    Cancelled,
    Attended,
    NoShow
};

QString toStorage(RegistrationStatus status);
template<>
std::optional<RegistrationStatus> fromStorage<RegistrationStatus>(const QString &text);
template<>
QList<RegistrationStatus> allValues<RegistrationStatus>();
/** "Waiting list"/"Warteliste", "Did not come"/"Nicht erschienen"… */
QString registrationStatusLabel(RegistrationStatus status, Language language);

/** A person's invitation to or registration for one event, through to check-in. */
struct Registration
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 eventId = 0;
    RegistrationStatus status = RegistrationStatus::Registered;
    /** When the person registered; stamped on saving if a status beyond an invitation has none. */
    QDateTime registeredAt;
    QDateTime checkedInAt;
    /** Dietary or access needs, as the guest put them. */
    QString needs;
    QString notes;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const Registration &) const = default;
};

QList<ValidationIssue> validate(const Registration &registration);

} // namespace Podium
