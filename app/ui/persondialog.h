#pragma once

#include "recorddialog.h"

#include <memory>

namespace Ui {
class PersonDialog;
}

namespace Podium {

/**
 * The form for one person of the directory: names, position, organisation
 * (chosen by name, or created on the spot), contact details and consents.
 * Saving pushes one undo step.
 */
class PersonDialog : public RecordDialog
{
    Q_OBJECT

public:
    /** Edits person @p personId, or a new person if it is 0. */
    PersonDialog(Database &database, QUndoStack *undoStack, qint64 personId,
                 QWidget *parent = nullptr);
    ~PersonDialog() override;

    qint64 personId() const { return m_personId; }

protected:
    void load() override;
    QStringList state() const override;
    QList<ValidationIssue> save() override;
    std::optional<RecordConflict> conflict() const override;

private:
    std::unique_ptr<Ui::PersonDialog> m_ui;
    qint64 m_personId;
};

} // namespace Podium
