#include "organisation.h"

#include "enumtext.h"
#include "validation.h"

#include <QCoreApplication>

namespace Podium {

namespace {
const EnumText<OrganisationKind> kinds[] = {
    {OrganisationKind::Foundation, "foundation", "Foundation", "Stiftung"},
    {OrganisationKind::University, "university", "University or institute",
     "Hochschule oder Institut"},
    {OrganisationKind::CityNetwork, "city_network", "City network", "Städtenetzwerk"},
    {OrganisationKind::Ngo, "ngo", "Non-governmental organisation", "Nichtregierungsorganisation"},
    {OrganisationKind::PublicBody, "public_body", "Public body", "Öffentliche Einrichtung"},
    {OrganisationKind::Company, "company", "Company", "Unternehmen"},
    {OrganisationKind::Other, "other", "Other", "Sonstige"},
};
} // namespace

QString toStorage(OrganisationKind kind)
{
    return EnumText<OrganisationKind>::storageOf(kinds, kind);
}

template<>
std::optional<OrganisationKind> fromStorage<OrganisationKind>(const QString &text)
{
    return EnumText<OrganisationKind>::parse(kinds, text);
}

template<>
QList<OrganisationKind> allValues<OrganisationKind>()
{
    return EnumText<OrganisationKind>::values(kinds);
}

QString organisationKindLabel(OrganisationKind kind, Language language)
{
    return EnumText<OrganisationKind>::labelOf(kinds, kind, language);
}

QString Organisation::displayName() const
{
    if (shortName.trimmed().isEmpty() || shortName.trimmed() == name.trimmed())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, shortName);
}

QList<ValidationIssue> validate(const Organisation &organisation)
{
    QList<ValidationIssue> issues;
    Validation::requireText(issues, QStringLiteral("name"), organisation.name,
                            QCoreApplication::translate("Podium::Organisation",
                                                        "Please enter the organisation's name."));
    Validation::checkWebAddress(issues, QStringLiteral("website"), organisation.website);
    if (organisation.id != 0 && organisation.parentId == organisation.id)
        issues.append({QStringLiteral("parentId"),
                       QCoreApplication::translate("Podium::Organisation",
                                                   "An organisation cannot be part of itself.")});
    if (organisation.parentId < 0)
        issues.append({QStringLiteral("parentId"),
                       QCoreApplication::translate("Podium::Organisation",
                                                   "The parent organisation does not exist.")});
    return issues;
}

} // namespace Podium
