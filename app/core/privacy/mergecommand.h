#pragma once

#include "models/recordcommands.h"
#include "privacy/duplicates.h"

#include <QUndoCommand>

namespace Podium {

class Database;

/**
 * A merge of two people or two organisations, already written when pushed
 * (Duplicates::apply). Undo puts every row back as it was before the merge,
 * the removed record with its id; redo merges again. Each runs in a
 * transaction of its own and is refused, with a message, if someone changed
 * the records meanwhile.
 *
 * Threading: use on the thread that owns the Database.
 */
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(Database &database, const Duplicates::Merge &applied, const QString &text,
                 UndoErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    Duplicates::Merge m_merge;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

} // namespace Podium
