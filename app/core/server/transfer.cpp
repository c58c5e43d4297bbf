#include "transfer.h"

#include "databaselocation.h"
#include "storage/schemacatalog.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::DatabaseTransfer", text);
}

bool isServer(const Database &database)
{
    return database.connection().driverName() == QLatin1StringView("QPSQL");
}

QString quoted(const QString &identifier)
{
    return SchemaCatalog::quoted(identifier);
}

// Tables that belong to the database engine or to Podium's own bookkeeping
// of the schema, made by the migrations on each side rather than copied.
bool isBookkeeping(const QString &table)
{
    return SchemaCatalog::isBookkeeping(table);
}

struct TableInfo
{
    QString name;
    QStringList columns;
    QStringList keyColumns;
    /** Columns referring to the table itself (organisation.parent_id). */
    QStringList selfColumns;
    /** The other tables this one refers to. */
    QSet<QString> parents;
    /** A server column that makes its own values (GENERATED … AS IDENTITY). */
    bool hasIdentity = false;
    /** Columns that hold bytes (BLOB, bytea): photos, documents. */
    QSet<QString> binaryColumns;
};

bool readTableNames(const Database &db, QStringList *names, QString *error)
{
    QStringList all;
    if (!SchemaCatalog::tables(db, &all, error))
        return false;
    for (const QString &name : std::as_const(all)) {
        if (!isBookkeeping(name))
            names->append(name);
    }
    return true;
}

bool readTable(const Database &db, const QString &table, TableInfo *info, QString *error)
{
    info->name = table;
    QList<SchemaCatalog::Column> columns;
    if (!SchemaCatalog::columns(db, table, &columns, error))
        return false;
    for (const SchemaCatalog::Column &c : std::as_const(columns)) {
        info->columns.append(c.name);
        if (c.identity)
            info->hasIdentity = true;
        if (c.binary)
            info->binaryColumns.insert(c.name);
    }
    info->keyColumns = SchemaCatalog::primaryKey(columns);
    QList<SchemaCatalog::ForeignKey> keys;
    if (!SchemaCatalog::foreignKeys(db, table, &keys, error))
        return false;
    for (const SchemaCatalog::ForeignKey &key : std::as_const(keys)) {
        if (key.parent.compare(table, Qt::CaseInsensitive) == 0) {
            for (const QString &column : key.columns) {
                if (!info->selfColumns.contains(column))
                    info->selfColumns.append(column);
            }
        } else {
            info->parents.insert(key.parent);
        }
    }
    return true;
}

