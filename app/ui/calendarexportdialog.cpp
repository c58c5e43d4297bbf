#include "calendarexportdialog.h"

#include "domain/eventrepository.h"
#include "domain/seriesrepository.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Podium {

namespace {

using Scope = CalendarExportRequest::Scope;

QString statusLabel(const QString &status)
{
    if (status == QLatin1StringView("invited"))
        return CalendarExportDialog::tr("invited");
    if (status == QLatin1StringView("registered"))
        return CalendarExportDialog::tr("registered");
    if (status == QLatin1StringView("waitlisted"))
        return CalendarExportDialog::tr("waiting list");
    if (status == QLatin1StringView("confirmed"))
        return CalendarExportDialog::tr("confirmed");
    if (status == QLatin1StringView("attended"))
        return CalendarExportDialog::tr("attended");
    if (status == QLatin1StringView("no_show"))
        return CalendarExportDialog::tr("did not come");
    return status;
}

} // namespace

CalendarExportDialog::CalendarExportDialog(Database &database, const QList<qint64> &selectedEvents,
                                           QWidget *parent)
    : QDialog(parent)
    , m_selected(selectedEvents)
{
    setWindowTitle(tr("Export Calendar"));
    auto *layout = new QVBoxLayout(this);

    auto *what = new QGroupBox(tr("What to export"), this);
    auto *grid = new QGridLayout(what);
    m_scopes = new QButtonGroup(this);
    auto addScope = [&](Scope scope, const QString &text, int row) {
        auto *button = new QRadioButton(text, what);
        m_scopes->addButton(button, int(scope));
        grid->addWidget(button, row, 0, 1, 2);
        return button;
    };

    EventRepository events(database);
    QString selectedText;
    if (m_selected.size() == 1) {
        const std::optional<Event> e = events.find(m_selected.constFirst());
        selectedText = e ? tr("The selected event: %1").arg(e->title.in(e->language))
                         : tr("The selected event");
    } else {
        selectedText = tr("The %n selected events", nullptr, int(m_selected.size()));
    }
    QRadioButton *selected = addScope(Scope::SelectedEvents, selectedText, 0);
    selected->setEnabled(!m_selected.isEmpty());

    addScope(Scope::Series, tr("All events of the series"), 1);
    m_series = new QComboBox(what);
    const QList<Series> series = SeriesRepository(database).all();
    for (const Series &s : series)
        m_series->addItem(s.name.in(Language::English), s.name.in(Language::English));
    grid->addWidget(m_series, 2, 1);
    m_scopes->button(int(Scope::Series))->setEnabled(m_series->count() > 0);

    addScope(Scope::DateRange, tr("All events in a range of dates"), 3);
    auto *range = new QHBoxLayout;
    m_from = new QDateEdit(what);
    m_to = new QDateEdit(what);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        // The day in figures as the interface's language writes it
        // ("01.11.2026", "11/1/2026"), with all four digits of the year.
        edit->setDisplayFormat(numericDateFormat(edit->locale()));
        edit->setMinimumWidth(120);
    }
    const QDate today = Clock::nowUtc().date();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(m_from->date().addMonths(3).addDays(-1));
    range->addWidget(new QLabel(tr("From"), what));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), what));
    range->addWidget(m_to);
    range->addStretch();
    grid->addLayout(range, 4, 1);

    addScope(Scope::PublicFeed, tr("The public feed: every published event"), 5);

    addScope(Scope::Invitation, tr("Invitation to the selected event for named recipients…"), 6);
    m_invitationNote = new QLabel(what);
    m_invitationNote->setWordWrap(true);
    grid->addWidget(m_invitationNote, 7, 1);
    m_recipients = new QListWidget(what);
    m_recipients->setMinimumHeight(120);
    m_recipients->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recipients->setTextElideMode(Qt::ElideMiddle);
    grid->addWidget(m_recipients, 8, 1);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);
    if (m_selected.size() == 1) {
        QString error;
        if (ICalEvents::registered(database, m_selected.constFirst(), &m_registered, &error)) {
            for (const ICalEvents::Recipient &r : std::as_const(m_registered)) {
                auto *item = new QListWidgetItem(
                    tr("%1 <%2> (%3)").arg(r.name, r.email, statusLabel(r.status)), m_recipients);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        m_invitationNote->setText(
            m_registered.isEmpty()
                ? tr("Nobody with an e-mail address is registered for this event.")
                : tr("Only the people ticked here are named in the file, as attendees asked "
                     "to reply."));
    } else {
        m_invitationNote->setText(tr("Select exactly one event to send an invitation to."));
    }
    m_scopes->button(int(Scope::Invitation))->setEnabled(!m_registered.isEmpty());
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_programmeItems = new QCheckBox(tr("Include programme items as events of their own"), this);
    form->addRow(m_programmeItems);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Each event's own language"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_scopes, &QButtonGroup::idClicked, this, &CalendarExportDialog::updateState);
    connect(m_recipients, &QListWidget::itemChanged, this, &CalendarExportDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);

    setScope(m_selected.isEmpty() ? Scope::PublicFeed : Scope::SelectedEvents);
    resize(560, sizeHint().height());
}

void CalendarExportDialog::setScope(Scope scope)
{
    // A choice that does not apply (no series, no single event) stays off.
    QAbstractButton *button = m_scopes->button(int(scope));
    if (button && button->isEnabled())
        button->setChecked(true);
    updateState();
}

void CalendarExportDialog::updateState()
{
    const Scope scope = Scope(m_scopes->checkedId());
    m_series->setEnabled(scope == Scope::Series);
    m_from->setEnabled(scope == Scope::DateRange);
    m_to->setEnabled(scope == Scope::DateRange);
    m_recipients->setEnabled(scope == Scope::Invitation);
    // An invitation carries the event alone (RFC 5546 §3.2.2: one UID).
    m_programmeItems->setEnabled(scope != Scope::Invitation);
    bool ok = m_scopes->checkedId() >= 0;
    if (scope == Scope::DateRange)
        ok = m_from->date() <= m_to->date();
    if (scope == Scope::Invitation)
        ok = !request().invitees.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

CalendarExportRequest CalendarExportDialog::request() const
{
    CalendarExportRequest r;
    r.scope = Scope(m_scopes->checkedId());
    r.language = m_language->currentData().toString();
    r.programmeItems = r.scope != Scope::Invitation && m_programmeItems->isChecked();
    switch (r.scope) {
    case Scope::SelectedEvents:
        r.eventIds = m_selected;
        break;
    case Scope::Series:
        r.series = m_series->currentData().toString();
        break;
    case Scope::DateRange:
        r.from = m_from->date();
        r.to = m_to->date();
        break;
    case Scope::PublicFeed:
        break;
    case Scope::Invitation:
        r.eventIds = m_selected;
        for (int i = 0; i < m_recipients->count() && i < m_registered.size(); ++i) {
            if (m_recipients->item(i)->checkState() == Qt::Checked)
                r.invitees.append(m_registered.at(i));
        }
        break;
    }
    return r;
}

CalendarImportPreviewDialog::CalendarImportPreviewDialog(const QString &fileName,
                                                         const ICalImport::Plan &plan,
                                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Calendar"));
    auto *layout = new QVBoxLayout(this);
    const int created = plan.count(ICalImport::Action::Create);
    const int updated = plan.count(ICalImport::Action::Update);
    const int skipped = plan.count(ICalImport::Action::Skip);
    auto *summary = new QLabel(tr("%1: %2 to create, %3 to update, %4 to skip. Nothing is "
                                  "saved until you choose Import.")
                                   .arg(fileName)
                                   .arg(created)
                                   .arg(updated)
                                   .arg(skipped),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *table = new QTableWidget(int(plan.steps.size()), 4, this);
    table->setObjectName(QStringLiteral("previewTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Line"), tr("Event"), tr("Reason")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    for (int row = 0; row < plan.steps.size(); ++row) {
        const ICalImport::Step &step = plan.steps.at(row);
        QString action;
        switch (step.action) {
        case ICalImport::Action::Create:
            action = tr("Create");
            break;
        case ICalImport::Action::Update:
            action = tr("Update");
            break;
        case ICalImport::Action::Skip:
            action = tr("Skip");
            break;
        }
        QString when;
        if (step.action != ICalImport::Action::Skip) {
            QTimeZone zone(step.event.timeZone);
            if (!zone.isValid())
                zone = QTimeZone::utc();
            // The day as the interface's language writes it; the zone's
            // abbreviation tells the two 02:30 of the night the clocks go
            // back apart.
            const QLocale locale;
            QString format = numericDateFormat(locale);
            if (!step.event.allDay)
                format += QLatin1Char(' ') + clockFormat(locale) + QStringLiteral(" t");
            when = locale.toString(step.event.start.toTimeZone(zone), format);
        }
        const QString title = step.title.isEmpty() ? step.identity : step.title;
        auto *actionItem = new QTableWidgetItem(action);
        auto *lineItem = new QTableWidgetItem(QString::number(step.line));
        auto *eventItem =
            new QTableWidgetItem(when.isEmpty() ? title : when + QStringLiteral("  ") + title);
        eventItem->setToolTip(step.identity);
        auto *reasonItem = new QTableWidgetItem(step.reason);
        reasonItem->setToolTip(step.reason);
        table->setItem(row, 0, actionItem);
        table->setItem(row, 1, lineItem);
        table->setItem(row, 2, eventItem);
        table->setItem(row, 3, reasonItem);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(2, 360);
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(created + updated > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace Podium
