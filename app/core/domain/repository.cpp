#include "repository.h"

#include "language.h"
#include "storage/database.h"
#include "storage/rowreader.h"
#include "storedrow.h"
#include "util/textfold.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Podium {

namespace {
bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    return identifier.match(name).hasMatch();
}
} // namespace

Repository::Repository(Database &database)
    : m_db(database)
    , m_store(database)
{}

QList<QVariantMap> Repository::select(const QString &sql, const QVariantList &bindings) const
{
    QList<QVariantMap> rows;
    // Repositories ask the same few questions again and again (every write
    // checks its references and names its records), so statements are kept.
    QSqlQuery &query = m_db.cachedQuery(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    if (Database::exec(query)) {
        QStringList names;
        while (query.next()) {
            if (names.isEmpty()) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i)
                    names << record.fieldName(i);
            }
            QVariantMap row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), query.value(i));
            rows.append(row);
        }
    }
    query.finish();
    return rows;
}

QVariantMap Repository::selectOne(const QString &sql, const QVariantList &bindings) const
{
    const QList<QVariantMap> rows = select(sql, bindings);
    return rows.isEmpty() ? QVariantMap() : rows.constFirst();
}

bool Repository::exists(const QString &table, qint64 id) const
{
    if (id <= 0 || !isIdentifier(table))
        return false;
    QSqlQuery &query = m_db.cachedQuery(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.bindValue(0, id);
    const bool found = Database::exec(query) && query.next();
    query.finish();
    return found;
}

int Repository::countReferences(const QString &table, const QString &column, qint64 id) const
{
    if (!isIdentifier(table) || !isIdentifier(column))
        return 0;
    QSqlQuery &query =
        m_db.cachedQuery(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column));
    query.bindValue(0, id);
    const int count = Database::exec(query) && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

QString Repository::personName(qint64 personId) const
{
    const QVariantMap row = selectOne(
        QStringLiteral("SELECT given_name, family_name FROM person WHERE id = ?"), {personId});
    const StoredRow r(row);
    return (r.text("given_name").trimmed() + QLatin1Char(' ') + r.text("family_name").trimmed())
        .trimmed();
}

QList<QVariantMap> Repository::selectForIds(const QString &head, const QList<qint64> &ids,
                                            const QString &tail) const
{
    constexpr int chunk = 256;
    QString sql = head + QStringLiteral("(?");
    for (int i = 1; i < chunk; ++i)
        sql += QStringLiteral(", ?");
    sql += QLatin1Char(')') + tail;
    QList<QVariantMap> rows;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QVariantList bindings;
        bindings.reserve(chunk);
        for (int i = 0; i < chunk; ++i)
            bindings << ids.at(start + i < ids.size() ? start + i : start);
        rows << select(sql, bindings);
    }
    return rows;
}

QHash<qint64, QString> Repository::personNames(const QList<qint64> &personIds) const
{
    // Read through RowReader (on a file SQLite's own interface): a bulk
    // write names a thousand people at a time, and a QVariantMap per row
    // cost more than the query.
    QHash<qint64, QString> names;
    names.reserve(personIds.size());
    constexpr int chunk = 256;
    const QString sql =
        QStringLiteral("SELECT id, given_name, family_name FROM person WHERE id IN (?") +
        QStringLiteral(", ?").repeated(chunk - 1) + QLatin1Char(')');
    QVariantList bindings;
    bindings.reserve(chunk);
    for (qsizetype start = 0; start < personIds.size(); start += chunk) {
        bindings.clear();
        for (int i = 0; i < chunk; ++i)
            bindings << personIds.at(start + i < personIds.size() ? start + i : start);
        RowReader q(m_db);
        QString error;
        if (!q.execKept(sql, bindings, &error)) {
            qWarning("%s", qPrintable(error));
            break;
        }
        while (q.next()) {
            names.insert(q.toInt64(0),
                         (q.text(1).trimmed() + QLatin1Char(' ') + q.text(2).trimmed()).trimmed());
        }
    }
    return names;
}

QString Repository::eventTitle(qint64 eventId) const
{
    const QVariantMap row = selectOne(
        QStringLiteral("SELECT title_en, title_de, language FROM event WHERE id = ?"), {eventId});
    const StoredRow r(row);
    const Language language = fromStorage<Language>(r.text("language")).value_or(Language::English);
    return r.localized("title").in(language).trimmed();
}

bool Repository::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool Repository::acceptIfValid(const QList<ValidationIssue> &issues, QString *error)
{
    if (issues.isEmpty())
        return true;
    return fail(error, describeIssues(issues));
}

QString Repository::containsPattern(const QString &search)
{
    return QLatin1Char('%') + escapeLike(foldText(search.trimmed())) + QLatin1Char('%');
}

} // namespace Podium
