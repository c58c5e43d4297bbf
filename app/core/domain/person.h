#pragma once

#include "consent.h"
#include "validationissue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

/**
 * Anyone in the directory: speakers, chairs and attendees alike, so that a
 * panellist of one evening is the same record as a guest of another.
 */
struct Person
{
    qint64 id = 0;
    /** "Dr.", "Prof." — printed before the name, never sorted by. */
    QString honorific;
    QString givenName;
    QString familyName;
    /** The person's job title, such as "Head of Policy". */
    QString position;
    /** 0 for none. */
    qint64 organisationId = 0;
    QString email;
    QString phone;
    QString biography;
    QByteArray photo;
    QString photoMimeType;
    QString notes;
    /** May we write to them about further events? */
    Consent consentContact;
    /** May their name appear on the list of participants? */
    Consent consentList;
    /** May photos of them be published? */
    Consent consentPhoto;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    /** "Laura Valdés Cano": given and family name. */
    QString fullName() const;
    /** The full name with the honorific in front. */
    QString displayName() const;

    bool operator==(const Person &) const = default;
};

QList<ValidationIssue> validate(const Person &person);

} // namespace Podium
