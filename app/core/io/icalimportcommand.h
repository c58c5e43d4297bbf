#pragma once

#include "icalimport.h"
#include "models/recordcommands.h"
#include "models/rowsnapshot.h"

#include <QList>
#include <QUndoCommand>

namespace Podium {

class Database;

/**
 * A calendar import as one step of the undo stack. The import is already
 * in the database when the command is pushed (ICalImport::apply). Undo
 * deletes the events it created and puts the updated ones back as they
 * were, all in one transaction; redo restores the created events with their
 * ids and writes the imported values again, also in one transaction.
 *
 * As with every undoable change of an event, its SEQUENCE never goes back
 * (RFC 5545 §3.8.7.4): what subscribers saw change, changes again.
 *
 * Threading: use on the thread that owns the Database.
 */
class ImportCalendarCommand : public QUndoCommand
{
public:
    ImportCalendarCommand(Database &database, const ICalImport::Applied &applied,
                          const QString &text, UndoErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    bool write(bool forward, QString *error);

    Database &m_db;
    ICalImport::Applied m_applied;
    QList<RowSnapshot> m_created;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

} // namespace Podium