/** The tables with their columns, parents first; false with @p error if they cannot be ordered. */
bool readSchema(const Database &db, QList<TableInfo> *ordered, QString *error)
{
    QStringList names;
    if (!readTableNames(db, &names, error))
        return false;
    QHash<QString, TableInfo> tables;
    for (const QString &name : std::as_const(names)) {
        TableInfo info;
        if (!readTable(db, name, &info, error))
            return false;
        tables.insert(name, info);
    }
    // Kahn's order, alphabetical among equals so that the order is stable.
    QStringList remaining = names;
    QSet<QString> placed;
    while (!remaining.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const TableInfo &info = tables[remaining.at(i)];
            bool ready = true;
            for (const QString &parent : info.parents) {
                if (tables.contains(parent) && !placed.contains(parent))
                    ready = false;
            }
            if (ready) {
                ordered->append(info);
                placed.insert(info.name);
                remaining.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            if (error)
                *error = QCoreApplication::translate(
                             "Podium::DatabaseTransfer",
                             "The tables %1 refer to each other in a circle; they cannot be copied "
                             "one after the other.")
                             .arg(remaining.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

qint64 countRows(const Database &db, const QString &table, QString *error)
{
    const QVariant n =
        db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)), {}, error);
    return n.isValid() ? n.toLongLong() : -1;
}

QString describeRow(const TableInfo &table, const QSqlRecord &record)
{
    QStringList parts;
    for (const QString &key : table.keyColumns)
        parts.append(QStringLiteral("%1 %2").arg(key, record.value(key).toString()));
    return parts.join(QStringLiteral(", "));
}

// Copies the rows of one table; self references are written in a second
// pass, once every row they may point at is there.
bool copyTable(Database &source, Database &target, const TableInfo &table,
               const QSet<QString> &binaryColumns, qint64 total,
               const DatabaseTransfer::ProgressCallback &report,
               DatabaseTransfer::Progress progress, bool *cancelled, QString *error)
{
    QStringList columns;
    QStringList placeholders;
    for (const QString &c : table.columns) {
        columns.append(quoted(c));
        placeholders.append(QStringLiteral("?"));
    }
    QStringList order;
    for (const QString &k : table.keyColumns)
        order.append(quoted(k));
    QString select = QStringLiteral("SELECT %1 FROM %2")
                         .arg(columns.join(QStringLiteral(", ")), quoted(table.name));
    if (!order.isEmpty())
        select += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    QSqlQuery read = source.prepare(select);
    QString message;
    if (!Database::exec(read, &message)) {
        *error =
            QCoreApplication::translate("Podium::DatabaseTransfer", "Cannot read the table %1: %2")
                .arg(table.name, message);
        return false;
    }
    const QString overriding = isServer(target) && table.hasIdentity
                                   ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                   : QString();
    QSqlQuery write =
        target.prepare(QStringLiteral("INSERT INTO %1 (%2)%3 VALUES (%4)")
                           .arg(quoted(table.name), columns.join(QStringLiteral(", ")), overriding,
                                placeholders.join(QStringLiteral(", "))));
    // SQLite keeps what it is given: text in a BLOB column (with a NUL in
    // it, even) goes over as the same bytes, which a server's bytea column
    // takes only as bytes.
    QList<bool> binary;
    for (const QString &c : table.columns)
        binary.append(binaryColumns.contains(c));
    QList<int> selfIndexes;
    for (const QString &c : table.selfColumns)
        selfIndexes.append(int(table.columns.indexOf(c)));
    // key values + self-reference values of the rows that have any.
    QList<QVariantList> pending;

    qint64 copied = 0;
    while (read.next()) {
        const QSqlRecord record = read.record();
        QVariantList deferred;
        bool anySelf = false;
        for (int i = 0; i < table.columns.size(); ++i) {
            QVariant value = record.value(i);
            if (binary.at(i) && value.typeId() == QMetaType::QString && !value.isNull())
                value = value.toString().toUtf8();
            if (selfIndexes.contains(i)) {
                deferred.append(value);
                if (!value.isNull())
                    anySelf = true;
                value = QVariant(value.metaType());
            }
            write.bindValue(i, value);
        }
        if (!Database::exec(write, &message)) {
            *error = QCoreApplication::translate("Podium::DatabaseTransfer",
                                                 "Cannot copy the row (%1) of the table %2: %3")
                         .arg(describeRow(table, record), table.name, message);
            return false;
        }
        if (anySelf) {
            QVariantList keys;
            for (const QString &k : table.keyColumns)
                keys.append(record.value(k));
            pending.append(deferred + keys);
        }
        ++copied;
        if (report && copied % DatabaseTransfer::progressEveryRows == 0) {
            progress.rowsCopied = copied;
            progress.rowsTotal = std::max(total, copied);
            if (!report(progress)) {
                *cancelled = true;
                *error = QCoreApplication::translate("Podium::DatabaseTransfer",
                                                     "The copy was cancelled.");
                return false;
            }
        }
    }
    read.finish();
    write.finish();

    if (!pending.isEmpty()) {
        if (table.keyColumns.isEmpty()) {
            *error =
                QCoreApplication::translate("Podium::DatabaseTransfer",
                                            "The table %1 refers to itself but has no primary key.")
                    .arg(table.name);
            return false;
        }
        QStringList sets;
        for (const QString &c : table.selfColumns)
            sets.append(quoted(c) + QStringLiteral(" = ?"));
        QStringList where;
        for (const QString &k : table.keyColumns)
            where.append(quoted(k) + QStringLiteral(" = ?"));
        QSqlQuery update =
            target.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                               .arg(quoted(table.name), sets.join(QStringLiteral(", ")),
                                    where.join(QStringLiteral(" AND "))));
        for (const QVariantList &values : std::as_const(pending)) {
            for (int i = 0; i < values.size(); ++i)
                update.bindValue(i, values.at(i));
            if (!Database::exec(update, &message)) {
                *error = QCoreApplication::translate(
                             "Podium::DatabaseTransfer",
                             "Cannot copy the references of the table %1 to itself: %2")
                             .arg(table.name, message);
                return false;
            }
        }
        update.finish();
    }
    return true;
}

