#pragma once

#include "fromstorage.h"
#include "language.h"
#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium {

/** What sort of body an organisation is (organisation.kind). */
enum class OrganisationKind {
    Foundation,
    University,
    CityNetwork,
    Ngo,
    PublicBody,
    Company,
    Other
};

QString toStorage(OrganisationKind kind);
template<>
std::optional<OrganisationKind> fromStorage<OrganisationKind>(const QString &text);
template<>
QList<OrganisationKind> allValues<OrganisationKind>();
/** "Foundation"/"Stiftung", "City network"/"Städtenetzwerk"… */
QString organisationKindLabel(OrganisationKind kind, Language language);

/** A foundation, university, city network or other body that people belong to. */
struct Organisation
{
    qint64 id = 0;
    QString name;
    /** The form used in running text, such as "sef:". */
    QString shortName;
    OrganisationKind kind = OrganisationKind::Other;
    QString city;
    QString country;
    QString website;
    /** The body this one is part of (an institute's university); 0 for none. */
    qint64 parentId = 0;
    QString notes;

    QDateTime createdAt;
    QDateTime modifiedAt;
    /** 0 for a record not yet saved. */
    int rowVersion = 0;

    /** "Development and Peace Foundation (sef:)", or the name alone without a short name. */
    QString displayName() const;

    bool operator==(const Organisation &) const = default;
};

/**
 * The rules an organisation keeps on its own. Cycles through other
 * organisations need the database; OrganisationRepository checks those.
 */
QList<ValidationIssue> validate(const Organisation &organisation);

} // namespace Podium
