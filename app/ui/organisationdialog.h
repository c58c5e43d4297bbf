#pragma once

#include "recorddialog.h"

#include <memory>

namespace Ui {
class OrganisationDialog;
}

namespace Podium {

/**
 * The form for one organisation: name and short name, kind, place,
 * website and the organisation it belongs to. Saving pushes one undo step.
 */
class OrganisationDialog : public RecordDialog
{
    Q_OBJECT

public:
    /** Edits organisation @p organisationId, or a new one if it is 0. */
    OrganisationDialog(Database &database, QUndoStack *undoStack, qint64 organisationId,
                       QWidget *parent = nullptr);
    ~OrganisationDialog() override;

    qint64 organisationId() const { return m_organisationId; }

protected:
    void load() override;
    QStringList state() const override;
    QList<ValidationIssue> save() override;
    std::optional<RecordConflict> conflict() const override;

private:
    std::unique_ptr<Ui::OrganisationDialog> m_ui;
    qint64 m_organisationId;
};

} // namespace Podium
