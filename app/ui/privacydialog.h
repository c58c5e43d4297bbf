#pragma once

#include "privacy/personprivacy.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Podium {

class Database;

/**
 * Data protection in one place: export everything about a person (right of
 * access), erase a person (right to erasure, after a clear confirmation
 * that it cannot be undone), and the retention run over past attendees
 * with a preview of exactly what it will change.
 *
 * Erasure and retention cannot be undone. Since an earlier step on the
 * undo stack could write an erased name back, both clear the undo stack.
 */
class PrivacyDialog : public QDialog
{
    Q_OBJECT

public:
    PrivacyDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr,
                  qint64 personId = 0);

    /** Chooses the person by id or e-mail address; false with a message if there is none. */
    bool setPerson(const QString &idOrEmail);
    qint64 personId() const { return m_personId; }

    /** Writes the access report of the chosen person to @p path (owner-only). */
    bool exportPerson(const QString &path, QString *error);
    /**
     * Erases the chosen person after a backup; @p confirmed skips the
     * question (for tests). Returns true if the person was erased.
     */
    bool erasePerson(bool confirmed = false);
    /** Shows what the retention run would change. */
    void previewRetention();
    /** Runs the previewed retention plan; @p confirmed skips the question. */
    bool runRetention(bool confirmed = false);

    QString retentionPreview() const;
    /** The line under the dialog's buttons: what the last action did. */
    QString statusText() const;

private:
    void showPerson();

    Database &m_db;
    QUndoStack *m_undoStack;
    qint64 m_personId = 0;
    QLineEdit *m_person;
    QLabel *m_personLabel;
    QPushButton *m_export;
    QPushButton *m_erase;
    QCheckBox *m_keepName;
    QSpinBox *m_months;
    QPlainTextEdit *m_preview;
    QPushButton *m_run;
    QLabel *m_status;
    std::optional<PersonPrivacy::RetentionPlan> m_plan;
};

} // namespace Podium
