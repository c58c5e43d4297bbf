#pragma once

#include "domain/language.h"
#include "models/pagedsqlmodel.h"

#include <QDate>

namespace Podium {

/**
 * All events, newest first by default, with their series, venue and the
 * number of people registered, filtered by text, status, series and dates.
 *
 * Threading: lives on the thread that owns the Database.
 */
class EventTableModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        SeriesColumn,
        StatusColumn,
        PublishedColumn,
        VenueColumn,
        RegisteredColumn
    };

    explicit EventTableModel(Database &database, Language language, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /** Only events with this status (its storage name); empty for all. */
    void setStatusFilter(const QString &status);
    /** Only events of this series; 0 for all. */
    void setSeriesFilter(qint64 seriesId);
    /** Only events starting within [from, to] (dates in UTC, either may be null). */
    void setDateRange(const QDate &from, const QDate &to);

protected:
    QVariant displayData(int row, int column, const QVariant &value, int role) const override;

private:
    void apply();

    Language m_language;
    QString m_search;
    QString m_status;
    qint64 m_seriesId = 0;
    QDate m_from;
    QDate m_to;
};

} // namespace Podium
