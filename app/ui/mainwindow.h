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

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void setDatabase(std::unique_ptr<Database> database);
    void buildViews();
    void saveViewState();
    void updateRecentMenu();
    void newDatabase();
    void openFile();
    void openPath(const QString &path);
    void saveCopy();
    void showAbout();

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
    std::function<std::optional<QDate>(const QDate &)> m_datePrompt;
    QMenu *m_eventMenu = nullptr;
    QList<QAction *> m_eventActions;
    class HomeView *m_home = nullptr;
    class StatisticsView *m_statistics = nullptr;
    class CalendarActions *m_calendarActions = nullptr;
    class PrintActions *m_printActions = nullptr;
};

} // namespace Podium
