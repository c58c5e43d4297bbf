#include "registrationtablemodel.h"

#include "domain/registration.h"
#include "models/searchfilter.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Podium {

RegistrationTableModel::RegistrationTableModel(Database &database, Language language,
                                               QObject *parent)
    : PagedSqlModel(database, parent)
    , m_language(language)
{
    const QString title = QStringLiteral(
        "CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), e.title_en) "
        "ELSE coalesce(nullif(e.title_en, ''), e.title_de) END");
    // Sorting by a person's name orders by the person first and then by the
    // registration: person.sort_key's index drives the scan, and a person's
    // registrations come from the person_id index in id order, so SQLite
    // never sorts a million rows to show the first screen.
    // Counting needs only the registrations: the joins are on required keys.
    setFilter({}, {}, QStringLiteral("registration r"));
    const QString withPerson = QStringLiteral("registration r JOIN person p ON p.id = r.person_id");
    const QString withEvent = QStringLiteral("registration r JOIN event e ON e.id = r.event_id");
    const QString alone = QStringLiteral("registration r");
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    setQuery(QStringLiteral("registration r JOIN person p ON p.id = r.person_id "
                            "JOIN event e ON e.id = r.event_id "
                            "LEFT JOIN organisation o ON o.id = p.organisation_id"),
             QStringLiteral("r.id"),
             {
                 {tr("Family name"),
                  QStringLiteral("p.family_name"),
                  {QStringLiteral("p.sort_key"), QStringLiteral("p.id")},
                  left,
                  withPerson,
                  true},
                 // Given name, email, registered and checked in are ordered by
                 // expression indexes (schema 3), so these sorts read an index too.
                 {tr("Given name"),
                  QStringLiteral("p.given_name"),
                  {QStringLiteral("coalesce(p.given_name, '')"), QStringLiteral("p.id")},
                  left,
                  withPerson,
                  true},
                 // person.organisation_key (the organisation's name_key, kept
                 // current by triggers) orders people by organisation and then as
                 // the family name does, from one index: no sort of a million rows.
                 {tr("Organisation"),
                  QStringLiteral("o.name"),
                  {QStringLiteral("p.organisation_key"), QStringLiteral("p.sort_key"),
                   QStringLiteral("p.id")},
                  left,
                  withPerson,
                  true},
                 {tr("Email"),
                  QStringLiteral("p.email"),
                  {QStringLiteral("coalesce(p.email, '')"), QStringLiteral("p.id")},
                  left,
                  withPerson,
                  true},
                 {tr("Event"),
                  title,
                  {QStringLiteral("e.title_key"), QStringLiteral("e.id")},
                  left,
                  withEvent,
                  true},
                 {tr("Event date"),
                  QStringLiteral("e.start_utc"),
                  {QStringLiteral("e.start_utc"), QStringLiteral("e.id")},
                  left,
                  withEvent,
                  true},
                 {tr("Status"),
                  QStringLiteral("r.status"),
                  {QStringLiteral("r.status")},
                  left,
                  alone,
                  true},
                 {tr("Registered"),
                  QStringLiteral("r.registered_at"),
                  {QStringLiteral("coalesce(r.registered_at, '')")},
                  left,
                  alone,
                  true},
                 {tr("Checked in"),
                  QStringLiteral("r.checked_in_at"),
                  {QStringLiteral("coalesce(r.checked_in_at, '')")},
                  left,
                  alone,
                  true},
             },
             FamilyNameColumn, Qt::AscendingOrder);
}

void RegistrationTableModel::setSearchText(const QString &text)
{
    m_search = text;
    apply();
}

void RegistrationTableModel::setEventFilter(qint64 eventId)
{
    m_eventId = eventId;
    apply();
}

void RegistrationTableModel::setStatusFilter(const QString &status)
{
    m_status = status;
    apply();
}

