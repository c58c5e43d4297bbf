#include "persontablemodel.h"

#include "models/searchfilter.h"

namespace Podium {

PersonTableModel::PersonTableModel(Database &database, Language, QObject *parent)
    : PagedSqlModel(database, parent)
{
    setQuery(
        QStringLiteral("person p LEFT JOIN organisation o ON o.id = p.organisation_id"),
        QStringLiteral("p.id"),
        {
            {tr("Family name"), QStringLiteral("p.family_name"), {QStringLiteral("p.sort_key")}},
            {tr("Given name"),
             QStringLiteral("p.given_name"),
             {QStringLiteral("coalesce(p.given_name, '')")}},
            {tr("Organisation"),
             QStringLiteral("o.name"),
             {QStringLiteral("coalesce(o.name_key, '')")}},
            {tr("Position"),
             QStringLiteral("p.position"),
             {QStringLiteral("coalesce(p.position, '')")}},
            {tr("Email"), QStringLiteral("p.email"), {QStringLiteral("coalesce(p.email, '')")}},
            {tr("Roles"),
             QStringLiteral("(SELECT count(*) FROM role ro WHERE ro.person_id = p.id)"),
             {},
             Qt::AlignRight | Qt::AlignVCenter},
        });
    sort(FamilyNameColumn, Qt::AscendingOrder);
}

void PersonTableModel::setSearchText(const QString &text)
{
    m_search = text;
    apply();
}

void PersonTableModel::setSpeakersOnly(bool speakersOnly)
{
    m_speakersOnly = speakersOnly;
    apply();
}

void PersonTableModel::setOrganisationFilter(qint64 organisationId)
{
    m_organisationId = organisationId;
    apply();
}

void PersonTableModel::setRoleFilter(const QString &role)
{
    m_role = role;
    apply();
}

void PersonTableModel::apply()
{
    SearchFilter f;
    f.addSearch(m_search,
                {QStringLiteral("p.search_key"), QStringLiteral("coalesce(o.name_key, '')")});
    if (m_speakersOnly)
        f.add(QStringLiteral("EXISTS (SELECT 1 FROM role ro WHERE ro.person_id = p.id)"));
    if (m_organisationId != 0)
        f.add(QStringLiteral("p.organisation_id = ?"), {m_organisationId});
    if (!m_role.isEmpty())
        f.add(QStringLiteral(
                  "EXISTS (SELECT 1 FROM role ro WHERE ro.person_id = p.id AND ro.role = ?)"),
              {m_role});
    setFilter(f.where(), f.bindings());
}

} // namespace Podium
