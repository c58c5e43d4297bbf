#include "statisticsmodel.h"

#include "backgroundreader.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace Podium {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Podium::Statistics", text, disambiguation, n);
}

QString totalLabel()
{
    return QCoreApplication::translate("Podium::Statistics", "Total");
}

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// The registration statuses that count as a registration.
const char *const registeredStatuses =
    "('registered', 'waitlisted', 'confirmed', 'attended', 'no_show')";

} // namespace

std::optional<double> StatisticsRow::attendanceRate() const
{
    return ratio(attended, attended + noShows);
}

std::optional<double> StatisticsRow::noShowRate() const
{
    return ratio(noShows, attended + noShows);
}

QString Statistics::groupingLabel(StatisticsGrouping grouping)
{
    switch (grouping) {
    case StatisticsGrouping::Event:
        return tr("Event");
    case StatisticsGrouping::Series:
        return tr("Series");
    case StatisticsGrouping::Year:
        return tr("Year");
    }
    return {};
}

QString Statistics::definitions()
{
    return tr("Cancelled events are left out. An event counts as held once it has ended, unless "
              "it is a draft or postponed.\n"
              "Registrations: registered, confirmed, waiting list, attended and no-show "
              "(not invitations, not cancellations).\n"
              "Attended (held events): marked attended, or registered or confirmed and checked "
              "in.\n"
              "No-shows (held events): marked as not come, or registered or confirmed and never "
              "checked in.\n"
              "Attendance rate = attended ÷ (attended + no-shows); no-show rate = no-shows ÷ "
              "(attended + no-shows). The waiting list is not counted in either.");
}

bool Statistics::compute(const Database &database, const StatisticsQuery &query,
                         QList<StatisticsRow> *rows, StatisticsRow *total, QString *error)
{
    const bool de = query.language == Language::German;
    // An event's title in its own language first, as in the event list.
    const QString title = QStringLiteral(
        "CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), e.title_en) "
        "ELSE coalesce(nullif(e.title_en, ''), e.title_de) END");
    const QString series = de ? QStringLiteral("coalesce(s.name_de, s.name_en)")
                              : QStringLiteral("coalesce(s.name_en, s.name_de)");
    QString key;
    QString label;
    QString order;
    switch (query.grouping) {
    case StatisticsGrouping::Event:
        key = QStringLiteral("x.id");
        label = QStringLiteral("min(x.title)");
        order = QStringLiteral("min(x.start_utc), x.id");
        break;
    case StatisticsGrouping::Series:
        key = QStringLiteral("x.series_id");
        label = QStringLiteral("min(%1)").arg(series);
        order = QStringLiteral("min(s.name_key) IS NULL, min(s.name_key)");
        break;
    case StatisticsGrouping::Year:
        key = QStringLiteral("substr(x.start_utc, 1, 4)");
        label = key;
        order = key;
        break;
    }
    // Held: ended, and neither a draft nor postponed (cancelled events are
    // left out by the WHERE clause).
    const QString held = QStringLiteral("e.end_utc <= ? AND e.status IN ('planned', 'confirmed')");
    // Each event's registrations are counted first, walking the index on
    // (event_id, status) in event order without a sort; the groups are then
    // summed over at most one row per event. Whether a guest was checked in
    // is read from the row only where it matters (registered or confirmed,
    // at a held event): the CASEs stop before reaching it otherwise. Every
    // column of the outer query is grouped or aggregated, and the flags are
    // numbers, as PostgreSQL requires.
    const QString sql =
        QStringLiteral(
            "SELECT %1, %2, min(x.start_utc), max(x.start_utc), min(x.time_zone), count(*), "
            "sum(x.held), sum(x.registrations), sum(x.waitlisted), sum(x.cancelled), "
            "sum(x.attended), sum(x.no_shows) "
            "FROM (SELECT e.id, e.series_id, e.start_utc, e.time_zone, %3 AS title, "
            "CASE WHEN %4 THEN 1 ELSE 0 END AS held, "
            "count(CASE WHEN r.status IN %5 THEN 1 END) AS registrations, "
            "count(CASE WHEN r.status = 'waitlisted' THEN 1 END) AS waitlisted, "
            "count(CASE WHEN r.status = 'cancelled' THEN 1 END) AS cancelled, "
            "count(CASE WHEN %4 THEN CASE WHEN r.status = 'attended' THEN 1 "
            "WHEN r.status IN ('registered', 'confirmed') AND r.checked_in_at IS NOT NULL THEN 1 "
            "END END) AS attended, "
            "count(CASE WHEN %4 THEN CASE WHEN r.status = 'no_show' THEN 1 "
            "WHEN r.status IN ('registered', 'confirmed') AND r.checked_in_at IS NULL THEN 1 "
            "END END) AS no_shows "
            "FROM event e LEFT JOIN registration r ON r.event_id = e.id "
            "WHERE e.status <> 'cancelled' AND e.start_utc >= ? AND e.start_utc < ? "
            "GROUP BY e.id) x "
            "LEFT JOIN series s ON s.id = x.series_id "
            "GROUP BY %1 ORDER BY %6")
            .arg(key, label, title, held, QLatin1StringView(registeredStatuses), order);
    const QString now = Clock::toStorage(query.now.isValid() ? query.now : Clock::nowUtc());
    // Instants compare as text: '0' sorts before every year, '9' after.
    const QString from =
        query.from.isValid() ? query.from.toString(Qt::ISODate) : QStringLiteral("0");
    const QString to =
        query.to.isValid() ? query.to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9");

    QSqlQuery q = database.prepare(sql);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(now);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!Database::exec(q, error))
        return false;
    const bool perEvent = query.grouping == StatisticsGrouping::Event;
    QList<StatisticsRow> grouped;
    // The totals are the sums of the groups: every event is in exactly one.
    StatisticsRow all;
    all.label = totalLabel();
    QDateTime allFirst;
    QDateTime allLast;
    while (q.next()) {
        StatisticsRow row;
        row.key = q.value(0);
        row.label = q.value(1).toString();
        const QDateTime first = Clock::fromStorage(q.value(2).toString());
        const QDateTime last = Clock::fromStorage(q.value(3).toString());
        if (perEvent) {
            const QTimeZone zone(q.value(4).toString().toUtf8());
            row.firstDate = (zone.isValid() ? first.toTimeZone(zone) : first).date();
            row.lastDate = row.firstDate;
        } else {
            row.firstDate = first.date();
            row.lastDate = last.date();
        }
        row.events = q.value(5).toInt();
        row.heldEvents = q.value(6).toInt();
        row.registrations = q.value(7).toInt();
        row.waitlisted = q.value(8).toInt();
        row.cancelled = q.value(9).toInt();
        row.attended = q.value(10).toInt();
        row.noShows = q.value(11).toInt();
        if (query.grouping == StatisticsGrouping::Series && row.key.isNull())
            row.label = tr("Without a series");

        all.events += row.events;
        all.heldEvents += row.heldEvents;
        all.registrations += row.registrations;
        all.waitlisted += row.waitlisted;
        all.cancelled += row.cancelled;
        all.attended += row.attended;
        all.noShows += row.noShows;
        if (first.isValid() && (!allFirst.isValid() || first < allFirst))
            allFirst = first;
        if (last.isValid() && (!allLast.isValid() || last > allLast))
            allLast = last;
        grouped.append(row);
    }
    if (all.events > 0) {
        // As for a group: the dates of the first and last start, in UTC.
        all.firstDate = allFirst.date();
        all.lastDate = allLast.date();
    }
    if (rows)
        *rows = grouped;
    if (total)
        *total = all;
    return true;
}

