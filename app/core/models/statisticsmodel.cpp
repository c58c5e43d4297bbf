#include "statisticsmodel.h"

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

namespace Podium {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Podium::Statistics", text, disambiguation, n);
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
        key = QStringLiteral("e.id");
        label = title;
        order = QStringLiteral("min(e.start_utc), e.id");
        break;
    case StatisticsGrouping::Series:
        key = QStringLiteral("e.series_id");
        label = series;
        order = QStringLiteral("s.name_key IS NULL, s.name_key");
        break;
    case StatisticsGrouping::Year:
        key = QStringLiteral("substr(e.start_utc, 1, 4)");
        label = key;
        order = key;
        break;
    }
    // Held: ended, and neither a draft nor postponed (cancelled events are
    // left out by the WHERE clause).
    const QString held =
        QStringLiteral("(e.end_utc <= ? AND e.status IN ('planned', 'confirmed'))");
    const QString select =
        QStringLiteral("SELECT %1, %2, min(e.start_utc), max(e.start_utc), e.time_zone, "
                       "count(DISTINCT e.id), count(DISTINCT CASE WHEN %3 THEN e.id END), "
                       "coalesce(sum(r.status IN %4), 0), "
                       "coalesce(sum(r.status = 'waitlisted'), 0), "
                       "coalesce(sum(r.status = 'cancelled'), 0), "
                       "coalesce(sum(%3 AND (r.status = 'attended' OR (r.status IN ('registered', "
                       "'confirmed') AND r.checked_in_at IS NOT NULL))), 0), "
                       "coalesce(sum(%3 AND (r.status = 'no_show' OR (r.status IN ('registered', "
                       "'confirmed') AND r.checked_in_at IS NULL))), 0) "
                       "FROM event e LEFT JOIN registration r ON r.event_id = e.id "
                       "LEFT JOIN series s ON s.id = e.series_id "
                       "WHERE e.status <> 'cancelled' AND e.start_utc >= ? AND e.start_utc < ?")
            .arg(key, label, held, QLatin1StringView(registeredStatuses));
    const QString now = Clock::toStorage(query.now.isValid() ? query.now : Clock::nowUtc());
    // Instants compare as text: '0' sorts before every year, '9' after.
    const QString from =
        query.from.isValid() ? query.from.toString(Qt::ISODate) : QStringLiteral("0");
    const QString to =
        query.to.isValid() ? query.to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9");

    auto run = [&](const QString &sql, bool perEvent, QList<StatisticsRow> &out) {
        QSqlQuery q = database.prepare(sql);
        for (int i = 0; i < 3; ++i)
            q.addBindValue(now);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!Database::exec(q, error))
            return false;
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
            out.append(row);
        }
        return true;
    };

    QList<StatisticsRow> grouped;
    if (!run(select + QStringLiteral(" GROUP BY %1 ORDER BY %2").arg(key, order),
             query.grouping == StatisticsGrouping::Event, grouped))
        return false;
    if (query.grouping == StatisticsGrouping::Series) {
        for (StatisticsRow &row : grouped) {
            if (row.key.isNull())
                row.label = tr("Without a series");
        }
    }
    QList<StatisticsRow> sum;
    if (!run(select, false, sum))
        return false;
    StatisticsRow all = sum.value(0);
    all.key = QVariant();
    all.label = tr("Total");
    if (all.events == 0) {
        all.firstDate = {};
        all.lastDate = {};
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
{
    m_query.language = language;
    refresh();
}

void StatisticsModel::setGrouping(StatisticsGrouping grouping)
{
    if (grouping == m_query.grouping)
        return;
    m_query.grouping = grouping;
    refresh();
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void StatisticsModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    refresh();
}

void StatisticsModel::refresh()
{
    m_query.now = Clock::nowUtc();
    QList<StatisticsRow> rows;
    StatisticsRow total;
    QString error;
    const bool ok = Statistics::compute(m_db, m_query, &rows, &total, &error);
    beginResetModel();
    m_rows = ok ? rows : QList<StatisticsRow>();
    m_total = ok ? total : StatisticsRow();
    m_error = ok ? QString() : error;
    endResetModel();
    if (!ok)
        emit queryFailed(error);
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    // The totals follow the rows; with nothing to count there is no row at all.
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
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
        if (row.firstDate == row.lastDate)
            return row.firstDate.toString(Qt::ISODate);
        return QStringLiteral("%1 – %2").arg(row.firstDate.toString(Qt::ISODate),
                                             row.lastDate.toString(Qt::ISODate));
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
