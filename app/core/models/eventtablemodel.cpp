#include "eventtablemodel.h"

#include "domain/event.h"
#include "models/searchfilter.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QLocale>
#include <QTimeZone>

namespace Podium {

EventTableModel::EventTableModel(Database &database, Language language, QObject *parent)
    : PagedSqlModel(database, parent)
    , m_language(language)
{
    const bool de = language == Language::German;
    // The title shown is the event's own language first.
    const QString title = QStringLiteral(
        "CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), e.title_en) "
        "ELSE coalesce(nullif(e.title_en, ''), e.title_de) END");
    const QString series = de ? QStringLiteral("coalesce(s.name_de, s.name_en)")
                              : QStringLiteral("coalesce(s.name_en, s.name_de)");
    setQuery(
        QStringLiteral("event e LEFT JOIN series s ON s.id = e.series_id "
                       "LEFT JOIN venue v ON v.id = e.venue_id"),
        QStringLiteral("e.id"),
        {
            {tr("Date"),
             QStringLiteral("e.start_utc || ' ' || e.time_zone || ' ' || e.all_day"),
             {QStringLiteral("e.start_utc")}},
            {tr("Title"), title, {QStringLiteral("e.title_key")}},
            {tr("Series"), series, {QStringLiteral("coalesce(s.name_key, '')")}},
            {tr("Status"), QStringLiteral("e.status"), {QStringLiteral("e.status")}},
            {tr("Published"), QStringLiteral("e.published"), {QStringLiteral("e.published")}},
            {tr("Venue"),
             QStringLiteral("coalesce(v.name, '')"),
             {QStringLiteral("coalesce(v.name_key, '')")}},
            {tr("Registered"),
             QStringLiteral(
                 "(SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.status IN "
                 "('registered', 'confirmed', 'attended'))"),
             {},
             Qt::AlignRight | Qt::AlignVCenter},
        });
    sort(DateColumn, Qt::DescendingOrder);
}

void EventTableModel::setSearchText(const QString &text)
{
    m_search = text;
    apply();
}

void EventTableModel::setStatusFilter(const QString &status)
{
    m_status = status;
    apply();
}

void EventTableModel::setSeriesFilter(qint64 seriesId)
{
    m_seriesId = seriesId;
    apply();
}

void EventTableModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    apply();
}

void EventTableModel::apply()
{
    SearchFilter f;
    f.addSearch(m_search,
                {QStringLiteral("e.title_key"), QStringLiteral("coalesce(s.name_key, '')"),
                 QStringLiteral("coalesce(v.name_key, '')")});
    if (!m_status.isEmpty())
        f.add(QStringLiteral("e.status = ?"), {m_status});
    if (m_seriesId != 0)
        f.add(QStringLiteral("e.series_id = ?"), {m_seriesId});
    if (m_from.isValid())
        f.add(QStringLiteral("e.start_utc >= ?"), {m_from.toString(Qt::ISODate)});
    if (m_to.isValid())
        f.add(QStringLiteral("e.start_utc < ?"), {m_to.addDays(1).toString(Qt::ISODate)});
    setFilter(f.where(), f.bindings());
}

QVariant EventTableModel::displayData(int row, int column, const QVariant &value, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return PagedSqlModel::displayData(row, column, value, role);
    switch (column) {
    case DateColumn: {
        const QStringList parts = value.toString().split(QLatin1Char(' '));
        if (parts.size() < 3)
            return {};
        const QDateTime utc = Clock::fromStorage(parts.at(0));
        const QTimeZone zone(parts.at(1).toUtf8());
        const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
        const QLocale locale = m_language == Language::German
                                   ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
        // The whole year, as in the date fields: "19.09.2023", not "19.09.23".
        const QString day = locale.toString(local.date(), numericDateFormat(locale));
        if (parts.at(2) == QLatin1StringView("1"))
            return day;
        return day + QStringLiteral("  ") + locale.toString(local.time(), clockFormat(locale));
    }
    case StatusColumn:
        if (const auto s = fromStorage<EventStatus>(value.toString()))
            return eventStatusLabel(*s, m_language);
        return value;
    case PublishedColumn:
        return value.toInt() != 0 ? tr("yes") : QString();
    default:
        return value;
    }
}

} // namespace Podium
