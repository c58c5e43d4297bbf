#include "conflictdialog.h"
#include "util/datetext.h"

#include "storage/database.h"
#include "ui_conflictdialog.h"
#include "util/clock.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

namespace Podium {

void RecordConflict::compare(const QString &label, const QString &mine, const QString &theirs)
{
    if (mine != theirs)
        fields.append({label, mine, theirs});
}

void RecordConflict::compare(const QString &label, bool mine, bool theirs)
{
    if (mine != theirs)
        fields.append({label, mine ? ConflictDialog::tr("yes") : ConflictDialog::tr("no"),
                       theirs ? ConflictDialog::tr("yes") : ConflictDialog::tr("no")});
}

void RecordConflict::readAuthor(const Database &database, const QString &table, qint64 id)
{
    QSqlQuery q = database.prepare(
        QStringLiteral("SELECT user_name, changed_at FROM change_log WHERE table_name = ? AND "
                       "record_id = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, table);
    q.bindValue(1, id);
    if (Database::exec(q) && q.next()) {
        savedBy = q.value(0).toString();
        savedAt = Clock::fromStorage(q.value(1).toString());
        return;
    }
    // Written past the storage layer (a script): the row's own time at least.
    QSqlQuery row =
        database.prepare(QStringLiteral("SELECT modified_at FROM %1 WHERE id = ?").arg(table));
    row.bindValue(0, id);
    if (Database::exec(row) && row.next())
        savedAt = Clock::fromStorage(row.value(0).toString());
}

QString RecordConflict::labelOf(const QWidget *field)
{
    QString name = field->accessibleName();
    if (name.isEmpty()) {
        if (const auto *button = qobject_cast<const QAbstractButton *>(field))
            name = button->text();
    }
    name.remove(QLatin1Char('&'));
    return name;
}

ConflictDialog::ConflictDialog(const RecordConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    const QString when =
        conflict.savedAt.isValid()
            ? QLocale().toString(conflict.savedAt.toLocalTime(), numericDateTimeFormat())
            : QString();
    // On two lines, so that the column need not be as wide as the name and time.
    QString theirs = tr("Their version");
    if (!conflict.savedBy.isEmpty() && !when.isEmpty())
        theirs += QLatin1Char('\n') + tr("(saved by %1 at %2)").arg(conflict.savedBy, when);
    else if (!when.isEmpty())
        theirs += QLatin1Char('\n') + tr("(saved at %1)").arg(when);
    m_ui->messageLabel->setText(
        tr("Someone else saved “%1” while you were editing it (version %2; you started from "
           "version %3). Your changes are not saved yet.")
            .arg(conflict.recordName)
            .arg(conflict.theirVersion)
            .arg(conflict.yourVersion));

    QTableWidget *table = m_ui->fieldsTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), theirs});
    table->setRowCount(int(conflict.fields.size()));
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const RecordConflict::Field &f = conflict.fields.at(row);
        auto *label = new QTableWidgetItem(f.label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        table->setItem(row, 0, label);
        // An empty value says so, rather than showing a blank cell.
        const auto value = [](const QString &text) {
            auto *item = new QTableWidgetItem(text.isEmpty() ? tr("(empty)") : text);
            if (text.isEmpty())
                item->setForeground(Qt::gray);
            return item;
        };
        table->setItem(row, 1, value(f.mine));
        table->setItem(row, 2, value(f.theirs));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_buttons[KeepEditing] =
        m_ui->buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    m_buttons[TakeTheirs] =
        m_ui->buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::ResetRole);
    m_buttons[SaveMine] =
        m_ui->buttons->addButton(tr("&Save Mine over Theirs"), QDialogButtonBox::AcceptRole);
    m_buttons[KeepEditing]->setDefault(true);
    for (const Choice choice : {KeepEditing, TakeTheirs, SaveMine}) {
        connect(m_buttons[choice], &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            done(choice == KeepEditing ? Rejected : Accepted);
        });
    }
}

ConflictDialog::~ConflictDialog() = default;

QPushButton *ConflictDialog::button(Choice choice) const
{
    return m_buttons[choice];
}

QTableWidget *ConflictDialog::fieldsTable() const
{
    return m_ui->fieldsTable;
}

QString ConflictDialog::message() const
{
    return m_ui->messageLabel->text();
}

ConflictDialog::Choice ConflictDialog::ask(const RecordConflict &conflict, QWidget *parent)
{
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace Podium
