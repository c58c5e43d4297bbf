#pragma once

#include "domain/language.h"
#include "models/pagedsqlmodel.h"

namespace Podium {

/**
 * Registrations across all events (the Attendees view): who, from which
 * organisation, for which event, in which state. Sorted by family name by
 * default; built for a million rows.
 *
 * Threading: lives on the thread that owns the Database.
 */
class RegistrationTableModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column {
        FamilyNameColumn,
        GivenNameColumn,
        OrganisationColumn,
        EmailColumn,
        EventColumn,
        EventDateColumn,
        StatusColumn,
        RegisteredAtColumn,
        CheckedInColumn
    };

    explicit RegistrationTableModel(Database &database, Language language,
                                    QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /** Only registrations for this event; 0 for all. */
    void setEventFilter(qint64 eventId);
    /** Only registrations with this status (its storage name); empty for all. */
    void setStatusFilter(const QString &status);
    /**
     * A search that at most this many people match reads those people's
     * registrations and sorts them, instead of walking the order's index
     * (see apply()). 256 by default; for tests, -1 walks always.
     */
    void setFewPeople(int people);

    /** Finds the people a search names again (see apply()), then reloads. */
    void refresh() override;

protected:
    QVariant displayData(int row, int column, const QVariant &value, int role) const override;

private:
    /** Sets the filter; false if it was already this one. */
    bool apply();

    Language m_language;
    QString m_search;
    qint64 m_eventId = 0;
    QString m_status;
    int m_fewPeople = 256;
};

} // namespace Podium