// On a server, the next id a table hands out must come after the ids copied.
bool resetSequences(Database &target, const TableInfo &table, QString *error)
{
    if (!isServer(target) || table.keyColumns.size() != 1)
        return true;
    const QString key = table.keyColumns.first();
    QString message;
    const QVariant sequence = target.scalar(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"),
                                            {quoted(table.name), key}, &message);
    if (!sequence.isValid() && !message.isEmpty()) {
        *error = QCoreApplication::translate("Podium::DatabaseTransfer",
                                             "Cannot find the id sequence of the table %1: %2")
                     .arg(table.name, message);
        return false;
    }
    if (sequence.isNull() || sequence.toString().isEmpty())
        return true;
    const QVariant set = target.scalar(
        QStringLiteral("SELECT setval(?, coalesce((SELECT max(%1) FROM %2), 0) + 1, false)")
            .arg(quoted(key), quoted(table.name)),
        {sequence.toString()}, &message);
    if (!set.isValid()) {
        *error = QCoreApplication::translate("Podium::DatabaseTransfer",
                                             "Cannot set the id sequence of the table %1: %2")
                     .arg(table.name, message);
        return false;
    }
    return true;
}

// A read transaction on the source, so that every table is read as of one
// moment even while others go on writing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        QSqlDatabase c = m_db.connection();
        m_active = c.transaction();
        if (m_active && isServer(m_db))
            m_db.execute(
                QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlDatabase c = m_db.connection();
            c.rollback();
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace

QStringList DatabaseTransfer::tablesInOrder(const Database &database, QString *error)
{
    QList<TableInfo> tables;
    if (!readSchema(database, &tables, error))
        return {};
    QStringList names;
    for (const TableInfo &t : std::as_const(tables))
        names.append(t.name);
    return names;
}

QList<DatabaseTransfer::TableCount> DatabaseTransfer::nonEmptyTables(const Database &database,
                                                                     QString *error)
{
    QList<TableCount> result;
    const QStringList tables = tablesInOrder(database, error);
    for (const QString &table : tables) {
        const qint64 n = countRows(database, table, error);
        if (n > 0)
            result.append({table, n, n});
    }
    return result;
}

QString DatabaseTransfer::describe(const QList<TableCount> &counts, bool sourceSide)
{
    QStringList parts;
    for (const TableCount &c : counts)
        parts.append(
            QStringLiteral("%1: %2").arg(c.table).arg(sourceSide ? c.sourceRows : c.targetRows));
    return parts.join(QStringLiteral(", "));
}

DatabaseTransfer::Result DatabaseTransfer::run(Database &source, Database &target,
                                               const Options &options,
                                               const ProgressCallback &progress)
{
    Result result;
    auto fail = [&result](const QString &message) {
        result.ok = false;
        result.error = message;
        return result;
    };
    if (target.isReadOnly())
        return fail(tr("The target cannot be written: %1").arg(target.readOnlyReason()));
    const int sourceVersion = source.schemaVersion();
    const int targetVersion = target.schemaVersion();
    if (sourceVersion != targetVersion)
        return fail(tr("The source is at schema %1 and the target at schema %2; both must be at "
                       "the same schema. Open the older one once in Podium to upgrade it.")
                        .arg(sourceVersion)
                        .arg(targetVersion));

    ReadSnapshot snapshot(source);
    QString error;
    QList<TableInfo> tables;
    if (!readSchema(source, &tables, &error))
        return fail(tr("Cannot read the source's tables: %1").arg(error));
    QList<TableInfo> targetTables;
    if (!readSchema(target, &targetTables, &error))
        return fail(tr("Cannot read the target's tables: %1").arg(error));
    QHash<QString, QSet<QString>> targetColumns;
    QHash<QString, QSet<QString>> binaryColumns;
    for (const TableInfo &t : std::as_const(targetTables)) {
        targetColumns.insert(t.name, QSet<QString>(t.columns.cbegin(), t.columns.cend()));
        binaryColumns.insert(t.name, t.binaryColumns);
    }
    QSet<QString> sourceNames;
    for (const TableInfo &t : std::as_const(tables)) {
        sourceNames.insert(t.name);
        if (!targetColumns.contains(t.name))
            return fail(
                tr("The target has no table %1, although it is at the same schema.").arg(t.name));
        if (targetColumns.value(t.name) != QSet<QString>(t.columns.cbegin(), t.columns.cend()))
            return fail(
                tr("The table %1 has different columns in the source and the target.").arg(t.name));
    }
    for (const TableInfo &t : std::as_const(targetTables)) {
        if (!sourceNames.contains(t.name))
            return fail(
                tr("The source has no table %1, although it is at the same schema.").arg(t.name));
    }

    // What the target holds already.
    for (const TableInfo &t : std::as_const(targetTables)) {
        const qint64 n = countRows(target, t.name, &error);
        if (n < 0)
            return fail(
                tr("Cannot count the rows of the target's table %1: %2").arg(t.name, error));
        if (n > 0)
            result.replaced.append({t.name, 0, n});
    }
    if (!result.replaced.isEmpty() && !options.replaceExisting)
        return fail(tr("The target already holds data (%1). Copy into a new file or an empty "
                       "server database, or choose to replace what it holds.")
                        .arg(describe(result.replaced, false)));

    QHash<QString, qint64> totals;
    for (const TableInfo &t : std::as_const(tables)) {
        const qint64 n = countRows(source, t.name, &error);
        if (n < 0)
            return fail(
                tr("Cannot count the rows of the source's table %1: %2").arg(t.name, error));
        totals.insert(t.name, n);
    }

    Transaction tx(target);
    if (!tx.isActive())
        return fail(tr("Cannot begin writing the target: %1").arg(tx.error()));

    if (!result.replaced.isEmpty()) {
        // Children first, so that no restriction stops a delete.
        for (qsizetype i = targetTables.size() - 1; i >= 0; --i) {
            const QString &name = targetTables.at(i).name;
            if (!target.execute(QStringLiteral("DELETE FROM %1").arg(quoted(name)), &error))
                return fail(tr("Cannot empty the target's table %1: %2").arg(name, error));
        }
    }

    for (int i = 0; i < tables.size(); ++i) {
        const TableInfo &table = tables.at(i);
        Progress p;
        p.table = table.name;
        p.tableIndex = i;
        p.tableCount = int(tables.size());
        p.rowsTotal = totals.value(table.name);
        if (progress && !progress(p)) {
            result.cancelled = true;
            return fail(tr("The copy was cancelled."));
        }
        bool cancelled = false;
        if (!copyTable(source, target, table, table.binaryColumns + binaryColumns.value(table.name),
                       p.rowsTotal, progress, p, &cancelled, &error)) {
            result.cancelled = cancelled;
            return fail(error);
        }
        if (!resetSequences(target, table, &error))
            return fail(error);
        const qint64 copied = countRows(target, table.name, &error);
        const qint64 expected = countRows(source, table.name, &error);
        result.tables.append({table.name, expected, copied});
        p.rowsCopied = copied;
        p.tableDone = true;
        if (progress && !progress(p)) {
            result.cancelled = true;
            return fail(tr("The copy was cancelled."));
        }
    }

    // Every table once more, after all of them are written: a row that a
    // later table's trigger or cascade removed would show here.
    QStringList mismatches;
    for (TableCount &count : result.tables) {
        count.sourceRows = countRows(source, count.table, &error);
        count.targetRows = countRows(target, count.table, &error);
        if (count.sourceRows < 0 || count.targetRows != count.sourceRows)
            mismatches.append(tr("%1 (source %2, target %3)")
                                  .arg(count.table)
                                  .arg(count.sourceRows)
                                  .arg(count.targetRows));
    }
    if (!mismatches.isEmpty())
        return fail(tr("The rows copied do not match the source: %1. Nothing was changed.")
                        .arg(mismatches.join(QStringLiteral(", "))));

    if (!tx.commit())
        return fail(tr("Cannot save the copy in the target: %1").arg(tx.error()));
    result.ok = true;
    return result;
}

DatabaseTransfer::Result
DatabaseTransfer::run(const QString &sourceLocation, const Database::OpenOptions &sourceOptions,
                      const QString &targetLocation, const Database::OpenOptions &targetOptions,
                      const Options &options, const ProgressCallback &progress)
{
    Result result;
    const QString sourceShown = DatabaseLocation::displayName(sourceLocation);
    const QString targetShown = DatabaseLocation::displayName(targetLocation);
    if (DatabaseLocation::identity(sourceLocation) == DatabaseLocation::identity(targetLocation)) {
        result.error =
            tr("%1 is both the source and the target; choose another target.").arg(sourceShown);
        return result;
    }

    Database::OpenOptions readOptions = sourceOptions;
    readOptions.readOnly = true;
    readOptions.create = false;
    auto source = Database::open(sourceLocation, readOptions);
    if (!source.database) {
        if (source.error == Database::ErrorKind::ReadOnly)
            result.error =
                tr("%1 is at an older schema than this version of Podium writes (%2); it must be "
                   "upgraded before it can be copied. Open it once in Podium, which upgrades it "
                   "and keeps a copy of it as it was, or upgrade a copy of it and copy from that.")
                    .arg(sourceShown)
                    .arg(Database::latestSchemaVersion());
        else
            result.error = source.message;
        return result;
    }

    return run(*source.database, targetLocation, targetOptions, options, progress);
}

DatabaseTransfer::Result DatabaseTransfer::run(Database &source, const QString &targetLocation,
                                               const Database::OpenOptions &targetOptions,
                                               const Options &options,
                                               const ProgressCallback &progress)
{
    Result result;
    const QString sourceShown = DatabaseLocation::displayName(source.path());
    const QString targetShown = DatabaseLocation::displayName(targetLocation);
    if (DatabaseLocation::identity(source.path()) == DatabaseLocation::identity(targetLocation)) {
        result.error =
            tr("%1 is both the source and the target; choose another target.").arg(sourceShown);
        return result;
    }
    // Look before writing anything: a target at another schema is refused
    // as it is, not upgraded on the way.
    const bool targetIsFile = !DatabaseLocation::isServer(targetLocation);
    const bool targetExisted = targetIsFile && QFileInfo::exists(targetLocation);
    if (!targetIsFile || targetExisted) {
        Database::OpenOptions probeOptions = targetOptions;
        probeOptions.readOnly = true;
        probeOptions.create = false;
        auto probe = Database::open(targetLocation, probeOptions);
        if (probe.error == Database::ErrorKind::ReadOnly) {
            result.error = tr("%1 is at an older schema than %2 (%3); open it once in Podium to "
                              "upgrade it, or copy into a new file.")
                               .arg(targetShown, sourceShown)
                               .arg(Database::latestSchemaVersion());
            return result;
        }
        if (probe.error == Database::ErrorKind::TooNew) {
            result.error = probe.message;
            return result;
        }
    }

    const QStringList companions{targetLocation + QStringLiteral("-wal"),
                                 targetLocation + QStringLiteral("-shm"),
                                 targetLocation + QStringLiteral("-journal")};
    QList<bool> companionExisted;
    for (const QString &c : companions)
        companionExisted.append(QFileInfo::exists(c));

    Database::OpenOptions writeOptions = targetOptions;
    writeOptions.readOnly = false;
    writeOptions.create = true;
    auto target = Database::open(targetLocation, writeOptions);
    if (!target.database) {
        result.error = target.message;
        return result;
    }
    result = run(source, *target.database, options, progress);
    target.database.reset();
    if (!result.ok && targetIsFile && !targetExisted) {
        // The file was made for this copy and holds nothing of anyone's.
        QFile::remove(targetLocation);
        for (qsizetype i = 0; i < companions.size(); ++i) {
            if (!companionExisted.at(i))
                QFile::remove(companions.at(i));
        }
    }
    return result;
}

} // namespace Podium
