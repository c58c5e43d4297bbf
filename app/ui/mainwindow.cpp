#include "mainwindow.h"
#include "util/datetext.h"

#include "backgroundbackup.h"
#include "calendaractions.h"
#include "checkindialog.h"
#include "connectserverdialog.h"
#include "domain/event.h"
#include "domain/eventduplicator.h"
#include "domain/eventrepository.h"
#include "domain/language.h"
#include "domain/organisation.h"
#include "domain/registration.h"
#include "domain/role.h"
#include "duplicateeventdialog.h"
#include "duplicatesdialog.h"
#include "eventworkspace.h"
#include "homeview.h"
#include "models/changewatcher.h"
#include "models/eventtablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "models/recordcommands.h"
#include "models/registrationtablemodel.h"
#include "organisationdialog.h"
#include "persondialog.h"
#include "preferences.h"
#include "printactions.h"
#include "privacydialog.h"
#include "recordview.h"
#include "registrationimportdialog.h"
#include "restorebackupdialog.h"
#include "server/databaselocation.h"
#include "server/transfer.h"
#include "settingsdialog.h"
#include "statisticsview.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "ui_mainwindow.h"
#include "util/clock.h"
#include "util/droppedfile.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace Podium {

namespace {

Language interfaceLanguage()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

const char *const viewKeys[] = {"events", "people", "organisations", "attendees"};

// Theme icons where the desktop has them, Qt's own standard icons otherwise,
// so that nothing is blank on a bare system.
QIcon themedIcon(const QWidget *w, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), w->style()->standardIcon(fallback));
}

// A filter with an entry for every event or organisation (thousands in a
// large database) is as wide as @p characters, not as its longest entry:
// measuring every entry's text cost more than everything else the window
// does before its first paint.
void sizeByLength(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSaveCopy->setShortcut(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionNew->setIcon(themedIcon(this, "document-new", QStyle::SP_FileIcon));
    m_ui->actionOpen->setIcon(themedIcon(this, "document-open", QStyle::SP_DialogOpenButton));
    m_ui->actionSaveCopy->setIcon(
        themedIcon(this, "document-save-as", QStyle::SP_DialogSaveButton));
    m_ui->actionRefresh->setIcon(themedIcon(this, "view-refresh", QStyle::SP_BrowserReload));
    m_ui->actionQuit->setIcon(themedIcon(this, "application-exit", QStyle::SP_DialogCloseButton));

    // Edit: undo and redo of every saved change, and the records themselves.
    m_undoStack = new QUndoStack(this);
    QMenu *editMenu = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(m_ui->menuView->menuAction(), editMenu);
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(this, "edit-undo", QStyle::SP_ArrowBack));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themedIcon(this, "edit-redo", QStyle::SP_ArrowForward));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *newPerson = editMenu->addAction(themedIcon(this, "contact-new", QStyle::SP_FileIcon),
                                             tr("New &Person…"));
    newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(newPerson, &QAction::triggered, this, [this] { newRecord(PeopleView); });
    QAction *newOrg = editMenu->addAction(tr("New &Organisation…"));
    newOrg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(newOrg, &QAction::triggered, this, [this] { newRecord(OrganisationsView); });
    editMenu->addSeparator();
    QAction *edit =
        editMenu->addAction(themedIcon(this, "document-edit", QStyle::SP_FileDialogContentsView),
                            tr("&Edit Selected…"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QAction::triggered, this, &MainWindow::editSelected);
    QAction *remove =
        editMenu->addAction(themedIcon(this, "edit-delete", QStyle::SP_TrashIcon), tr("&Delete…"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    editMenu->addSeparator();
    QAction *settings = editMenu->addAction(
        themedIcon(this, "preferences-system", QStyle::SP_FileDialogInfoView), tr("&Settings…"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        if (m_database->isReadOnly()) {
            m_message(m_database->readOnlyReason());
            return;
        }
        SettingsDialog(*m_database, m_undoStack, this).exec();
    });

    // Attendees in bulk and data protection.
    editMenu->addSeparator();
    QAction *importRegistrations =
        editMenu->addAction(themedIcon(this, "document-import", QStyle::SP_DialogOpenButton),
                            tr("Import &Registrations…"));
    importRegistrations->setObjectName(QStringLiteral("importRegistrationsAction"));
    connect(importRegistrations, &QAction::triggered, this, [this] {
        if (m_database->isReadOnly()) {
            m_message(m_database->readOnlyReason());
            return;
        }
        const QList<qint64> events = selectedEventIds();
        RegistrationImportDialog(*m_database, m_undoStack, this, events.value(0)).exec();
        refreshViews();
    });
    QAction *duplicates = editMenu->addAction(tr("Find &Duplicates…"));
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    connect(duplicates, &QAction::triggered, this, [this] {
        if (m_database->isReadOnly()) {
            m_message(m_database->readOnlyReason());
            return;
        }
        DuplicatesDialog(*m_database, m_undoStack, this).exec();
        refreshViews();
    });
    QAction *privacy = editMenu->addAction(tr("Data &Protection…"));
    privacy->setObjectName(QStringLiteral("dataProtectionAction"));
    connect(privacy, &QAction::triggered, this, [this] {
        if (m_database->isReadOnly()) {
            m_message(m_database->readOnlyReason());
            return;
        }
        PrivacyDialog(*m_database, m_undoStack, this,
                      currentView() == PeopleView ? selectedId() : 0)
            .exec();
        refreshViews();
    });
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(undo);
    m_ui->toolBar->addAction(redo);
    m_ui->toolBar->addAction(newPerson);
    // Views show what the database holds after every step, undo included.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refreshViews);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_message = [this](const QString &message) {
        QMessageBox::information(this, tr("Podium"), message);
    };

    m_datePrompt = [this](const QDate &suggested) {
        return DuplicateEventDialog::ask(suggested, this);
    };
    buildEventMenu();

    // Calendars, registration lists and databases dropped on the window.
    setAcceptDrops(true);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openFile);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    buildServerActions();
    buildBackupActions();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (auto *view = recordView(View(m_ui->stack->currentIndex()))) {
            view->searchEdit()->setFocus(Qt::ShortcutFocusReason);
            view->searchEdit()->selectAll();
        }
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        for (RecordView *v : std::as_const(m_views))
            v->model()->refresh();
        if (m_home)
            m_home->refresh();
        if (m_statistics)
            m_statistics->refresh();
    });

    // The sidebar and the View menu switch between the four tables.
    const QList<QPair<QString, QIcon>> views{
        {tr("Events"), themedIcon(this, "x-office-calendar", QStyle::SP_FileDialogDetailedView)},
        {tr("People"), themedIcon(this, "system-users", QStyle::SP_DirHomeIcon)},
        {tr("Organisations"), themedIcon(this, "go-home", QStyle::SP_DirIcon)},
        {tr("Attendees"), themedIcon(this, "x-office-address-book", QStyle::SP_FileDialogListView)},
        {tr("Home"), themedIcon(this, "user-home", QStyle::SP_DirHomeIcon)},
        {tr("Statistics"), themedIcon(this, "office-chart-bar", QStyle::SP_FileDialogContentsView)},
    };
    for (int i = 0; i < views.size(); ++i) {
        m_ui->sidebar->addItem(new QListWidgetItem(views.at(i).second, views.at(i).first));
        QAction *action = m_ui->menuView->addAction(views.at(i).second, views.at(i).first);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showView(View(i)); });
    }
    QFont sidebarFont = m_ui->sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_ui->sidebar->setFont(sidebarFont);
    m_ui->sidebar->setSpacing(2);
    m_ui->sidebar->setBackgroundRole(QPalette::Window);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({170, 1030});
    connect(m_ui->sidebar, &QListWidget::currentRowChanged, m_ui->stack,
            &QStackedWidget::setCurrentIndex);

    restoreGeometry(Preferences::get(Preferences::windowGeometry));
    restoreState(Preferences::get(Preferences::windowState));
    m_ui->splitter->restoreState(Preferences::get(Preferences::splitterState));

    setDatabase(std::move(database));
    showView(View(qBound(0, Preferences::get(Preferences::currentView), 5)));
}

