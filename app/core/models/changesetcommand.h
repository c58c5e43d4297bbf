#pragma once

#include "models/recordcommands.h"

#include <QList>
#include <QUndoCommand>
#include <QVariantMap>

namespace Podium {

class Database;

/** One row's columns before and after a change (RecordStore::fetch() form). */
struct RowChange
{
    QString table;
    qint64 id = 0;
    QVariantMap before;
    QVariantMap after;
};

/**
 * Several rows changed together as one step: a programme reordered (each
 * item's position and times), a registration cancelled with the first of
 * the waiting list moved up, a guest checked in. execute() writes every
 * change in one transaction; undo writes every old value back in one
 * transaction of its own, redo the new ones again. Only the columns that
 * differ are written, so a colleague's edit to another column survives. A
 * column that someone else changed since this command last wrote it (or,
 * before the first write, since `before` was read) is never overwritten:
 * the whole step is refused instead, so that undo and redo only ever take
 * back one's own changes.
 *
 * Not for events: their calendar sequence needs ChangeRecordCommand.
 *
 * Threading: use on the thread that owns the Database.
 */
class ChangeSetCommand : public QUndoCommand
{
public:
    ChangeSetCommand(Database &database, QList<RowChange> changes, const QString &text,
                     UndoErrorHandler onError);

    /** Writes the changes; false (nothing written) if that failed. Push only after success. */
    bool execute(QString *error);

    void undo() override;
    void redo() override;

    const QList<RowChange> &changes() const { return m_changes; }

private:
    /**
     * Writes the after (or, if !@p forward, the before) values of every
     * change in one transaction, if each row still holds what m_expected
     * says in the columns to be written; then m_expected is what was written.
     */
    bool write(bool forward, const QString &summary, QString *error);

    Database &m_db;
    QList<RowChange> m_changes;
    /** Per change, the row as this command last read or wrote it. */
    QList<QVariantMap> m_expected;
    UndoErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace Podium
