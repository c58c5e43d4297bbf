#include "checkindialog.h"
#include "util/datetext.h"

#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/personrepository.h"
#include "domain/planner.h"
#include "domain/registrationrepository.h"
#include "models/changesetcommand.h"
#include "models/recordcommands.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Podium {

namespace {

Language interfaceLanguage()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

} // namespace

CheckInDialog::CheckInDialog(Database &database, QUndoStack *undoStack, qint64 eventId,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
    , m_eventId(eventId)
{
    setObjectName(QStringLiteral("CheckInDialog"));
    const std::optional<Event> event = EventRepository(database).find(eventId);
    const QString title = event ? event->title.in(event->language) : QString();
    setWindowTitle(tr("Check-in: %1").arg(title));
    resize(760, 560);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(title.toHtmlEscaped(),
                 event ? longDateTimeText(event->localStart()).toHtmlEscaped() : QString()));
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setAccessibleName(tr("Counts"));
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_counts->setFont(big);
    layout->addWidget(m_counts);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Name:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Name"));
    m_search->setPlaceholderText(tr("Type a few letters of the name, then press Enter"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *checkInButton = new QPushButton(tr("&Check In"), this);
    checkInButton->setObjectName(QStringLiteral("checkInButton"));
    searchRow->addWidget(checkInButton);
    layout->addLayout(searchRow);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("registrationsTable"));
    m_table->setAccessibleName(tr("Guests"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation"), tr("Status"), tr("Checked in")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(1, 240);
    m_table->setColumnWidth(2, 110);
    layout->addWidget(m_table, 1);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    auto *walkIn = new QGroupBox(tr("Walk-in: not registered"), this);
    auto *walkInLayout = new QHBoxLayout(walkIn);
    m_walkInGiven = new QLineEdit(walkIn);
    m_walkInGiven->setObjectName(QStringLiteral("walkInGivenEdit"));
    m_walkInGiven->setAccessibleName(tr("Given name of the walk-in"));
    m_walkInGiven->setPlaceholderText(tr("Given name"));
    m_walkInFamily = new QLineEdit(walkIn);
    m_walkInFamily->setObjectName(QStringLiteral("walkInFamilyEdit"));
    m_walkInFamily->setAccessibleName(tr("Family name of the walk-in"));
    m_walkInFamily->setPlaceholderText(tr("Family name"));
    m_walkInEmail = new QLineEdit(walkIn);
    m_walkInEmail->setObjectName(QStringLiteral("walkInEmailEdit"));
    m_walkInEmail->setAccessibleName(tr("Email of the walk-in"));
    m_walkInEmail->setPlaceholderText(tr("Email (optional)"));
    m_walkInButton = new QPushButton(tr("&Add and Check In"), walkIn);
    m_walkInButton->setObjectName(QStringLiteral("walkInButton"));
    walkInLayout->addWidget(m_walkInGiven);
    walkInLayout->addWidget(m_walkInFamily);
    walkInLayout->addWidget(m_walkInEmail);
    walkInLayout->addWidget(m_walkInButton);
    layout->addWidget(walkIn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_search, checkInButton);
    setTabOrder(checkInButton, m_table);
    setTabOrder(m_table, m_walkInGiven);
    setTabOrder(m_walkInGiven, m_walkInFamily);
    setTabOrder(m_walkInFamily, m_walkInEmail);
    setTabOrder(m_walkInEmail, m_walkInButton);

    m_message = [this](const QString &m) { QMessageBox::information(this, windowTitle(), m); };
    connect(m_search, &QLineEdit::textChanged, this, &CheckInDialog::applyFilter);
    m_search->installEventFilter(this);
    connect(checkInButton, &QPushButton::clicked, this, &CheckInDialog::checkInCurrent);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { checkIn(registrationAt(row)); });
    connect(m_walkInButton, &QPushButton::clicked, this, &CheckInDialog::walkInFromFields);
    for (QLineEdit *edit : {m_walkInGiven, m_walkInFamily, m_walkInEmail})
        connect(edit, &QLineEdit::returnPressed, this, &CheckInDialog::walkInFromFields);
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &CheckInDialog::refresh);
    refresh();
    m_search->setFocus();
}

CheckInDialog::~CheckInDialog() = default;

bool CheckInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            checkInCurrent();
            return true;
        }
        // Up and down choose among the matches without leaving the field.
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_table->rowCount() > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_table->currentRow() + step, m_table->rowCount() - 1);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CheckInDialog::refresh()
{
    const Language language = interfaceLanguage();
    m_rows.clear();
    // Read before the list: on a server, a second query while the first one's
    // rows are being read would lose the rest of them.
    const QTimeZone zone = EventRepository(m_db).find(m_eventId).value_or(Event()).zone();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT r.id, trim(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')), "
        "coalesce(o.name, ''), r.status, r.checked_in_at FROM registration r "
        "JOIN person p ON p.id = r.person_id LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE r.event_id = ? AND r.status <> 'cancelled' ORDER BY p.sort_key, p.id"));
    q.addBindValue(m_eventId);
    if (Database::exec(q)) {
        while (q.next()) {
            Row row;
            row.registrationId = q.value(0).toLongLong();
            row.name = q.value(1).toString();
            row.organisation = q.value(2).toString();
            const auto status = fromStorage<RegistrationStatus>(q.value(3).toString());
            row.status = status ? registrationStatusLabel(*status, language) : QString();
            const QDateTime at = Clock::fromStorage(q.value(4).toString());
            // The clock of the interface language: "18:40", "6:40 PM".
            row.checkedIn = at.isValid()
                                ? QLocale().toString(at.toTimeZone(zone).time(), clockFormat())
                                : QString();
            row.key = foldText(row.name);
            m_rows.append(row);
        }
    }
    applyFilter();
    updateCounts();
}