StatisticsModel::StatisticsModel(Database &database, Language language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
    , m_reader(new BackgroundReader(database, this))
{
    m_query.language = language;
    m_total.label = totalLabel();
}

StatisticsModel::~StatisticsModel()
{
    // Waits for a count under way and drops it, before the members go.
    delete m_reader;
}

int StatisticsModel::backgroundCounts() const
{
    return m_reader->backgroundReads();
}

void StatisticsModel::setGrouping(StatisticsGrouping grouping)
{
    if (grouping == m_query.grouping)
        return;
    m_query.grouping = grouping;
    count(false);
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void StatisticsModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    count(false);
}

void StatisticsModel::refresh()
{
    count(true);
}

void StatisticsModel::count(bool keepRows)
{
    m_query.now = Clock::nowUtc();
    if (keepRows && !m_rows.isEmpty()) {
        // The same rows, their figures "…" until the new ones arrive.
        setState(State::Counting);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        // Rows of another grouping or period (or none yet): only the totals, as "…".
        beginResetModel();
        m_rows.clear();
        m_total = StatisticsRow();
        m_total.label = totalLabel();
        m_state = State::Counting;
        endResetModel();
        emit stateChanged(m_state);
    }
    // Everything the count needs is copied: it runs on another thread.
    m_reader->post([this, query = m_query](const Database &database) -> std::function<void()> {
        auto rows = std::make_shared<QList<StatisticsRow>>();
        auto total = std::make_shared<StatisticsRow>();
        auto error = std::make_shared<QString>();
        const bool ok = Statistics::compute(database, query, rows.get(), total.get(), error.get());
        return [this, ok, rows, total, error] { apply(ok, *rows, *total, *error); };
    });
}

void StatisticsModel::apply(bool ok, const QList<StatisticsRow> &rows, const StatisticsRow &total,
                            const QString &error)
{
    beginResetModel();
    m_rows = ok ? rows : QList<StatisticsRow>();
    m_total = ok ? total : StatisticsRow();
    m_error = ok ? QString() : error;
    m_state = State::Ready;
    endResetModel();
    if (!ok)
        emit queryFailed(error);
    emit stateChanged(m_state);
}

void StatisticsModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool StatisticsModel::isBeingCounted(int column) const
{
    return m_state == State::Counting && column != NameColumn;
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // While counting without rows, the totals stand alone, as "…".
    if (m_rows.isEmpty())
        return m_state == State::Counting ? 1 : 0;
    // The totals follow the rows; with nothing to count there is no row at all.
    return int(m_rows.size()) + 1;
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatisticsModel::formatRate(const std::optional<double> &rate)
{
    if (!rate)
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = index.row() == m_rows.size();
    const StatisticsRow &row = isTotal ? m_total : m_rows.at(index.row());
    const int column = index.column();

    if (role == TotalRole)
        return isTotal;
    if (role == Qt::FontRole && isTotal) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return column >= EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (isBeingCounted(column)) {
        // Being counted: nothing behind the cell yet.
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ToolTipRole)
            return tr("Counting…");
        if (role == ValueRole)
            return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == EventsColumn)
            return tr("%n event(s) held", nullptr, row.heldEvents);
        if (column == AttendanceRateColumn || column == NoShowRateColumn)
            return Statistics::definitions();
        if (column == NameColumn)
            return row.label;
        return {};
    }
    if (role == ValueRole) {
        switch (column) {
        case NameColumn:
            return row.label;
        case DatesColumn:
            return row.firstDate;
        case EventsColumn:
            return row.events;
        case RegistrationsColumn:
            return row.registrations;
        case WaitlistedColumn:
            return row.waitlisted;
        case CancelledColumn:
            return row.cancelled;
        case AttendedColumn:
            return row.attended;
        case NoShowsColumn:
            return row.noShows;
        case AttendanceRateColumn:
            return row.attendanceRate() ? QVariant(*row.attendanceRate()) : QVariant();
        case NoShowRateColumn:
            return row.noShowRate() ? QVariant(*row.noShowRate()) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.label;
    case DatesColumn:
        if (!row.firstDate.isValid())
            return QString();
        // As the chart beside the table writes them: "19.09.2023".
        if (row.firstDate == row.lastDate)
            return locale.toString(row.firstDate, numericDateFormat(locale));
        return QStringLiteral("%1 – %2").arg(
            locale.toString(row.firstDate, numericDateFormat(locale)),
            locale.toString(row.lastDate, numericDateFormat(locale)));
    case EventsColumn:
        return locale.toString(row.events);
    case RegistrationsColumn:
        return locale.toString(row.registrations);
    case WaitlistedColumn:
        return locale.toString(row.waitlisted);
    case CancelledColumn:
        return locale.toString(row.cancelled);
    case AttendedColumn:
        return locale.toString(row.attended);
    case NoShowsColumn:
        return locale.toString(row.noShows);
    case AttendanceRateColumn:
        return formatRate(row.attendanceRate());
    case NoShowRateColumn:
        return formatRate(row.noShowRate());
    default:
        return {};
    }
}

QString StatisticsModel::columnTitle(Column column, StatisticsGrouping grouping)
{
    switch (column) {
    case NameColumn:
        return Statistics::groupingLabel(grouping);
    case DatesColumn:
        return tr("Dates");
    case EventsColumn:
        return tr("Events");
    case RegistrationsColumn:
        return tr("Registrations");
    case WaitlistedColumn:
        return tr("Waiting list");
    case CancelledColumn:
        return tr("Cancelled");
    case AttendedColumn:
        return tr("Attended");
    case NoShowsColumn:
        return tr("No-shows");
    case AttendanceRateColumn:
        return tr("Attendance rate");
    case NoShowRateColumn:
        return tr("No-show rate");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section), m_query.grouping);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RegistrationsColumn:
            return tr("Registered, confirmed, waiting list, attended and no-show; not invitations "
                      "or cancellations.");
        case AttendedColumn:
            return tr("At held events: marked attended, or registered or confirmed and checked "
                      "in.");
        case NoShowsColumn:
            return tr("At held events: marked as not come, or registered or confirmed and never "
                      "checked in.");
        case AttendanceRateColumn:
        case NoShowRateColumn:
            return Statistics::definitions();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section >= EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Podium
