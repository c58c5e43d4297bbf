#include "repository.h"

#include "language.h"
#include "storage/database.h"
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
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!Database::exec(query))
        return rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows.append(row);
    }
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
    return m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}).isValid();
}

int Repository::countReferences(const QString &table, const QString &column, qint64 id) const
{
    if (!isIdentifier(table) || !isIdentifier(column))
        return 0;
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id})
        .toInt();
}

QString Repository::personName(qint64 personId) const
{
    const QVariantMap row = selectOne(
        QStringLiteral("SELECT given_name, family_name FROM person WHERE id = ?"), {personId});
    const StoredRow r(row);
    return (r.text("given_name").trimmed() + QLatin1Char(' ') + r.text("family_name").trimmed())
        .trimmed();
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
