#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Podium {

class Database;

/**
 * The first page of the window: the next events with their registrations
 * against capacity (a bar per event), and the latest changes anyone made
 * to the database, from the change log.
 *
 * Both are read when the view is first shown, and again on every refresh()
 * while it is shown; a refresh() while it is hidden only marks them as out
 * of date, to be read again when it is next shown. So a window that starts
 * on another view never reads them.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class HomeView : public QWidget
{
    Q_OBJECT

public:
    /** Columns of upcomingList(). */
    enum EventColumn { DateColumn, TitleColumn, VenueColumn, StatusColumn, RegistrationsColumn };
    /** Columns of changesList(). */
    enum ChangeColumn { WhenColumn, KindColumn, RecordColumn, ActionColumn, UserColumn };
    /** Item data in the upcoming list. */
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        RegisteredRole,
        WaitlistedRole,
        /** -1 if the event has no capacity. */
        CapacityRole,
    };

    /** How many upcoming events and changes are shown. */
    static constexpr int upcomingLimit = 12;
    static constexpr int changesLimit = 40;

    explicit HomeView(Database &database, QWidget *parent = nullptr);

    QTreeWidget *upcomingList() const { return m_upcoming; }
    QTreeWidget *changesList() const { return m_changes; }

    /** True once the lists have been read (the view has been shown). */
    bool isLoaded() const { return m_loaded; }

public slots:
    /** Reads the events and the change log again now if shown, otherwise when next shown. */
    void refresh();

signals:
    /** The event @p id was double-clicked (or Return pressed on it). */
    void openEvent(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUpcoming();
    void fillChanges();

    Database &m_db;
    QTreeWidget *m_upcoming = nullptr;
    QTreeWidget *m_changes = nullptr;
    QLabel *m_upcomingEmpty = nullptr;
    QLabel *m_error = nullptr;
    bool m_loaded = false;
    /** What is shown is not what the database holds now: read again when shown. */
    bool m_outOfDate = true;
};

} // namespace Podium
