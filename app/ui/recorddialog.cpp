#include "recorddialog.h"

#include "domain/validationissue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Podium {

RecordDialog::RecordDialog(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
    , m_resolveConflict(
          [this](const RecordConflict &conflict) { return ConflictDialog::ask(conflict, this); })
{}

void RecordDialog::setUp(QFormLayout *form, QDialogButtonBox *buttons, QLabel *generalError)
{
    m_form = form;
    m_generalError = generalError;
    m_generalError->hide();
    // Mnemonics in the labels move the focus to their fields.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label =
            qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                       ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                       : nullptr);
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (label && field && field->widget())
            label->setBuddy(field->widget());
    }
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (trySave())
            QDialog::done(Accepted);
    });
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            &RecordDialog::reload);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("&Revert"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void RecordDialog::bindField(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
    if (m_errorLabels.contains(widget))
        return;
    // The message goes right under its field.
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(p);
    label->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(widget, &row, &role);
    if (row < 0) {
        // A widget inside a nested layout: find its row through its parent layout.
        for (int r = 0; r < m_form->rowCount() && row < 0; ++r) {
            QLayoutItem *item = m_form->itemAt(r, QFormLayout::FieldRole);
            if (item && item->layout() && item->layout()->indexOf(widget) >= 0)
                row = r;
        }
    }
    if (row >= 0)
        m_form->insertRow(row + 1, QString(), label);
    m_errorLabels.insert(widget, label);
}

void RecordDialog::showIssues(const QList<ValidationIssue> &issues)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    QStringList general;
    QWidget *first = nullptr;
    for (const ValidationIssue &issue : issues) {
        QWidget *field = m_fields.value(issue.field);
        QLabel *label = field ? m_errorLabels.value(field) : nullptr;
        if (!label) {
            general << issue.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? issue.message
                                               : label->text() + QLatin1Char(' ') + issue.message);
        label->show();
        if (!first)
            first = field;
    }
    m_generalError->setText(general.join(QLatin1Char(' ')));
    m_generalError->setVisible(!general.isEmpty());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

bool RecordDialog::trySave()
{
    for (;;) {
        const QList<ValidationIssue> issues = save();
        if (issues.isEmpty()) {
            showIssues({});
            m_loadedState = state();
            return true;
        }
        const std::optional<RecordConflict> found = conflict();
        if (!found) {
            showIssues(issues);
            return false;
        }
        switch (m_resolveConflict(*found)) {
        case ConflictDialog::KeepEditing:
            showIssues({{QString(), tr("Not saved: someone else saved this record meanwhile. "
                                       "Your changes are still here.")}});
            return false;
        case ConflictDialog::TakeTheirs:
            reload();
            return false;
        case ConflictDialog::SaveMine:
            // Saved again over their version; refused again only if yet
            // another save came in between, which asks again.
            m_loadedVersion = found->theirVersion;
            break;
        }
    }
}

void RecordDialog::reload()
{
    load();
    showIssues({});
    m_loadedState = state();
}

void RecordDialog::done(int result)
{
    if (result == Rejected && isModified()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("Save your changes before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (!trySave())
                return;
            result = Accepted;
        }
    }
    QDialog::done(result);
}

} // namespace Podium
