#include "recordcommands.h"

#include "domain/eventrepository.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QSet>

namespace Podium {

namespace {

RecordStore::Values writable(const QVariantMap &row)
{
    static const QSet<QString> skipped{QStringLiteral("id"), QStringLiteral("created_at"),
                                       QStringLiteral("modified_at"),
                                       QStringLiteral("row_version")};
    RecordStore::Values values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!skipped.contains(it.key()))
            values.append({it.key(), it.value()});
    }
    return values;
}

} // namespace

ChangeRecordCommand::ChangeRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QVariantMap &before, const QVariantMap &after,
                                         const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_table(table)
    , m_id(id)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{
    // The change is saved already: remember the version it left.
    m_version =
        RecordStore(m_db)
            .fetch(m_table, m_id)
            .value(QStringLiteral("row_version"), after.value(QStringLiteral("row_version")))
            .toInt();
}

void ChangeRecordCommand::write(const QVariantMap &values, const QString &summary, bool undoing)
{
    RecordStore store(m_db);
    QVariantMap target = values;
    // RFC 5545 §3.8.7.4: a calendar's SEQUENCE never goes back, not even
    // when an edit is undone; undoing a change that subscribers saw is
    // itself a change they must see.
    if (m_table == QLatin1StringView("event")) {
        const QVariantMap current = store.fetch(m_table, m_id);
        const int sequence = current.value(QStringLiteral("ical_sequence")).toInt();
        bool visible = false;
        for (const QString &column : EventRepository::subscriberVisibleColumns()) {
            const QVariant a = current.value(column);
            const QVariant b = target.value(column);
            visible |= a.isNull() != b.isNull() || a.toString() != b.toString();
        }
        target.insert(QStringLiteral("ical_sequence"), sequence + (visible ? 1 : 0));
    }
    QString error;
    if (!store.update(m_table, m_id, writable(target), summary, m_version, &error)) {
        // The stack cannot go back past a step that failed.
        setObsolete(true);
        if (m_onError)
            m_onError((undoing ? QCoreApplication::translate("Podium::ChangeRecordCommand",
                                                             "Cannot undo “%1”: %2")
                               : QCoreApplication::translate("Podium::ChangeRecordCommand",
                                                             "Cannot redo “%1”: %2"))
                          .arg(text(), error));
        return;
    }
    m_version = store.fetch(m_table, m_id).value(QStringLiteral("row_version")).toInt();
}

void ChangeRecordCommand::undo()
{
    write(m_before, QStringLiteral("Undo: ") + text(), true);
    m_done = false;
}

void ChangeRecordCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the save itself.
    if (m_done)
        return;
    write(m_after, QStringLiteral("Redo: ") + text(), false);
    m_done = true;
}

InsertRecordCommand::InsertRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_table(table)
    , m_id(id)
    , m_onError(std::move(onError))
{}

void InsertRecordCommand::undo()
{
    m_snapshot = RowSnapshot::take(m_db, m_table, m_id);
    QString error;
    if (!RecordStore(m_db).remove(m_table, m_id, QStringLiteral("Undo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = false;
}

void InsertRecordCommand::redo()
{
    if (m_done)
        return;
    QString error;
    if (!m_snapshot.restore(m_db, QStringLiteral("Redo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = true;
}

DeleteRecordCommand::DeleteRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_table(table)
    , m_id(id)
    , m_onError(std::move(onError))
{}

bool DeleteRecordCommand::execute(QString *error)
{
    m_snapshot = RowSnapshot::take(m_db, m_table, m_id);
    if (m_snapshot.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "Podium::DeleteRecordCommand",
                "The record no longer exists; someone may have deleted it.");
        return false;
    }
    if (!RecordStore(m_db).remove(m_table, m_id, text(), error))
        return false;
    m_executed = true;
    return true;
}

void DeleteRecordCommand::undo()
{
    QString error;
    if (!m_snapshot.restore(m_db, QStringLiteral("Undo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

void DeleteRecordCommand::redo()
{
    // The first redo comes from QUndoStack::push, after execute().
    if (m_executed) {
        m_executed = false;
        return;
    }
    m_snapshot = RowSnapshot::take(m_db, m_table, m_id);
    QString error;
    if (!RecordStore(m_db).remove(m_table, m_id, QStringLiteral("Redo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

} // namespace Podium
