#pragma once

#include <QMainWindow>

#include <QDate>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Podium {

class CheckInDialog;
class Database;
class EventWorkspace;
class RecordView;

/**
 * The main window over one open database: the Events, People,
 * Organisations and Attendees views, switched from a sidebar, with the
 * File menu that opens, creates and copies databases, and the Event menu
 * that opens an event's workspace, duplicates it and checks guests in.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View {
        EventsView,
        PeopleView,
        OrganisationsView,
        AttendeesView,
        HomePage,
        StatisticsPage
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    /** The table of @p view (for tests and screenshots). */
    RecordView *recordView(View view) const;
    void showView(View view);
    View currentView() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    /** The id of the record selected in the current view, or 0. */
    qint64 selectedId() const;
    /** Selects the record @p id in @p view if it is loaded; true if found. */
    bool selectRecord(View view, qint64 id);

    /** Opens the form for a new person or organisation (the current view's kind). */
    void newRecord(View view);
    /** Opens the form of the selected record (an event's workspace in the Events view). */
    void editSelected();

    /**
     * The Event menu (New Event…, Open Workspace, Duplicate Event…,
     * Check-in…); more event actions can be added to it.
     */
    QMenu *eventMenu() const { return m_eventMenu; }
    /** The ids of the events selected in the Events view, in table order. */
    QList<qint64> selectedEventIds() const;
    /**
     * Opens the workspace of event @p eventId (0: a new event), modal to
     * this window and deleted when closed.
     */
    EventWorkspace *openWorkspace(qint64 eventId);
    /**
     * Duplicates event @p eventId to a day asked for (see setDatePrompt())
     * and opens the copy's workspace. Returns the copy's id, or 0.
     */
    qint64 duplicateEvent(qint64 eventId);
    /** Opens check-in for event @p eventId (modal to this window, deleted when closed). */
    CheckInDialog *openCheckIn(qint64 eventId);
    /** Replaces how the day of a duplicate is asked for (tests answer it). */
    void setDatePrompt(std::function<std::optional<QDate>(const QDate &suggested)> prompt)
    {
        m_datePrompt = std::move(prompt);
    }
    /**
     * Deletes the selected record after asking, saying what goes with it;
     * refuses, with the reason, where the schema keeps the record.
     */
    void deleteSelected();

    /**
     * Copies the open database into @p target (a new or empty file, or a
     * server address; @p password for a server that asks for one) with a
     * progress dialog, as File ▸ Copy to Server… and Copy to File… do. A
     * target that holds data is replaced only if the question (see
     * setServerConfirmation()) is answered yes. True if copied.
     */
    bool copyDatabaseTo(const QString &target, const QString &password = {});
    /**
     * Opens the database at the server address @p address, as Connect to
     * Server… does; an empty server database is given Podium's tables if the
     * question (see setServerConfirmation()) is answered yes.
     */
    bool openServer(const QString &address, const QString &password = {});
    /**
     * Replaces the yes/no questions of the server and copy actions: before a
     * copy replaces what a target holds, and before Podium sets up its
     * tables in an empty server database (tests answer them).
     */
    void setServerConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirmServer = std::move(confirm);
    }

    /** Replaces the yes/no question before a delete (tests answer it). */
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /** Replaces how refusals and errors are shown (tests read them). */
    void setMessageSink(std::function<void(const QString &message)> sink)
    {
        m_message = std::move(sink);
    }

    /**
     * Files dropped on the window or named on the command line, one after
     * the other in the order given: a calendar (.ics) starts the calendar
     * import with its preview, a list of registrations (.csv) the
     * registration import (which asks for the event), a database (.podium)
     * is opened as File ▸ Open opens it. Any other file, or one whose
     * content does not match its name, gets a message in the status bar and
     * nothing else. See DroppedFile::classify().
     */
    void openFiles(const QStringList &paths);

protected:
    bool event(QEvent *event) override;
    void closeEvent(class QCloseEvent *event) override;
    // Files dragged onto the window: see openFiles().
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void setDatabase(std::unique_ptr<Database> database);
    /** Deletes everything that holds the open database's connection. */
    void releaseDatabase();
    void buildViews();
    void saveViewState();
    void updateRecentMenu();
    void newDatabase();
    void openFile();
    void openPath(const QString &path);
    void saveCopy();
    void showAbout();
    // PostgreSQL servers: File ▸ Connect to Server…, Copy to Server…, Copy to File….
    void buildServerActions();
    void connectToServer();
    void copyToServer();
    void copyToFile();

    void refreshViews();
    void buildEventMenu();
    /**
     * The actions that hold a reference to the open database (calendars,
     * printing), made anew for every database and added to the menus.
     */
    void buildDatabaseActions();
    /** The event the Event menu acts on: the current one in the Events view, or 0. */
    qint64 currentEventId() const;
    QString describeDelete(View view, qint64 id, bool *allowed) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    QList<RecordView *> m_views;
    QUndoStack *m_undoStack = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<void(const QString &)> m_message;
    std::function<bool(const QString &)> m_confirmServer;
    std::function<std::optional<QDate>(const QDate &)> m_datePrompt;
    QMenu *m_eventMenu = nullptr;
    QList<QAction *> m_eventActions;
    class HomeView *m_home = nullptr;
    class StatisticsView *m_statistics = nullptr;
    class CalendarActions *m_calendarActions = nullptr;
    class PrintActions *m_printActions = nullptr;

    // Changes another process makes to the same file (a second window, the
    // command line): the views and open workspaces read it again.
    void watchForOtherWriters();
    void reloadAfterOtherWriter();
    class ChangeWatcher *m_changeWatcher = nullptr;

    // Backups: File ▸ Restore from Backup… and the daily backup taken in the
    // background when a database is opened (see Backups).
public:
    /**
     * Closes the database, replaces it with @p backup (Backups::restore())
     * and opens it again. A backup that fails Backups::verify() is refused
     * before anything is closed. False with @p error if nothing was restored.
     */
    bool restoreFromBackup(const QString &backup, QString *error);
    /**
     * The daily backup of the database opened; it starts once the window
     * has painted itself (at once if the window is not shown, and five
     * seconds after opening at the latest). Tests wait for it.
     */
    class BackgroundBackup *backgroundBackup() const { return m_backgroundBackup; }

private:
    void buildBackupActions();
    void showRestoreDialog();
    void startDailyBackup();
    class BackgroundBackup *m_backgroundBackup = nullptr;
    /** The window has painted itself at least once. */
    bool m_painted = false;
};

} // namespace Podium
