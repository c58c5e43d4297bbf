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
 * differ are written, so a colleague's edit to another column survives.
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

    /** Writes the after (or, if !@p forward, the before) values of @p changes in one transaction.
     */
    static bool write(Database &database, const QList<RowChange> &changes, bool forward,
                      const QString &summary, QString *error);

private:
    Database &m_db;
    QList<RowChange> m_changes;
    UndoErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace Podium
