#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Podium {

class Database;
class RecordView;

/**
 * The main window over one open database: the Events, People,
 * Organisations and Attendees views, switched from a sidebar, with the
 * File menu that opens, creates and copies databases.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View { EventsView, PeopleView, OrganisationsView, AttendeesView };

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
    /** Opens the form of the selected record. */
    void editSelected();
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
    QString describeDelete(View view, qint64 id, bool *allowed) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    QList<RecordView *> m_views;
    QUndoStack *m_undoStack = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<void(const QString &)> m_message;
};

} // namespace Podium
