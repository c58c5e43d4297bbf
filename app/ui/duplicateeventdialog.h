#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;

namespace Podium {

/**
 * Asks for the first day of an event's new edition before it is
 * duplicated: the programme and the people in their roles are copied, the
 * registrations are not. The date is typed in the interface's order of day,
 * month and year, with the year in full.
 *
 * Threading: GUI thread only.
 */
class DuplicateEventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicateEventDialog(const QDate &suggested, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }

    /** Shows the dialog; the date chosen, or nothing if it was cancelled. */
    static std::optional<QDate> ask(const QDate &suggested, QWidget *parent);

private:
    QDateEdit *m_date = nullptr;
};

} // namespace Podium
