#include "registrationimportcommand.h"

#include "storage/database.h"

namespace Podium {

RegistrationImportCommand::RegistrationImportCommand(Database &database,
                                                     const RegistrationImport::Plan &plan,
                                                     const RegistrationImport::Result &result,
                                                     const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_plan(plan)
    , m_result(result)
    , m_onError(std::move(onError))
{}

void RegistrationImportCommand::undo()
{
    if (!m_done)
        return;
    QString error;
    if (!RegistrationImport::undo(m_db, m_result, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = false;
}

void RegistrationImportCommand::redo()
{
    // The first redo comes with push(), when the import is already written.
    if (m_done)
        return;
    const RegistrationImport::Result again =
        RegistrationImport::apply(m_db, m_plan, RegistrationImport::ApplyOptions());
    if (!again.ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(again.error);
        return;
    }
    m_result = again;
    m_done = true;
}

} // namespace Podium
