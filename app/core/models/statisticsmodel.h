#pragma once

#include "domain/language.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Podium {

class Database;

/** What one row of the statistics stands for. */
enum class StatisticsGrouping { Event, Series, Year };

/**
 * The figures of one event, series or year, as reported to funders.
 *
 * The definitions, applied the same way in every grouping:
 * - Cancelled events are left out altogether.
 * - An event has been held once it has ended (its end is before "now") and
 *   its status is planned or confirmed; a draft or postponed event that
 *   lies in the past has not been held.
 * - registrations: registered, confirmed, waiting list, attended and
 *   no-show; invitations without an answer and cancelled registrations are
 *   not registrations.
 * - attended (held events only): status "attended", or registered or
 *   confirmed and checked in at the door.
 * - no-shows (held events only): status "no-show", or registered or
 *   confirmed and never checked in.
 * - attendance rate = attended / (attended + no-shows); no-show rate =
 *   no-shows / (attended + no-shows). The two add up to 100 %. The waiting
 *   list does not count: those people were never offered a seat. Without
 *   any attended or no-show there is no rate.
 * - open = registrations − attended − no-shows: registrations for events
 *   not held (yet) and the waiting list of held events.
 */
struct StatisticsRow
{
    /** The event's id, the series' id (empty without series), or the year. */
    QVariant key;
    /** The event's title, the series' name, or the year. */
    QString label;
    /** The first and last start among the row's events (local date for an event, UTC otherwise). */
    QDate firstDate;
    QDate lastDate;
    int events = 0;
    int heldEvents = 0;
    int registrations = 0;
    int waitlisted = 0;
    int cancelled = 0;
    int attended = 0;
    int noShows = 0;

    int open() const { return registrations - attended - noShows; }
    /** attended / (attended + no-shows), or nothing if both are 0. */
    std::optional<double> attendanceRate() const;
    /** no-shows / (attended + no-shows), or nothing if both are 0. */
    std::optional<double> noShowRate() const;

    bool operator==(const StatisticsRow &) const = default;
};

/** What to count: the grouping, the events' dates and the moment that divides past from future. */
struct StatisticsQuery
{
    StatisticsGrouping grouping = StatisticsGrouping::Event;
    /** Only events starting on or after this date (UTC); null for no limit. */
    QDate from;
    /** Only events starting on or before this date (UTC); null for no limit. */
    QDate to;
    /** Events that ended before this instant may have been held. */
    QDateTime now;
    /** The language of event titles and series names. */
    Language language = Language::English;
};

namespace Statistics {

/**
 * Counts in SQL, grouped as @p query says, into @p rows (in date order for
 * events and years, by name for series, events without a series last) and
 * the sum over all of them into @p total. False with @p error if the
 * database cannot be read.
 */
bool compute(const Database &database, const StatisticsQuery &query, QList<StatisticsRow> *rows,
             StatisticsRow *total, QString *error);

/** The word for one row of @p grouping: "Event", "Series", "Year". */
QString groupingLabel(StatisticsGrouping grouping);

/** How the rates are defined, in a few sentences a person can read. */
QString definitions();

} // namespace Statistics

/**
 * The statistics as a table: one row per event, series or year, and a last
 * row with the totals. Display values are formatted (rates as "87.5 %");
 * ValueRole gives the plain numbers (rates as fractions) for sorting and
 * charts.
 *
 * Counting reads every registration, so it never runs on the window's
 * thread: refresh() hands it to a BackgroundReader (a read-only connection
 * of its own on the same file) and returns at once. Until the figures
 * arrive, state() is Counting and every figure shows "…" (with no value
 * behind it): the rows of the last count keep their names, or, before the
 * first count or after the grouping or dates changed, a single row of
 * totals stands in. A refresh made while one is running supersedes it, so
 * the figures shown are always those of the latest refresh. The model
 * counts nothing until refresh() is first called (a view asks when it is
 * shown).
 *
 * Threading: lives on the thread that owns the Database.
 */
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DatesColumn,
        EventsColumn,
        RegistrationsColumn,
        WaitlistedColumn,
        CancelledColumn,
        AttendedColumn,
        NoShowsColumn,
        AttendanceRateColumn,
        NoShowRateColumn,
        ColumnCount
    };
    enum Role {
        /** The number behind a cell (a rate as a fraction, invalid if there is none). */
        ValueRole = Qt::UserRole + 1,
        /** True on the row of totals. */
        TotalRole,
    };

    /** Whether the figures shown are counted. */
    enum class State {
        /** Nothing counted yet: no rows. */
        NotCounted,
        /** A count is under way; the figures show "…". */
        Counting,
        /** The figures of the latest refresh (or its error, see lastError()). */
        Ready,
    };
    Q_ENUM(State)

    StatisticsModel(Database &database, Language language, QObject *parent = nullptr);
    ~StatisticsModel() override;

    State state() const { return m_state; }
    /** How many counts ran on the background connection (not the window's). */
    int backgroundCounts() const;

    StatisticsGrouping grouping() const { return m_query.grouping; }
    void setGrouping(StatisticsGrouping grouping);
    /** Only events starting within [from, to] (UTC dates, either may be null). */
    void setDateRange(const QDate &from, const QDate &to);

    /** The rows without the totals, as last counted (see state()). */
    const QList<StatisticsRow> &rows() const { return m_rows; }
    const StatisticsRow &total() const { return m_total; }
    /** The query as last run (its "now" included). */
    const StatisticsQuery &query() const { return m_query; }
    /** Why the last refresh failed, or empty. */
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The header of @p column for @p grouping. */
    static QString columnTitle(Column column, StatisticsGrouping grouping);
    /** A rate as shown: "87.5 %", or "–" if there is none. */
    static QString formatRate(const std::optional<double> &rate);

public slots:
    /** Counts again in the background, with "now" from Clock (see state()). */
    void refresh();

signals:
    void queryFailed(const QString &message);
    /** state() changed; on Ready the model has been reset to the new figures. */
    void stateChanged(Podium::StatisticsModel::State state);

private:
    /** Starts a count; @p keepRows keeps the last rows' names on show meanwhile. */
    void count(bool keepRows);
    void apply(bool ok, const QList<StatisticsRow> &rows, const StatisticsRow &total,
               const QString &error);
    void setState(State state);
    bool isBeingCounted(int column) const;

    Database &m_db;
    class BackgroundReader *m_reader = nullptr;
    StatisticsQuery m_query;
    QList<StatisticsRow> m_rows;
    StatisticsRow m_total;
    QString m_error;
    State m_state = State::NotCounted;
};

} // namespace Podium
