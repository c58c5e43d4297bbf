#include "settingscommand.h"

#include <QCoreApplication>

namespace Podium {

SettingsCommand::SettingsCommand(Database &database, const OrganisationSettings &before,
                                 const OrganisationSettings &after, UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("Podium::SettingsCommand",
                                               "Change the organisation's settings"))
    , m_db(database)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{}

void SettingsCommand::write(const OrganisationSettings &settings)
{
    QString error;
    if (!settings.save(m_db, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

void SettingsCommand::undo()
{
    write(m_before);
    m_done = false;
}

void SettingsCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the save itself.
    if (m_done)
        return;
    write(m_after);
    m_done = true;
}

} // namespace Podium
