#include "seriesrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"
#include "util/textfold.h"

#include <QCoreApplication>

namespace Podium {

namespace {

const QString table = QStringLiteral("series");

Series fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Series s;
    s.id = row.id("id");
    s.name = row.localized("name");
    s.createdAt = row.instant("created_at");
    s.modifiedAt = row.instant("modified_at");
    s.rowVersion = row.integer("row_version");
    return s;
}

RecordStore::Values toValues(const Series &s)
{
    return {
        {QStringLiteral("name_en"), ColumnValue::text(s.name.en.trimmed())},
        {QStringLiteral("name_de"), ColumnValue::text(s.name.de.trimmed())},
        {QStringLiteral("name_key"), SeriesRepository::nameKey(s)},
    };
}

QString shownName(const Series &s)
{
    return s.name.in(Language::English).trimmed();
}

} // namespace

QString SeriesRepository::nameKey(const Series &series)
{
    return foldText(series.name.en + QLatin1Char(' ') + series.name.de);
}

std::optional<Series> SeriesRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

std::optional<Series> SeriesRepository::findByName(const QString &name) const
{
    const QString wanted = foldText(name);
    if (wanted.isEmpty())
        return std::nullopt;
    // Series are few; comparing each name is simpler than a key per language.
    const QList<Series> list = all();
    for (const Series &s : list) {
        if (foldText(s.name.en) == wanted || foldText(s.name.de) == wanted)
            return s;
    }
    return std::nullopt;
}

QList<Series> SeriesRepository::all() const
{
    QList<Series> out;
    const auto rows = select(QStringLiteral("SELECT * FROM series ORDER BY name_key, id"));
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

bool SeriesRepository::insert(Series &series, QString *error)
{
    if (!acceptIfValid(validate(series), error))
        return false;
    const qint64 id =
        m_store.insert(table, toValues(series),
                       QStringLiteral("Series “%1” created").arg(shownName(series)), error);
    if (id == 0)
        return false;
    series = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool SeriesRepository::update(const Series &series, QString *error)
{
    if (!acceptIfValid(validate(series), error))
        return false;
    return m_store.update(table, series.id, toValues(series),
                          QStringLiteral("Series “%1” changed").arg(shownName(series)),
                          series.rowVersion, error);
}

bool SeriesRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Series> series = find(id);
    if (!series)
        return fail(error, QCoreApplication::translate(
                               "Podium::SeriesRepository",
                               "The series no longer exists; someone may have deleted it."));
    const int events = countReferences(QStringLiteral("event"), QStringLiteral("series_id"), id);
    if (events > 0)
        return fail(
            error,
            (events == 1
                 ? QCoreApplication::translate("Podium::SeriesRepository",
                                               "The series “%1” cannot be deleted while an event "
                                               "belongs to it.")
                       .arg(shownName(*series))
                 : QCoreApplication::translate("Podium::SeriesRepository",
                                               "The series “%1” cannot be deleted while %2 events "
                                               "belong to it.")
                       .arg(shownName(*series))
                       .arg(events)));
    if (!m_store.remove(table, id, QStringLiteral("Series “%1” deleted").arg(shownName(*series)),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