MainWindow::~MainWindow()
{
    // An open workspace or check-in reads the database: it goes first.
    for (QDialog *d : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly))
        delete d;
    // The undo stack outlives this body (it is a child); its commands and
    // the views' models must not reach the database once it is closed.
    disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack->clear();
    delete m_calendarActions;
    delete m_printActions;
    delete m_home;
    delete m_statistics;
    for (RecordView *v : std::as_const(m_views))
        delete v;
}

RecordView *MainWindow::recordView(View view) const
{
    return m_views.value(view);
}

void MainWindow::showView(View view)
{
    m_ui->sidebar->setCurrentRow(view);
    m_ui->stack->setCurrentIndex(view);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    Preferences::set(Preferences::windowGeometry, saveGeometry());
    Preferences::set(Preferences::windowState, saveState());
    Preferences::set(Preferences::splitterState, m_ui->splitter->saveState());
    Preferences::set(Preferences::currentView, m_ui->stack->currentIndex());
    event->accept();
}

void MainWindow::saveViewState()
{
    for (int i = 0; i < m_views.size(); ++i)
        Preferences::setHeaderState(QString::fromLatin1(viewKeys[i]), m_views.at(i)->headerState());
}

void MainWindow::releaseDatabase()
{
    if (!m_views.isEmpty())
        saveViewState();
    // The views' queries, and everything else that holds the connection, go
    // before the database itself.
    for (RecordView *v : std::as_const(m_views)) {
        m_ui->stack->removeWidget(v);
        delete v;
    }
    m_views.clear();
    for (QWidget *page : std::initializer_list<QWidget *>{m_home, m_statistics}) {
        if (page) {
            m_ui->stack->removeWidget(page);
            delete page;
        }
    }
    m_home = nullptr;
    m_statistics = nullptr;
    delete m_calendarActions;
    m_calendarActions = nullptr;
    delete m_printActions;
    m_printActions = nullptr;
    delete m_changeWatcher;
    m_changeWatcher = nullptr;
    // Undo steps belong to the database they were made in.
    m_undoStack->clear();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    releaseDatabase();
    m_database = std::move(database);
    buildViews();
    buildDatabaseActions();
    watchForOtherWriters();

    const QString path = QDir::toNativeSeparators(m_database->path());
    setWindowFilePath(m_database->path());
    if (const auto server =
            m_database->isServer() ? ServerAddress::parse(m_database->path()) : std::nullopt)
        setWindowTitle(tr("%1 on %2 — Podium").arg(server->databaseName(), server->serverName()));
    else
        setWindowTitle(QStringLiteral("%1 — Podium").arg(QFileInfo(path).fileName()));
    QString status = path;
    if (m_database->isReadOnly())
        status += QStringLiteral(" — ") + m_database->readOnlyReason();
    // An older Podium cannot open the file any more: say so, and where the
    // copy taken before the upgrade is.
    if (const QString backup = m_database->migrationBackupPath(); !backup.isEmpty())
        status += QStringLiteral(" — ") +
                  tr("Upgraded for this version of Podium; the file as it was is kept as %1.")
                      .arg(QDir::toNativeSeparators(backup));
    statusBar()->showMessage(status);
    // A file is opened again at the next start; a server may need a password
    // that only the Connect to Server dialog can ask for.
    if (!m_database->isServer())
        Preferences::set(Preferences::lastDatabase,
                         DatabaseLocation::recentEntry(m_database->path()));
    Preferences::addRecentDatabase(DatabaseLocation::recentEntry(m_database->path()));
    updateRecentMenu();
    startDailyBackup();
}

