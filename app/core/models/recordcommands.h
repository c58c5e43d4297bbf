#pragma once

#include "models/rowsnapshot.h"

#include <QUndoCommand>
#include <QVariantMap>

#include <functional>

namespace Podium {

class Database;

/** The ids of Podium's undo commands, in one place (QUndoCommand::id()). */
enum class CommandId { ChangeRecord = 1 };

/** Reports a failed undo or redo (someone else changed the record meanwhile, a read-only file). */
using UndoErrorHandler = std::function<void(const QString &message)>;

/**
 * A saved change of one record, as column values before and after. The
 * change is already in the database when the command is pushed; undo writes
 * the old values back in a transaction of its own, redo the new ones. Undo
 * is refused, with a message, if someone else has changed the record since:
 * it only ever undoes one's own change.
 *
 * Threading: use on the thread that owns the Database.
 */
class ChangeRecordCommand : public QUndoCommand
{
public:
    ChangeRecordCommand(Database &database, const QString &table, qint64 id,
                        const QVariantMap &before, const QVariantMap &after, const QString &text,
                        UndoErrorHandler onError);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ChangeRecord); }

private:
    void write(const QVariantMap &values, const QString &summary, bool undoing);

    Database &m_db;
    QString m_table;
    qint64 m_id;
    QVariantMap m_before;
    QVariantMap m_after;
    UndoErrorHandler m_onError;
    bool m_done = true;
    /**
     * The record's version as this command last left it. Undo and redo only
     * write over that version: a change someone else made meanwhile (another
     * window, or a colleague on the server) is never undone silently.
     */
    int m_version = 0;
};

/**
 * A new record, already inserted when pushed. Undo deletes it (and whatever
 * was added to it meanwhile); redo puts it back with the same id.
 */
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(Database &database, const QString &table, qint64 id, const QString &text,
                        UndoErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    QString m_table;
    qint64 m_id;
    RowSnapshot m_snapshot;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

/**
 * Deletes a record when first done (with what its delete takes along), and
 * restores all of it on undo.
 */
class DeleteRecordCommand : public QUndoCommand
{
public:
    DeleteRecordCommand(Database &database, const QString &table, qint64 id, const QString &text,
                        UndoErrorHandler onError);

    /** False if the first delete failed; then the command must not be pushed. */
    bool execute(QString *error);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    QString m_table;
    qint64 m_id;
    RowSnapshot m_snapshot;
    UndoErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace Podium
