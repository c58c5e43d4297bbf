#pragma once

#include "domain/language.h"
#include "models/pagedsqlmodel.h"

namespace Podium {

/**
 * Organisations with their kind, place, parent and number of people,
 * filtered by text and kind.
 *
 * Threading: lives on the thread that owns the Database.
 */
class OrganisationTableModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        CityColumn,
        CountryColumn,
        ParentColumn,
        PeopleColumn
    };

    explicit OrganisationTableModel(Database &database, Language language,
                                    QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /** Only organisations of this kind (its storage name); empty for all. */
    void setKindFilter(const QString &kind);

protected:
    QVariant displayData(int row, int column, const QVariant &value, int role) const override;

private:
    void apply();

    Language m_language;
    QString m_search;
    QString m_kind;
};

} // namespace Podium