void MainWindow::buildViews()
{
    const Language language = interfaceLanguage();
    Database &db = *m_database;
    QList<QPair<QString, QVariant>> entries;

    // Events: by status, series and year.
    auto *events = new EventTableModel(db, language);
    auto *eventsView = new RecordView(tr("Events"), events,
                                      [events](const QString &t) { events->setSearchText(t); });
    entries = {{tr("All statuses"), QString()}};
    for (const EventStatus s : allValues<EventStatus>())
        entries.append({eventStatusLabel(s, language), toStorage(s)});
    eventsView->addFilter(tr("Status"), entries,
                          [events](const QVariant &v) { events->setStatusFilter(v.toString()); });
    entries = {{tr("All series"), 0}};
    QSqlQuery q(db.connection());
    q.exec(
        language == Language::German
            ? QStringLiteral("SELECT id, coalesce(name_de, name_en) FROM series ORDER BY name_key")
            : QStringLiteral(
                  "SELECT id, coalesce(name_en, name_de) FROM series ORDER BY name_key"));
    while (q.next())
        entries.append({q.value(1).toString(), q.value(0).toLongLong()});
    eventsView->addFilter(tr("Series"), entries,
                          [events](const QVariant &v) { events->setSeriesFilter(v.toLongLong()); });
    entries = {{tr("All years"), 0}};
    q.exec(QStringLiteral("SELECT DISTINCT substr(start_utc, 1, 4) FROM event ORDER BY 1 DESC"));
    while (q.next())
        entries.append({q.value(0).toString(), q.value(0).toInt()});
    eventsView->addFilter(tr("Year"), entries, [events](const QVariant &v) {
        const int year = v.toInt();
        events->setDateRange(year ? QDate(year, 1, 1) : QDate(),
                             year ? QDate(year, 12, 31) : QDate());
    });

    // People: speakers only, by role and organisation.
    auto *people = new PersonTableModel(db, language);
    auto *peopleView = new RecordView(tr("People"), people,
                                      [people](const QString &t) { people->setSearchText(t); });
    auto *speakers = new QCheckBox(tr("Speakers only"), peopleView);
    connect(speakers, &QCheckBox::toggled, people, &PersonTableModel::setSpeakersOnly);
    peopleView->addFilterWidget(speakers);
    entries = {{tr("Any role"), QString()}};
    for (const RoleKind r : allValues<RoleKind>())
        entries.append({roleLabel(r, language), toStorage(r)});
    peopleView->addFilter(tr("Role"), entries,
                          [people](const QVariant &v) { people->setRoleFilter(v.toString()); });
    entries = {{tr("All organisations"), 0}};
    q.exec(QStringLiteral("SELECT id, name FROM organisation ORDER BY name_key"));
    while (q.next())
        entries.append({q.value(1).toString(), q.value(0).toLongLong()});
    auto *organisationCombo =
        peopleView->addFilter(tr("Organisation"), entries, [people](const QVariant &v) {
            people->setOrganisationFilter(v.toLongLong());
        });
    sizeByLength(organisationCombo, 28);

    // Organisations: by kind.
    auto *orgs = new OrganisationTableModel(db, language);
    auto *orgsView = new RecordView(tr("Organisations"), orgs,
                                    [orgs](const QString &t) { orgs->setSearchText(t); });
    entries = {{tr("All kinds"), QString()}};
    for (const OrganisationKind k : allValues<OrganisationKind>())
        entries.append({organisationKindLabel(k, language), toStorage(k)});
    orgsView->addFilter(tr("Kind"), entries,
                        [orgs](const QVariant &v) { orgs->setKindFilter(v.toString()); });

    // Attendees: by event and status.
    auto *regs = new RegistrationTableModel(db, language);
    auto *regsView =
        new RecordView(tr("Attendees"), regs, [regs](const QString &t) { regs->setSearchText(t); });
    entries = {{tr("All events"), 0}};
    q.exec(QStringLiteral(
        "SELECT id, substr(start_utc, 1, 10) || '  ' || coalesce(nullif(title_en, ''), title_de) "
        "FROM event ORDER BY start_utc DESC"));
    while (q.next())
        entries.append({q.value(1).toString(), q.value(0).toLongLong()});
    auto *eventCombo = regsView->addFilter(
        tr("Event"), entries, [regs](const QVariant &v) { regs->setEventFilter(v.toLongLong()); });
    eventCombo->setMaximumWidth(360);
    sizeByLength(eventCombo, 40);
    entries = {{tr("All statuses"), QString()}};
    for (const RegistrationStatus s : allValues<RegistrationStatus>())
        entries.append({registrationStatusLabel(s, language), toStorage(s)});
    regsView->addFilter(tr("Status"), entries,
                        [regs](const QVariant &v) { regs->setStatusFilter(v.toString()); });

    m_views = {eventsView, peopleView, orgsView, regsView};
    for (int i = 0; i < m_views.size(); ++i) {
        RecordView *view = m_views.at(i);
        view->restoreHeaderState(Preferences::headerState(QString::fromLatin1(viewKeys[i])));
        // An event opens in its workspace on a double click or Enter
        // (activated covers both); the other records open their forms.
        if (i == EventsView)
            connect(view->tableView(), &QAbstractItemView::activated, this,
                    &MainWindow::editSelected);
        else
            connect(view->tableView(), &QAbstractItemView::doubleClicked, this,
                    &MainWindow::editSelected);
        connect(view->model(), &PagedSqlModel::queryFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Cannot read the database: %1").arg(message));
        });
        m_ui->stack->addWidget(view);
    }
    // Sensible first widths for the columns that carry the most text.
    eventsView->tableView()->setColumnWidth(EventTableModel::DateColumn, 130);
    eventsView->tableView()->setColumnWidth(EventTableModel::TitleColumn, 360);
    eventsView->tableView()->setColumnWidth(EventTableModel::SeriesColumn, 170);
    eventsView->tableView()->setColumnWidth(EventTableModel::StatusColumn, 100);
    eventsView->tableView()->setColumnWidth(EventTableModel::PublishedColumn, 80);
    regsView->tableView()->setColumnWidth(RegistrationTableModel::EventColumn, 260);
    // The Event menu's actions, and Delete, on the events' context menu.
    eventsView->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    eventsView->tableView()->addActions(m_eventActions);

    // Home and statistics, after the four tables.
    m_home = new HomeView(db, this);
    connect(m_home, &HomeView::openEvent, this, [this](qint64 id) { openWorkspace(id); });
    m_ui->stack->addWidget(m_home);
    m_statistics = new StatisticsView(db, this);
    m_ui->stack->addWidget(m_statistics);
}

