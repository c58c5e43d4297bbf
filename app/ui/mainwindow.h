#pragma once

#include <QMainWindow>

#include <memory>

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

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    QList<RecordView *> m_views;
};

} // namespace Podium
