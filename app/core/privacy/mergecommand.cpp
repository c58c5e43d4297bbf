#include "mergecommand.h"

#include "storage/database.h"

namespace Podium {

MergeCommand::MergeCommand(Database &database, const Duplicates::Merge &applied,
                           const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_merge(applied)
    , m_onError(std::move(onError))
{}

void MergeCommand::undo()
{
    if (!m_done)
        return;
    QString error;
    if (!Duplicates::apply(m_db, m_merge, false, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = false;
}

void MergeCommand::redo()
{
    // The first redo comes with push(), when the merge is already written.
    if (m_done)
        return;
    QString error;
    if (!Duplicates::apply(m_db, m_merge, true, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = true;
}

} // namespace Podium
