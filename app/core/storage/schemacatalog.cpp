#include "schemacatalog.h"

#include "database.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace Podium {

namespace {

bool query(const Database &db, const QString &sql, const QVariantList &bindings,
           const std::function<void(const QSqlQuery &)> &row, QString *error)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!Database::exec(q, error))
        return false;
    while (q.next())
        row(q);
    return true;
}

// One row per column pair of each foreign key, in key order; the server
// reports the action as a letter.
QString serverForeignKeySql(const QString &condition)
{
    return QStringLiteral(
               "SELECT c.conname, t.relname, p.relname, a.attname, pa.attname, "
               "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
               "WHEN 'd' THEN 'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END "
               "FROM pg_constraint c "
               "JOIN pg_class t ON t.oid = c.conrelid "
               "JOIN pg_class p ON p.oid = c.confrelid "
               "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, pcol, n) "
               "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
               "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.pcol "
               "WHERE c.contype = 'f' AND t.relnamespace = p.relnamespace AND %1 "
               "ORDER BY t.relname, c.conname, k.n")
        .arg(condition);
}

bool serverForeignKeys(const Database &db, const QString &condition, const QString &table,
                       QList<SchemaCatalog::ForeignKey> *keys, QString *error)
{
    QString lastName;
    return query(
        db, serverForeignKeySql(condition), {SchemaCatalog::quoted(table)},
        [keys, &lastName](const QSqlQuery &q) {
            const QString name = q.value(1).toString() + QLatin1Char('.') + q.value(0).toString();
            if (keys->isEmpty() || name != lastName) {
                keys->append(
                    {q.value(1).toString(), {}, q.value(2).toString(), {}, q.value(5).toString()});
                lastName = name;
            }
            keys->last().columns.append(q.value(3).toString());
            keys->last().parentColumns.append(q.value(4).toString());
        },
        error);
}

bool fileForeignKeys(const Database &db, const QString &table,
                     QList<SchemaCatalog::ForeignKey> *keys, QString *error)
{
    int lastId = -1;
    const qsizetype first = keys->size();
    if (!query(
            db,
            QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete FROM "
                           "pragma_foreign_key_list(?) ORDER BY id, seq"),
            {table},
            [keys, &lastId, &table](const QSqlQuery &q) {
                if (q.value(0).toInt() != lastId) {
                    keys->append({table, {}, q.value(1).toString(), {}, q.value(4).toString()});
                    lastId = q.value(0).toInt();
                }
                keys->last().columns.append(q.value(2).toString());
                // No column named: the parent's primary key, filled in below.
                keys->last().parentColumns.append(q.value(3).toString());
            },
            error))
        return false;
    for (qsizetype i = first; i < keys->size(); ++i) {
        SchemaCatalog::ForeignKey &key = (*keys)[i];
        if (!key.parentColumns.contains(QString()))
            continue;
        QList<SchemaCatalog::Column> parentColumns;
        if (!SchemaCatalog::columns(db, key.parent, &parentColumns, error))
            return false;
        const QStringList primary = SchemaCatalog::primaryKey(parentColumns);
        for (qsizetype c = 0; c < key.parentColumns.size() && c < primary.size(); ++c) {
            if (key.parentColumns.at(c).isEmpty())
                key.parentColumns[c] = primary.at(c);
        }
    }
    return true;
}

} // namespace

QString SchemaCatalog::quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

bool SchemaCatalog::isBookkeeping(const QString &table)
{
    return table.startsWith(QLatin1StringView("sqlite_")) ||
           table.startsWith(QLatin1StringView("podium_"));
}

bool SchemaCatalog::tables(const Database &database, QStringList *names, QString *error)
{
    const QString sql =
        database.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                             "ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    return query(
        database, sql, {}, [names](const QSqlQuery &q) { names->append(q.value(0).toString()); },
        error);
}

bool SchemaCatalog::columns(const Database &database, const QString &table, QList<Column> *columns,
                            QString *error)
{
    if (database.isServer()) {
        return query(
            database,
            QStringLiteral(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attidentity <> '', "
                "coalesce((SELECT k.n FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH "
                "ORDINALITY AS k(att, n) WHERE i.indrelid = a.attrelid AND i.indisprimary AND "
                "k.att = a.attnum), 0) "
                "FROM pg_attribute a WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 "
                "AND NOT a.attisdropped ORDER BY a.attnum"),
            {quoted(table)},
            [columns](const QSqlQuery &q) {
                const QString type = q.value(1).toString();
                Column c;
                c.name = q.value(0).toString();
                c.text = type == QLatin1StringView("text") ||
                         type.startsWith(QLatin1StringView("character"));
                c.binary = type == QLatin1StringView("bytea");
                c.identity = q.value(2).toBool();
                c.keyPosition = q.value(3).toInt();
                columns->append(c);
            },
            error);
    }
    return query(
        database, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"),
        {table},
        [columns](const QSqlQuery &q) {
            // SQLite's rules of type affinity.
            const QString type = q.value(1).toString().toUpper();
            Column c;
            c.name = q.value(0).toString();
            c.text = type.contains(QLatin1StringView("CHAR")) ||
                     type.contains(QLatin1StringView("CLOB")) ||
                     type.contains(QLatin1StringView("TEXT"));
            c.binary = type.contains(QLatin1StringView("BLOB"));
            c.keyPosition = q.value(2).toInt();
            columns->append(c);
        },
        error);
}

QStringList SchemaCatalog::primaryKey(const QList<Column> &columns)
{
    QList<Column> key;
    for (const Column &c : columns) {
        if (c.keyPosition > 0)
            key.append(c);
    }
    std::sort(key.begin(), key.end(),
              [](const Column &a, const Column &b) { return a.keyPosition < b.keyPosition; });
    QStringList names;
    for (const Column &c : std::as_const(key))
        names << c.name;
    return names;
}

bool SchemaCatalog::foreignKeys(const Database &database, const QString &table,
                                QList<ForeignKey> *keys, QString *error)
{
    if (database.isServer())
        return serverForeignKeys(database, QStringLiteral("c.conrelid = to_regclass(?)"), table,
                                 keys, error);
    return fileForeignKeys(database, table, keys, error);
}

bool SchemaCatalog::referencesTo(const Database &database, const QString &table,
                                 QList<ForeignKey> *keys, QString *error)
{
    if (database.isServer())
        return serverForeignKeys(database, QStringLiteral("c.confrelid = to_regclass(?)"), table,
                                 keys, error);
    QStringList names;
    if (!tables(database, &names, error))
        return false;
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(QLatin1StringView("sqlite_")))
            continue;
        QList<ForeignKey> own;
        if (!fileForeignKeys(database, name, &own, error))
            return false;
        for (const ForeignKey &key : std::as_const(own)) {
            if (key.parent.compare(table, Qt::CaseInsensitive) == 0)
                keys->append(key);
        }
    }
    return true;
}

} // namespace Podium