namespace {

// A menu separator that goes when @p owner goes (QMenu::addSeparator()'s
// belongs to the menu and would pile up with every database opened).
QAction *separator(QObject *owner)
{
    auto *action = new QAction(owner);
    action->setSeparator(true);
    return action;
}

} // namespace

void MainWindow::buildDatabaseActions()
{
    Database &db = *m_database;
    RecordView *eventsView = recordView(EventsView);

    m_calendarActions = new CalendarActions(
        db, m_undoStack, [this] { return selectedEventIds(); }, this);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_calendarActions->importAction());
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_calendarActions->exportAction());
    m_ui->menuFile->insertAction(m_ui->actionQuit, separator(m_calendarActions));
    m_eventMenu->addAction(separator(m_calendarActions));
    m_eventMenu->addAction(m_calendarActions->exportAction());
    eventsView->tableView()->addAction(m_calendarActions->exportAction());
    connect(m_calendarActions, &CalendarActions::eventsChanged, this, &MainWindow::refreshViews);

    m_printActions = new PrintActions(
        db, [this] { return currentEventId(); }, this);
    m_eventMenu->addAction(separator(m_printActions));
    m_eventMenu->addAction(m_printActions->printPreviewAction());
    m_eventMenu->addAction(m_printActions->printAction());
    m_eventMenu->addAction(separator(m_printActions));
    m_eventMenu->addAction(m_printActions->exportProgrammePdfAction());
    m_eventMenu->addAction(m_printActions->exportProgrammeHtmlAction());
    m_eventMenu->addAction(m_printActions->exportSignInAction());
    m_eventMenu->addAction(m_printActions->exportParticipantsAction());
    m_eventMenu->addAction(m_printActions->exportBadgesAction());
    eventsView->tableView()->addAction(m_printActions->printPreviewAction());
    eventsView->tableView()->addAction(m_printActions->exportProgrammePdfAction());
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    // Earlier versions could keep an address with a password in it; such an
    // entry is dropped for good, not only hidden.
    QStringList recent = Preferences::get(Preferences::recentDatabases);
    if (recent.removeIf([](const QString &entry) {
            return DatabaseLocation::isServer(entry) && ServerAddress::containsPassword(entry);
        }) > 0)
        Preferences::set(Preferences::recentDatabases, recent);
    for (const QString &path : recent) {
        if (DatabaseLocation::isServer(path)) {
            // A server that lets us in without a typed password (~/.pgpass)
            // opens at once; otherwise the dialog shows why, with the
            // address filled in, and asks for the password if that is it.
            QAction *a = m_ui->menuRecent->addAction(DatabaseLocation::displayName(path));
            connect(a, &QAction::triggered, this, [this, path] {
                ConnectServerDialog dialog(this);
                dialog.setAddress(path);
                if (!dialog.testConnection() && dialog.exec() != QDialog::Accepted)
                    return;
                openServer(dialog.address(), dialog.password());
            });
            continue;
        }
        QAction *a = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Podium databases (*.podium)"));
    if (file.isEmpty())
        return;
    const QString path =
        file.endsWith(QLatin1StringView(".podium")) ? file : file + QStringLiteral(".podium");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Please choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database) {
        QMessageBox::warning(this, tr("New Database"), opened.message);
        return;
    }
    setDatabase(std::move(opened.database));
}

void MainWindow::openFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
        tr("Podium databases (*.podium *.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        openPath(file);
}

void MainWindow::openPath(const QString &path)
{
    auto opened = Database::open(path, {});
    opened = RestoreBackupDialog::recoverDamaged(this, path, std::move(opened));
    if (!opened.database) {
        QMessageBox::warning(this, tr("Cannot Open Database"), opened.message);
        return;
    }
    setDatabase(std::move(opened.database));
}

