#include "organisationtablemodel.h"

#include "domain/organisation.h"
#include "models/searchfilter.h"

namespace Podium {

OrganisationTableModel::OrganisationTableModel(Database &database, Language language,
                                               QObject *parent)
    : PagedSqlModel(database, parent)
    , m_language(language)
{
    setQuery(QStringLiteral("organisation o LEFT JOIN organisation par ON par.id = o.parent_id"),
             QStringLiteral("o.id"),
             {
                 {tr("Name"), QStringLiteral("o.name"), {QStringLiteral("o.name_key")}},
                 {tr("Short name"),
                  QStringLiteral("o.short_name"),
                  {QStringLiteral("coalesce(o.short_name, '')")}},
                 {tr("Kind"), QStringLiteral("o.kind"), {QStringLiteral("o.kind")}},
                 {tr("City"), QStringLiteral("o.city"), {QStringLiteral("coalesce(o.city, '')")}},
                 {tr("Country"),
                  QStringLiteral("o.country"),
                  {QStringLiteral("coalesce(o.country, '')")}},
                 {tr("Part of"),
                  QStringLiteral("par.name"),
                  {QStringLiteral("coalesce(par.name_key, '')")}},
                 {tr("People"),
                  QStringLiteral("(SELECT count(*) FROM person p WHERE p.organisation_id = o.id)"),
                  {},
                  Qt::AlignRight | Qt::AlignVCenter},
             });
    sort(NameColumn, Qt::AscendingOrder);
}

void OrganisationTableModel::setSearchText(const QString &text)
{
    m_search = text;
    apply();
}

void OrganisationTableModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    apply();
}

void OrganisationTableModel::apply()
{
    SearchFilter f;
    // Short names such as "sef:" are not folded in a column; LIKE already
    // ignores ASCII case, which is what short names use.
    f.addSearch(m_search,
                {QStringLiteral("o.name_key"), QStringLiteral("coalesce(lower(o.short_name), '')"),
                 QStringLiteral("coalesce(lower(o.city), '')")});
    if (!m_kind.isEmpty())
        f.add(QStringLiteral("o.kind = ?"), {m_kind});
    setFilter(f.where(), f.bindings());
}

QVariant OrganisationTableModel::displayData(int row, int column, const QVariant &value,
                                             int role) const
{
    if (column == KindColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (const auto k = fromStorage<OrganisationKind>(value.toString()))
            return organisationKindLabel(*k, m_language);
    }
    return PagedSqlModel::displayData(row, column, value, role);
}

} // namespace Podium
