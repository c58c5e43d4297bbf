#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class ConflictDialog;
}

namespace Podium {

class Database;

/**
 * What a refused save found: someone else saved the record after the form
 * loaded it. Lists the fields whose value in the form differs from the one
 * stored now, and who saved that version when.
 */
struct RecordConflict
{
    struct Field
    {
        QString label;
        QString mine;
        QString theirs;
    };

    /** The record as a reader names it ("Ada Lovelace"). */
    QString recordName;
    int yourVersion = 0;
    int theirVersion = 0;
    /** Who saved the stored version (login name), or empty if unknown. */
    QString savedBy;
    /** When (UTC), or invalid if unknown. */
    QDateTime savedAt;
    QList<Field> fields;

    /** Adds a field if @p mine and @p theirs differ. */
    void compare(const QString &label, const QString &mine, const QString &theirs);
    /** Adds a yes/no field (a check box) if the two differ. */
    void compare(const QString &label, bool mine, bool theirs);
    /**
     * Reads savedBy and savedAt from the newest change-log entry of row
     * @p id of @p table, or savedAt from the row's modified_at if there is none.
     */
    void readAuthor(const Database &database, const QString &table, qint64 id);

    /** The name a form field goes by: its accessible name, or a button's text. */
    static QString labelOf(const QWidget *field);
};

/**
 * Shown when saving a form is refused because someone else changed the
 * record meanwhile: "Your version" against "Their version (saved by WHO at
 * WHEN)" for every field that differs, and three ways on: keep editing
 * (nothing lost, nothing saved), take theirs (the form shows the stored
 * record), or save mine over theirs.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepEditing, TakeTheirs, SaveMine };

    explicit ConflictDialog(const RecordConflict &conflict, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    /** What was chosen; KeepEditing until a button is pressed (and when closed). */
    Choice choice() const { return m_choice; }
    QPushButton *button(Choice choice) const;
    QTableWidget *fieldsTable() const;
    QString message() const;

    /** Asks modally; KeepEditing if the dialog is closed otherwise. */
    static Choice ask(const RecordConflict &conflict, QWidget *parent);

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Choice m_choice = KeepEditing;
    QPushButton *m_buttons[3] = {};
};

/** Decides a conflict; forms show a ConflictDialog by default, tests answer directly. */
using ConflictResolver = std::function<ConflictDialog::Choice(const RecordConflict &)>;

} // namespace Podium