void MainWindow::saveCopy()
{
    const QString suggested = QFileInfo(m_database->path()).absolutePath() + QLatin1Char('/') +
                              QFileInfo(m_database->path()).completeBaseName() + tr(" (copy)") +
                              QStringLiteral(".podium");
    const QString file = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested,
                                                      tr("Podium databases (*.podium)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    QString error;
    if (!m_database->saveCopy(file, &error)) {
        QMessageBox::warning(this, tr("Save a Copy"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(file)), 8000);
}

// ---- PostgreSQL servers ------------------------------------------------------

void MainWindow::buildServerActions()
{
    m_confirmServer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Podium"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    // Connect to Server… below Open Recent; the copies below Save a Copy.
    const qsizetype recent = fileActions.indexOf(m_ui->menuRecent->menuAction());
    QAction *afterRecent = fileActions.value(recent + 1, m_ui->actionQuit);
    const qsizetype saveCopy = fileActions.indexOf(m_ui->actionSaveCopy);
    QAction *afterSaveCopy = fileActions.value(saveCopy + 1, m_ui->actionQuit);

    auto *connectServer = new QAction(themedIcon(this, "network-server", QStyle::SP_DriveNetIcon),
                                      tr("Connect to &Server…"), this);
    connectServer->setObjectName(QStringLiteral("connectServerAction"));
    connectServer->setStatusTip(tr("Open a Podium database on a PostgreSQL server"));
    connect(connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    m_ui->menuFile->insertAction(afterRecent, connectServer);

    auto *copyServer = new QAction(tr("Copy to Ser&ver…"), this);
    copyServer->setObjectName(QStringLiteral("copyToServerAction"));
    copyServer->setStatusTip(tr("Copy this whole database into an empty database on a server"));
    connect(copyServer, &QAction::triggered, this, &MainWindow::copyToServer);
    m_ui->menuFile->insertAction(afterSaveCopy, copyServer);

    auto *copyFile = new QAction(tr("Copy to &File…"), this);
    copyFile->setObjectName(QStringLiteral("copyToFileAction"));
    copyFile->setStatusTip(tr("Copy this whole database into a new Podium file"));
    connect(copyFile, &QAction::triggered, this, &MainWindow::copyToFile);
    m_ui->menuFile->insertAction(afterSaveCopy, copyFile);
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(this);
    const QStringList recent = Preferences::get(Preferences::recentDatabases);
    for (const QString &entry : recent) {
        if (DatabaseLocation::isServer(entry)) {
            dialog.setAddress(entry);
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    openServer(dialog.address(), dialog.password());
}

bool MainWindow::openServer(const QString &address, const QString &password)
{
    Database::OpenOptions options;
    // In memory only, for this connection.
    options.password = password;
    auto opened = Database::open(address, options);
    if (opened.error == Database::ErrorKind::NotPodium) {
        // An empty database is set up only when asked; one with tables of
        // another program is refused by the storage layer, untouched.
        if (!m_confirmServer(tr("%1\n\nSet up Podium's tables in it? If it is empty, it then "
                                "holds an empty Podium database.")
                                 .arg(opened.message)))
            return false;
        options.create = true;
        opened = Database::open(address, options);
    }
    if (!opened.database) {
        m_message(opened.message);
        return false;
    }
    setDatabase(std::move(opened.database));
    return true;
}

void MainWindow::copyToServer()
{
    ConnectServerDialog dialog(this);
    dialog.setWindowTitle(tr("Copy to Server"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    copyDatabaseTo(dialog.address(), dialog.password());
}

void MainWindow::copyToFile()
{
    const QString folder = DatabaseLocation::isServer(m_database->path())
                               ? QDir::homePath()
                               : QFileInfo(m_database->path()).absolutePath();
    const QString file = QFileDialog::getSaveFileName(this, tr("Copy to File"), folder,
                                                      tr("Podium databases (*.podium)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    const QString path =
        file.endsWith(QLatin1StringView(".podium")) ? file : file + QStringLiteral(".podium");
    if (QFileInfo::exists(path)) {
        m_message(
            tr("%1 already exists. Please choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    copyDatabaseTo(path);
}

bool MainWindow::copyDatabaseTo(const QString &target, const QString &password)
{
    const QString shown = DatabaseLocation::displayName(target);
    Database::OpenOptions targetOptions;
    targetOptions.password = password;
    DatabaseTransfer::Options options;
    auto copy = [&] {
        QProgressDialog progress(tr("Copying to %1…").arg(shown), tr("Cancel"), 0, 1000, this);
        progress.setWindowTitle(tr("Copy Database"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        return DatabaseTransfer::run(
            *m_database, target, targetOptions, options,
            [&progress](const DatabaseTransfer::Progress &p) {
                const double tableShare = p.tableDone ? 1.0
                                          : p.rowsTotal > 0
                                              ? double(p.rowsCopied) / double(p.rowsTotal)
                                              : 0.0;
                progress.setValue(
                    int(1000.0 * (p.tableIndex + tableShare) / std::max(1, p.tableCount)));
                progress.setLabelText(tr("Copying %1 (table %2 of %3)…")
                                          .arg(p.table)
                                          .arg(p.tableIndex + 1)
                                          .arg(p.tableCount));
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            });
    };
    DatabaseTransfer::Result result = copy();
    if (!result.ok && !result.cancelled && !result.replaced.isEmpty()) {
        if (!m_confirmServer(tr("%1 already holds data (%2).\n\nReplace all of it with a copy "
                                "of this database? This cannot be undone.")
                                 .arg(shown, DatabaseTransfer::describe(result.replaced, false))))
            return false;
        options.replaceExisting = true;
        result = copy();
    }
    if (!result.ok) {
        if (!result.cancelled)
            m_message(result.error);
        return false;
    }
    qint64 rows = 0;
    for (const auto &t : std::as_const(result.tables))
        rows += t.targetRows;
    statusBar()->showMessage(tr("Copied %1 rows in %2 tables to %3; the row counts match.")
                                 .arg(rows)
                                 .arg(result.tables.size())
                                 .arg(shown),
                             15000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Podium"),
        tr("<h3>Podium %1</h3><p>Plans public dialogues: events, programmes, speakers, "
           "organisations and attendees.</p><p>Database: %2<br>Schema version %3, journal %4.</p>")
            .arg(QStringLiteral(PODIUM_VERSION), m_database->path().toHtmlEscaped())
            .arg(m_database->schemaVersion())
            .arg(m_database->journalMode()));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_ui->stack->currentIndex());
}

qint64 MainWindow::selectedId() const
{
    const RecordView *view = recordView(currentView());
    if (!view)
        return 0;
    const QModelIndex current = view->tableView()->currentIndex();
    return current.isValid() ? view->model()->idAt(current.row()) : 0;
}

bool MainWindow::selectRecord(View view, qint64 id)
{
    RecordView *rv = recordView(view);
    int row = rv ? rv->model()->rowOfLoadedId(id) : -1;
    // Just after a refresh nothing is loaded yet: look through the first
    // pages (a new or copied event is usually among them).
    if (rv && row < 0) {
        const int rows = std::min(rv->model()->rowCount(), 1024);
        for (int r = 0; r < rows && row < 0; ++r) {
            if (rv->model()->idAt(r) == id)
                row = r;
        }
    }
    if (row < 0)
        return false;
    rv->tableView()->selectRow(row);
    rv->tableView()->setCurrentIndex(rv->model()->index(row, 0));
    return true;
}

void MainWindow::refreshViews()
{
    for (RecordView *v : std::as_const(m_views)) {
        const qint64 selected = v->tableView()->currentIndex().isValid()
                                    ? v->model()->idAt(v->tableView()->currentIndex().row())
                                    : 0;
        v->model()->refresh();
        if (selected)
            selectRecord(View(m_views.indexOf(v)), selected);
    }
    if (m_home)
        m_home->refresh();
    if (m_statistics)
        m_statistics->refresh();
}

void MainWindow::newRecord(View view)
{
    if (m_database->isReadOnly()) {
        m_message(m_database->readOnlyReason());
        return;
    }
    if (view == OrganisationsView) {
        OrganisationDialog dialog(*m_database, m_undoStack, 0, this);
        if (dialog.exec() == QDialog::Accepted) {
            showView(OrganisationsView);
            selectRecord(OrganisationsView, dialog.organisationId());
        }
        return;
    }
    PersonDialog dialog(*m_database, m_undoStack, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        showView(PeopleView);
        selectRecord(PeopleView, dialog.personId());
    }
}

void MainWindow::editSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    switch (currentView()) {
    case PeopleView: {
        PersonDialog dialog(*m_database, m_undoStack, id, this);
        dialog.exec();
        break;
    }
    case OrganisationsView: {
        OrganisationDialog dialog(*m_database, m_undoStack, id, this);
        dialog.exec();
        break;
    }
    case AttendeesView: {
        const qint64 person =
            m_database
                ->scalar(QStringLiteral("SELECT person_id FROM registration WHERE id = ?"), {id})
                .toLongLong();
        PersonDialog dialog(*m_database, m_undoStack, person, this);
        dialog.exec();
        break;
    }
    case EventsView:
        openWorkspace(id);
        break;
    case HomePage:
    case StatisticsPage:
        break;
    }
}

void MainWindow::buildEventMenu()
{
    m_eventMenu = new QMenu(tr("E&vent"), this);
    m_eventMenu->setObjectName(QStringLiteral("eventMenu"));
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_eventMenu);
    QAction *newEvent = m_eventMenu->addAction(
        themedIcon(this, "appointment-new", QStyle::SP_FileIcon), tr("&New Event…"));
    newEvent->setObjectName(QStringLiteral("newEventAction"));
    newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(newEvent, &QAction::triggered, this, [this] { openWorkspace(0); });
    QAction *open =
        m_eventMenu->addAction(themedIcon(this, "document-edit", QStyle::SP_FileDialogContentsView),
                               tr("&Open Workspace"));
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentEventId())
            openWorkspace(id);
    });
    QAction *duplicate = m_eventMenu->addAction(
        themedIcon(this, "edit-copy", QStyle::SP_FileDialogNewFolder), tr("&Duplicate Event…"));
    duplicate->setObjectName(QStringLiteral("duplicateEventAction"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(duplicate, &QAction::triggered, this, [this] {
        if (const qint64 id = currentEventId())
            duplicateEvent(id);
    });
    QAction *checkIn = m_eventMenu->addAction(
        themedIcon(this, "object-select", QStyle::SP_DialogApplyButton), tr("Check-&in…"));
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    checkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(checkIn, &QAction::triggered, this, [this] {
        if (const qint64 id = currentEventId())
            openCheckIn(id);
    });
    m_eventMenu->addSeparator();
    m_eventActions = {open, duplicate, checkIn, newEvent};
    m_ui->toolBar->addAction(newEvent);
}

qint64 MainWindow::currentEventId() const
{
    const QList<qint64> ids = selectedEventIds();
    if (ids.isEmpty()) {
        m_ui->statusBar->showMessage(tr("Choose an event in the Events view first."), 5000);
        return 0;
    }
    return ids.first();
}

QList<qint64> MainWindow::selectedEventIds() const
{
    QList<qint64> ids;
    const RecordView *view = recordView(EventsView);
    if (!view)
        return ids;
    QModelIndexList rows = view->tableView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = view->model()->idAt(index.row()))
            ids.append(id);
    }
    const QModelIndex current = view->tableView()->currentIndex();
    if (ids.isEmpty() && current.isValid()) {
        if (const qint64 id = view->model()->idAt(current.row()))
            ids.append(id);
    }
    return ids;
}

EventWorkspace *MainWindow::openWorkspace(qint64 eventId)
{
    if (m_database->isReadOnly() && eventId == 0) {
        m_message(m_database->readOnlyReason());
        return nullptr;
    }
    auto *workspace = new EventWorkspace(*m_database, m_undoStack, eventId, this);
    workspace->setAttribute(Qt::WA_DeleteOnClose);
    workspace->setWindowModality(Qt::WindowModal);
    connect(workspace, &EventWorkspace::eventSaved, this, [this](qint64 id) {
        refreshViews();
        showView(EventsView);
        selectRecord(EventsView, id);
    });
    workspace->show();
    return workspace;
}

qint64 MainWindow::duplicateEvent(qint64 eventId)
{
    if (m_database->isReadOnly()) {
        m_message(m_database->readOnlyReason());
        return 0;
    }
    const std::optional<Event> event = EventRepository(*m_database).find(eventId);
    if (!event)
        return 0;
    const auto day = m_datePrompt(EventDuplicator::suggestedFirstDay(*event));
    if (!day)
        return 0;
    QString error;
    const qint64 copy = duplicateEventWithUndo(*m_database, m_undoStack, eventId, *day, &error);
    if (!copy) {
        m_message(error);
        return 0;
    }
    showView(EventsView);
    selectRecord(EventsView, copy);
    openWorkspace(copy);
    return copy;
}

CheckInDialog *MainWindow::openCheckIn(qint64 eventId)
{
    if (m_database->isReadOnly()) {
        m_message(m_database->readOnlyReason());
        return nullptr;
    }
    auto *dialog = new CheckInDialog(*m_database, m_undoStack, eventId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

QString MainWindow::describeDelete(View view, qint64 id, bool *allowed) const
{
    const Database &db = *m_database;
    auto count = [&db](const char *sql, qint64 id) {
        return db.scalar(QString::fromLatin1(sql), {id}).toInt();
    };
    *allowed = true;
    switch (view) {
    case PeopleView: {
        const QString name = db.scalar(QStringLiteral("SELECT trim(coalesce(given_name, '') || ' ' "
                                                      "|| coalesce(family_name, '')) FROM "
                                                      "person WHERE id = ?"),
                                       {id})
                                 .toString();
        const int roleEvents =
            count("SELECT count(DISTINCT event_id) FROM role WHERE person_id = ?", id);
        if (roleEvents > 0) {
            *allowed = false;
            return roleEvents == 1
                       ? tr("%1 has roles in 1 event. Remove them from that programme first.")
                             .arg(name)
                       : tr("%1 has roles in %2 events. Remove them from those programmes first.")
                             .arg(name)
                             .arg(roleEvents);
        }
        const int registrations =
            count("SELECT count(*) FROM registration WHERE person_id = ?", id);
        if (registrations == 0)
            return tr("Delete %1?").arg(name);
        return registrations == 1
                   ? tr("Delete %1 and their registration?").arg(name)
                   : tr("Delete %1 and their %2 registrations?").arg(name).arg(registrations);
    }
    case OrganisationsView: {
        const QString name =
            db.scalar(QStringLiteral("SELECT name FROM organisation WHERE id = ?"), {id})
                .toString();
        const int people = count("SELECT count(*) FROM person WHERE organisation_id = ?", id);
        if (people > 0) {
            *allowed = false;
            return people == 1
                       ? tr("%1 has a person in the directory. Move them to another organisation "
                            "first.")
                             .arg(name)
                       : tr("%1 has %2 people in the directory. Move them to another organisation "
                            "first.")
                             .arg(name)
                             .arg(people);
        }
        const int members = count("SELECT count(*) FROM organisation WHERE parent_id = ?", id);
        if (members == 0)
            return tr("Delete %1?").arg(name);
        return tr("Delete %1? The %2 organisations belonging to it will stand on their own.")
            .arg(name)
            .arg(members);
    }
    case EventsView: {
        const QString title =
            db.scalar(QStringLiteral("SELECT coalesce(nullif(title_en, ''), title_de) FROM event "
                                     "WHERE id = ?"),
                      {id})
                .toString();
        return tr("Delete “%1” with its programme (%2 items), %3 roles, %4 registrations and %5 "
                  "documents?")
            .arg(title)
            .arg(count("SELECT count(*) FROM programme_item WHERE event_id = ?", id))
            .arg(count("SELECT count(*) FROM role WHERE event_id = ?", id))
            .arg(count("SELECT count(*) FROM registration WHERE event_id = ?", id))
            .arg(count("SELECT count(*) FROM document WHERE event_id = ?", id));
    }
    case AttendeesView:
        return tr("Delete this registration? The person stays in the directory.");
    case HomePage:
    case StatisticsPage:
        break;
    }
    *allowed = false;
    return {};
}

void MainWindow::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (m_database->isReadOnly()) {
        m_message(m_database->readOnlyReason());
        return;
    }
    static const char *const tables[] = {"event", "person", "organisation", "registration"};
    const View view = currentView();
    bool allowed = true;
    const QString question = describeDelete(view, id, &allowed);
    if (!allowed) {
        m_message(question);
        return;
    }
    if (!m_confirm(question))
        return;
    auto *command = new DeleteRecordCommand(*m_database, QString::fromLatin1(tables[view]), id,
                                            question.section(QLatin1Char('?'), 0, 0),
                                            [this](const QString &m) { m_message(m); });
    QString error;
    if (!command->execute(&error)) {
        delete command;
        m_message(error);
        return;
    }
    m_undoStack->push(command);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Any local file is taken: one Podium cannot use gets its message on
    // the drop rather than a silent refusal.
    if (!event->mimeData()->hasUrls() ||
        DroppedFile::localFiles(event->mimeData()->urls()).isEmpty() ||
        !(event->possibleActions() & Qt::CopyAction))
        return;
    // Always a copy: a file manager told "moved" would delete the original.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = DroppedFile::localFiles(event->mimeData()->urls());
    if (paths.isEmpty() || !(event->possibleActions() & Qt::CopyAction))
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // The imports show dialogs; the drop finishes first, so that the file
    // manager the files came from is not left waiting.
    QTimer::singleShot(0, this, [this, paths] { openFiles(paths); });
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &path : paths) {
        const DroppedFile::Classification file = DroppedFile::classify(path);
        switch (file.kind) {
        case DroppedFile::Kind::Calendar:
            if (m_database->isReadOnly()) {
                m_message(m_database->readOnlyReason());
                break;
            }
            if (m_calendarActions)
                m_calendarActions->importFile(path);
            break;
        case DroppedFile::Kind::Registrations: {
            if (m_database->isReadOnly()) {
                m_message(m_database->readOnlyReason());
                break;
            }
            RegistrationImportDialog dialog(*m_database, m_undoStack, this,
                                            selectedEventIds().value(0));
            // The dialog shows what the file holds, or why it cannot be
            // imported, and asks which event it is for.
            dialog.loadFile(path);
            dialog.exec();
            refreshViews();
            break;
        }
        case DroppedFile::Kind::Database:
            openPath(path);
            break;
        case DroppedFile::Kind::Unsupported:
            refused.append(file.reason);
            break;
        }
    }
    if (!refused.isEmpty())
        statusBar()->showMessage(refused.join(QLatin1Char(' ')), 15000);
}

// ---- Changes made by another process ----------------------------------------

void MainWindow::watchForOtherWriters()
{
    // One watcher per open database; the previous one watched a connection
    // that is gone.
    delete m_changeWatcher;
    m_changeWatcher = new ChangeWatcher(*m_database, this);
    connect(m_changeWatcher, &ChangeWatcher::changed, this, &MainWindow::reloadAfterOtherWriter);
}

void MainWindow::reloadAfterOtherWriter()
{
    // As after an undo, with each table's scroll position kept as well.
    QList<int> scrolled;
    for (RecordView *v : std::as_const(m_views))
        scrolled.append(v->tableView()->verticalScrollBar()->value());
    refreshViews();
    for (int i = 0; i < m_views.size(); ++i)
        m_views.at(i)->tableView()->verticalScrollBar()->setValue(scrolled.at(i));
    // An open workspace reads everything again; its details form only if it
    // holds no unsaved edits and its event still exists.
    const auto workspaces = findChildren<EventWorkspace *>(QString(), Qt::FindDirectChildrenOnly);
    for (EventWorkspace *workspace : workspaces) {
        if (workspace->eventId() && !workspace->isModified() &&
            EventRepository(*m_database).find(workspace->eventId()))
            workspace->revert();
        workspace->refresh();
    }
}

// ---- Backups: File ▸ Restore from Backup…, the daily backup ------------------

void MainWindow::buildBackupActions()
{
    // Below Save a Copy (and the copies beside it), before the next separator.
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    QAction *before = m_ui->actionQuit;
    for (qsizetype i = fileActions.indexOf(m_ui->actionSaveCopy) + 1;
         i > 0 && i < fileActions.size(); ++i) {
        if (fileActions.at(i)->isSeparator()) {
            before = fileActions.at(i);
            break;
        }
    }
    auto *restore = new QAction(themedIcon(this, "document-revert", QStyle::SP_BrowserReload),
                                tr("Restore from &Backup…"), this);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    restore->setStatusTip(tr("Replace the database with one of its backups"));
    connect(restore, &QAction::triggered, this, &MainWindow::showRestoreDialog);
    m_ui->menuFile->insertAction(before, restore);
}

void MainWindow::showRestoreDialog()
{
    if (!Backups::appliesTo(m_database->path())) {
        m_message(tr("A database on a server is backed up and restored with the server's tools."));
        return;
    }
    RestoreBackupDialog dialog(m_database->path(), this);
    dialog.setRestorer(
        [this](const QString &backup, QString *error) { return restoreFromBackup(backup, error); });
    dialog.exec();
}

bool MainWindow::restoreFromBackup(const QString &backup, QString *error)
{
    const QString path = m_database->path();
    // A backup that would be refused changes nothing, not even the window.
    if (!Backups::verify(backup, error))
        return false;
    if (m_backgroundBackup)
        m_backgroundBackup->wait();

    // Close the database: everything that holds its connection goes first,
    // as when another database is opened.
    for (QDialog *d : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (d->objectName() != QLatin1StringView("restoreBackupDialog"))
            delete d;
    }
    const int view = m_ui->stack->currentIndex();
    releaseDatabase();
    m_database.reset();

    QString before;
    const bool restored = Backups::restore(path, backup, &before, error);
    Database::OpenResult reopened = Database::open(path, {});
    if (!reopened.database) {
        // Neither the restored file nor the old one opens: nothing to show.
        QMessageBox::critical(this, tr("Restore from Backup"), reopened.message);
        QTimer::singleShot(0, this, &QWidget::close);
        if (error && restored)
            *error = reopened.message;
        return false;
    }
    setDatabase(std::move(reopened.database));
    showView(View(qBound(0, view, int(StatisticsPage))));
    if (restored) {
        const std::optional<Backups::Backup> b = Backups::describeFile(path, backup);
        statusBar()->showMessage(
            tr("Restored the backup taken on %1. The database as it was before is kept as %2.")
                .arg(b ? QLocale().toString(b->taken.toLocalTime(), numericDateTimeFormat())
                       : QFileInfo(backup).fileName(),
                     QFileInfo(before).fileName()));
    }
    return restored;
}

void MainWindow::startDailyBackup()
{
    if (!Backups::appliesTo(m_database->path()))
        return;
    if (!m_backgroundBackup) {
        m_backgroundBackup = new BackgroundBackup(this);
        connect(m_backgroundBackup, &BackgroundBackup::finished, this,
                [this](const QString &databasePath, const Backups::DailyResult &result) {
                    // Only a failure is worth a word, and only about the open file.
                    if (!m_database || databasePath != m_database->path() ||
                        result.status == Backups::DailyResult::Taken ||
                        result.status == Backups::DailyResult::NotDue)
                        return;
                    statusBar()->showMessage(statusBar()->currentMessage() + QStringLiteral(" — ") +
                                             tr("No daily backup: %1").arg(result.message));
                });
    }
    // The copy reads and writes the whole file: it waits until the window
    // has painted itself (see event()), and starts at once if the window is
    // not shown or has painted already (another file opened).
    m_backgroundBackup->schedule(m_database->path(), Clock::nowUtc(), Backups::keepCount());
    QPointer<BackgroundBackup> backup = m_backgroundBackup;
    QTimer::singleShot(0, this, [this, backup] {
        if (backup && (!isVisible() || m_painted))
            backup->startScheduled();
    });
    // A window that is shown but never painted (minimised as it opened)
    // still takes its backup.
    QTimer::singleShot(5000, this, [backup] {
        if (backup)
            backup->startScheduled();
    });
}

bool MainWindow::event(QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool handled = QMainWindow::event(event);
    if (!m_painted && (type == QEvent::UpdateRequest || type == QEvent::Paint)) {
        m_painted = true;
        // Once this paint is over.
        QPointer<BackgroundBackup> backup = m_backgroundBackup;
        QTimer::singleShot(0, this, [backup] {
            if (backup)
                backup->startScheduled();
        });
    }
    return handled;
}

} // namespace Podium
