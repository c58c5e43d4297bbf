#pragma once

#include "conflictdialog.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QUndoStack;

namespace Podium {

class Database;
struct ValidationIssue;

/**
 * What every record form shares: a message beside each field that fails
 * validation, Save / Reset / Cancel, and never losing typed changes
 * silently: closing a changed form asks whether to save them.
 *
 * A subclass fills the fields in load(), reads them in state() (to notice
 * changes) and writes the record in save().
 *
 * A save that is refused because someone else saved the record after it was
 * loaded (its row_version moved on; the subclass saves with the version in
 * m_loadedVersion and says so in conflict()) asks what to do
 * (ConflictDialog): keep editing, take theirs (reload), or save mine over
 * theirs (save again, expecting their version).
 */
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(Database &database, QUndoStack *undoStack, QWidget *parent);

    /** True if a field differs from what was loaded. */
    bool isModified() const { return state() != m_loadedState; }

    /** Saves; false (with the messages shown) if the record was not saved. */
    bool trySave();

    void done(int result) override;

    /** Decides a conflict instead of the ConflictDialog (for tests). */
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }

protected:
    /** Call at the end of the subclass's constructor. */
    void setUp(QFormLayout *form, QDialogButtonBox *buttons, QLabel *generalError);
    /** Declares which widget shows the issues of a validation field ("email"). */
    void bindField(const QString &field, QWidget *widget);

    virtual void load() = 0;
    virtual QStringList state() const = 0;
    /** Writes the record; on failure returns the issues to show. */
    virtual QList<ValidationIssue> save() = 0;
    /**
     * After save() failed: the conflict, if the stored record is no longer
     * the version the form loaded (m_loadedVersion). None by default.
     */
    virtual std::optional<RecordConflict> conflict() const { return std::nullopt; }

    void showIssues(const QList<ValidationIssue> &issues);
    void reload();

    Database &m_db;
    QUndoStack *m_undoStack;
    /** The row_version of the record as loaded (or as adopted by "save mine"). */
    int m_loadedVersion = 0;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QLabel *> m_errorLabels;
    QStringList m_loadedState;
    ConflictResolver m_resolveConflict;
};

} // namespace Podium
