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

public slots:
    /** Reads the events and the change log again. */
    void refresh();

signals:
    /** The event @p id was double-clicked (or Return pressed on it). */
    void openEvent(qint64 id);

private:
    void fillUpcoming();
    void fillChanges();

    Database &m_db;
    QTreeWidget *m_upcoming = nullptr;
    QTreeWidget *m_changes = nullptr;
    QLabel *m_upcomingEmpty = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Podium
