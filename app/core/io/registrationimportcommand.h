#pragma once

#include "io/registrationimport.h"
#include "models/recordcommands.h"

#include <QUndoCommand>

namespace Podium {

class Database;

/**
 * A finished registration import on the undo stack, already written when
 * pushed. Undo removes what the import created (RegistrationImport::undo),
 * in one transaction; redo applies the same plan again. A failure (someone
 * gave a person created by the import a role meanwhile) is reported, and
 * nothing is changed.
 *
 * Threading: use on the thread that owns the Database.
 */
class RegistrationImportCommand : public QUndoCommand
{
public:
    RegistrationImportCommand(Database &database, const RegistrationImport::Plan &plan,
                              const RegistrationImport::Result &result, const QString &text,
                              UndoErrorHandler onError);

    void undo() override;
    void redo() override;

    const RegistrationImport::Result &result() const { return m_result; }

private:
    Database &m_db;
    RegistrationImport::Plan m_plan;
    RegistrationImport::Result m_result;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

} // namespace Podium
