#pragma once

#include "io/icalevents.h"
#include "io/icalimport.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace Podium {

class Database;

/** What the user asked to export from the window. */
struct CalendarExportRequest
{
    enum class Scope { SelectedEvents, Series, DateRange, PublicFeed, Invitation };
    Scope scope = Scope::SelectedEvents;
    /** The selected events (SelectedEvents), or the one event (Invitation). */
    QList<qint64> eventIds;
    /** The series' name (Series). */
    QString series;
    QDate from;
    QDate to;
    bool programmeItems = false;
    /** "de", "en" or empty for each event's own language. */
    QString language;
    /** The chosen recipients (Invitation); nobody else is ever written. */
    QList<ICalEvents::Recipient> invitees;
};

/**
 * Asks what to export as a calendar: the selected events, the events of a
 * series, a range of dates, the public feed of published events, or an
 * invitation to the one selected event for recipients picked from its
 * registrations; with or without programme items, in English or German.
 */
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarExportDialog(Database &database, const QList<qint64> &selectedEvents,
                         QWidget *parent = nullptr);

    CalendarExportRequest request() const;

    /** Picks @p scope (for tests and for callers that know what is wanted). */
    void setScope(CalendarExportRequest::Scope scope);
    /** The recipients offered for an invitation (the event's registrations). */
    QListWidget *recipientList() const { return m_recipients; }

private:
    void updateState();

    QList<qint64> m_selected;
    QList<ICalEvents::Recipient> m_registered;
    QButtonGroup *m_scopes = nullptr;
    QComboBox *m_series = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_recipients = nullptr;
    QLabel *m_invitationNote = nullptr;
    QCheckBox *m_programmeItems = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/**
 * Shows what importing a calendar file will do, event by event: created,
 * updated (the same UID and RECURRENCE-ID as an event in the database) or
 * skipped, each with its reason. Accepting it means "import".
 */
class CalendarImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarImportPreviewDialog(const QString &fileName, const ICalImport::Plan &plan,
                                QWidget *parent = nullptr);
};

} // namespace Podium
