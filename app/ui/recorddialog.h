#pragma once

#include <QDialog>
#include <QHash>

#include <functional>

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

protected:
    /** Call at the end of the subclass's constructor. */
    void setUp(QFormLayout *form, QDialogButtonBox *buttons, QLabel *generalError);
    /** Declares which widget shows the issues of a validation field ("email"). */
    void bindField(const QString &field, QWidget *widget);

    virtual void load() = 0;
    virtual QStringList state() const = 0;
    /** Writes the record; on failure returns the issues to show. */
    virtual QList<ValidationIssue> save() = 0;

    void showIssues(const QList<ValidationIssue> &issues);
    void reload();

    Database &m_db;
    QUndoStack *m_undoStack;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QLabel *> m_errorLabels;
    QStringList m_loadedState;
};

} // namespace Podium
