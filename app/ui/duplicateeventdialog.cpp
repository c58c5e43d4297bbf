#include "duplicateeventdialog.h"

#include "util/datetext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace Podium {

DuplicateEventDialog::DuplicateEventDialog(const QDate &suggested, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Duplicate Event"));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(suggested, this);
    m_date->setDisplayFormat(numericDateFormat(m_date->locale()));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("First day of the new edition"));
    auto *note = new QLabel(tr("The copy keeps the programme and the people in their roles "
                               "(to be asked again), without registrations."),
                            this);
    note->setWordWrap(true);
    // Wide enough for the note to take two lines rather than five.
    note->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    form->addRow(note);
    form->addRow(tr("&First day:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<QDate> DuplicateEventDialog::ask(const QDate &suggested, QWidget *parent)
{
    DuplicateEventDialog dialog(suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.dateEdit()->date();
}

} // namespace Podium