bool RegistrationTableModel::apply()
{
    // The same condition in two forms. In every order the pages test the
    // person's folded keys on the joined row: SQLite walks the index of that
    // order, tests each row's person and stops as soon as a page is full,
    // whatever share of people matches (a one-letter search no longer sorts
    // hundreds of thousands of rows). Counting, skipping and the other orders
    // take the second form, on the registrations alone: the people who match
    // are found first, in the much smaller person table, and the
    // registrations filtered by person_id. p.organisation_key is the
    // organisation's folded name, so no join with organisation is needed
    // either way.
    SearchFilter pages;
    SearchFilter counting;
    pages.addSearch(m_search,
                    {QStringLiteral("p.search_key"), QStringLiteral("p.organisation_key")});
    SearchFilter people;
    people.addSearch(m_search,
                     {QStringLiteral("sp.search_key"), QStringLiteral("sp.organisation_key")});
    if (!people.where().isEmpty())
        counting.add(QStringLiteral("r.person_id IN (SELECT sp.id FROM person sp WHERE ") +
                         people.where() + QLatin1Char(')'),
                     people.bindings());
    const auto restrict = [this](SearchFilter &f, const QString &status) {
        if (m_eventId != 0)
            f.add(QStringLiteral("r.event_id = ?"), {m_eventId});
        if (!m_status.isEmpty())
            f.add(status, {m_status});
    };
    // A status chosen tempts SQLite's planner to read every registration of
    // that status from the index on (event, status) and sort them all
    // before the first page: 200-280 ms on a million registrations. For the
    // pages it is written "+r.status", which no index serves, so the walk
    // along the order's index tests it on each row instead (0-30 ms; a
    // tenth slower in the event and status orders, which need no help).
    // PostgreSQL has no unary plus for text, and plans well without it.
    restrict(pages, database().isServer() ? QStringLiteral("r.status = ?")
                                          : QStringLiteral("+r.status = ?"));
    restrict(counting, QStringLiteral("r.status = ?"));
    // The walk along the order's index stops once a page is full, which a
    // search for one person, or for nobody, never fills: it would read every
    // person in order (about 95 ms for 50,000 people). So the person table
    // is read first, stopping after a few hundred matches (at most about
    // 20 ms, and far less for a common search). When that finds all who
    // match, every form takes their ids: their registrations are looked up
    // by person and sorted, and the person table is not read again for the
    // pages or the count. The ids are found again on every refresh(), so
    // that people added or renamed since are shown.
    if (!people.where().isEmpty() && m_fewPeople >= 0) {
        QSqlQuery probe =
            database().prepare(QStringLiteral("SELECT sp.id FROM person sp WHERE %1 LIMIT %2")
                                   .arg(people.where())
                                   .arg(m_fewPeople + 1));
        for (const QVariant &v : people.bindings())
            probe.addBindValue(v);
        QList<qint64> ids;
        const bool read = Database::exec(probe);
        while (read && probe.next())
            ids << probe.value(0).toLongLong();
        probe.finish();
        if (read && ids.size() <= m_fewPeople) {
            // In order, so that the same people give the same filter.
            std::sort(ids.begin(), ids.end());
            SearchFilter found;
            if (ids.isEmpty()) {
                found.add(QStringLiteral("0 = 1"));
            } else {
                QVariantList bound;
                bound.reserve(ids.size());
                for (const qint64 id : std::as_const(ids))
                    bound << id;
                found.add(QStringLiteral("r.person_id IN (?") +
                              QStringLiteral(", ?").repeated(ids.size() - 1) + QLatin1Char(')'),
                          bound);
            }
            restrict(found, QStringLiteral("r.status = ?"));
            return setFilter(found.where(), found.bindings(), QStringLiteral("registration r"),
                             found.where(), found.bindings());
        }
    }
    return setFilter(pages.where(), pages.bindings(), QStringLiteral("registration r"),
                     counting.where(), counting.bindings());
}

void RegistrationTableModel::refresh()
{
    if (!apply())
        PagedSqlModel::refresh();
}

void RegistrationTableModel::setFewPeople(int people)
{
    m_fewPeople = people;
    apply();
}

QVariant RegistrationTableModel::displayData(int row, int column, const QVariant &value,
                                             int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return PagedSqlModel::displayData(row, column, value, role);
    const QLocale locale = m_language == Language::German
                               ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    switch (column) {
    case StatusColumn:
        if (const auto s = fromStorage<RegistrationStatus>(value.toString()))
            return registrationStatusLabel(*s, m_language);
        return value;
    // The whole year, as in the date fields: "19.09.2023", not "19.09.23".
    case EventDateColumn:
        return locale.toString(Clock::fromStorage(value.toString()).toLocalTime().date(),
                               numericDateFormat(locale));
    case RegisteredAtColumn:
    case CheckedInColumn: {
        const QDateTime at = Clock::fromStorage(value.toString());
        return at.isValid() ? locale.toString(at.toLocalTime(), numericDateTimeFormat(locale))
                            : QString();
    }
    default:
        return value;
    }
}

} // namespace Podium
