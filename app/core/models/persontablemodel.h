#pragma once

#include "domain/language.h"
#include "models/pagedsqlmodel.h"

namespace Podium {

/**
 * The one directory of people (speakers, contacts and attendees), with
 * their organisation and how many roles they have had, filtered by text,
 * organisation and role.
 *
 * Threading: lives on the thread that owns the Database.
 */
class PersonTableModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column {
        FamilyNameColumn,
        GivenNameColumn,
        OrganisationColumn,
        PositionColumn,
        EmailColumn,
        RolesColumn
    };

    explicit PersonTableModel(Database &database, Language language, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /** Only people who have a role on some event or programme item. */
    void setSpeakersOnly(bool speakersOnly);
    /** Only people of this organisation; 0 for all. */
    void setOrganisationFilter(qint64 organisationId);
    /** Only people who have had this role (its storage name); empty for all. */
    void setRoleFilter(const QString &role);

private:
    void apply();

    QString m_search;
    bool m_speakersOnly = false;
    qint64 m_organisationId = 0;
    QString m_role;
};

} // namespace Podium
