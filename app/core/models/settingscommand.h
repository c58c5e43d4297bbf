#pragma once

#include "models/recordcommands.h"
#include "storage/organisationsettings.h"

#include <QUndoCommand>

namespace Podium {

/**
 * A saved change of the organisation's settings. Already written when
 * pushed; undo writes the old settings back, redo the new ones, each in a
 * transaction of its own.
 */
class SettingsCommand : public QUndoCommand
{
public:
    SettingsCommand(Database &database, const OrganisationSettings &before,
                    const OrganisationSettings &after, UndoErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    void write(const OrganisationSettings &settings);

    Database &m_db;
    OrganisationSettings m_before;
    OrganisationSettings m_after;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

} // namespace Podium