void CheckInDialog::applyFilter()
{
    const QStringList words =
        foldText(m_search->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qint64 current = registrationAt(m_table->currentRow());
    m_table->setRowCount(0);
    for (const Row &row : std::as_const(m_rows)) {
        bool match = true;
        for (const QString &w : words)
            match = match && row.key.contains(w);
        if (!match)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{row.name, row.organisation, row.status, row.checkedIn};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, row.registrationId);
            m_table->setItem(r, c, item);
        }
    }
    // The first match is the one Enter checks in, unless another was chosen.
    int select = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (registrationAt(r) == current && !words.isEmpty())
            select = r;
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(select, 0);
}

void CheckInDialog::updateCounts()
{
    const RegistrationCounts c = Planner(m_db).counts(m_eventId);
    const int attended = c.count(RegistrationStatus::Attended);
    const int expected =
        c.count(RegistrationStatus::Registered) + c.count(RegistrationStatus::Confirmed);
    m_counts->setText(tr("%1 checked in · %2 still expected · %3 on the waiting list")
                          .arg(attended)
                          .arg(expected)
                          .arg(c.count(RegistrationStatus::Waitlisted)));
}

qint64 CheckInDialog::registrationAt(int row) const
{
    if (row < 0 || row >= m_table->rowCount() || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void CheckInDialog::checkInCurrent()
{
    const qint64 id = registrationAt(m_table->currentRow());
    if (!id) {
        m_feedback->setText(tr("Nobody of that name is registered. Add them as a walk-in below."));
        return;
    }
    if (checkIn(id)) {
        m_search->clear();
        m_search->setFocus();
    }
}

bool CheckInDialog::checkIn(qint64 registrationId)
{
    if (!registrationId)
        return false;
    if (m_db.isReadOnly()) {
        m_message(m_db.readOnlyReason());
        return false;
    }
    RecordStore store(m_db);
    RowChange change{QStringLiteral("registration"),
                     registrationId,
                     store.fetch(QStringLiteral("registration"), registrationId),
                     {}};
    if (change.before.isEmpty()) {
        m_message(tr("This registration no longer exists; someone may have deleted it."));
        return false;
    }
    const QString name = m_db.scalar(QStringLiteral("SELECT trim(coalesce(p.given_name, '') || ' "
                                                    "' || coalesce(p.family_name, '')) FROM "
                                                    "registration r JOIN person p ON p.id = "
                                                    "r.person_id WHERE r.id = ?"),
                                     {registrationId})
                             .toString();
    if (change.before.value(QStringLiteral("status")).toString() ==
        toStorage(RegistrationStatus::Attended)) {
        m_feedback->setText(tr("%1 is already checked in.").arg(name));
        return false;
    }
    const QDateTime now = Clock::nowUtc();
    change.after = change.before;
    change.after.insert(QStringLiteral("status"), toStorage(RegistrationStatus::Attended));
    change.after.insert(QStringLiteral("checked_in_at"), Clock::toStorage(now));
    if (change.before.value(QStringLiteral("registered_at")).isNull())
        change.after.insert(QStringLiteral("registered_at"), Clock::toStorage(now));
    auto *command = new ChangeSetCommand(m_db, {change}, tr("Check in “%1”").arg(name),
                                         [this](const QString &m) { m_message(m); });
    QString error;
    if (!command->execute(&error)) {
        delete command;
        m_message(error);
        return false;
    }
    m_feedback->setText(tr("%1 checked in.").arg(name));
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    refresh();
    return true;
}

qint64 CheckInDialog::addWalkIn(const QString &givenName, const QString &familyName,
                                const QString &email)
{
    if (m_db.isReadOnly()) {
        m_message(m_db.readOnlyReason());
        return 0;
    }
    Person person;
    person.givenName = givenName.trimmed();
    person.familyName = familyName.trimmed();
    person.email = email.trimmed();
    const QList<ValidationIssue> issues = validate(person);
    if (!issues.isEmpty()) {
        m_message(describeIssues(issues));
        return 0;
    }
    const QDateTime now = Clock::nowUtc();
    QString error;
    Registration registration;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            m_message(RecordStore::explainConstraint(tx.error()));
            return 0;
        }
        if (!PersonRepository(m_db).insert(person, &error)) {
            m_message(error);
            return 0;
        }
        registration.personId = person.id;
        registration.eventId = m_eventId;
        registration.status = RegistrationStatus::Attended;
        registration.registeredAt = now;
        registration.checkedInAt = now;
        registration.notes = tr("Walk-in");
        if (!RegistrationRepository(m_db).insert(registration, &error)) {
            m_message(error);
            return 0;
        }
        if (!tx.commit()) {
            m_message(RecordStore::explainConstraint(tx.error()));
            return 0;
        }
    }
    m_feedback->setText(tr("%1 added and checked in.").arg(person.fullName()));
    // Undoing the new person takes the registration along, and redo restores both.
    if (m_undoStack)
        m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("person"), person.id,
                                                  tr("Walk-in “%1”").arg(person.fullName()),
                                                  [this](const QString &m) { m_message(m); }));
    refresh();
    return registration.id;
}

void CheckInDialog::walkInFromFields()
{
    if (addWalkIn(m_walkInGiven->text(), m_walkInFamily->text(), m_walkInEmail->text())) {
        m_walkInGiven->clear();
        m_walkInFamily->clear();
        m_walkInEmail->clear();
        m_search->setFocus();
    }
}

} // namespace Podium
