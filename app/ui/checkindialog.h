#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Podium {

class Database;

/**
 * Check-in at the door: type a few letters of a name (accents and case do
 * not matter), Enter marks the person as attended at this moment. Someone
 * who did not register is added on the spot as a walk-in. The counts
 * follow every step; each check-in and walk-in is one undo step.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(Database &database, QUndoStack *undoStack, qint64 eventId,
                  QWidget *parent = nullptr);
    ~CheckInDialog() override;

    qint64 eventId() const { return m_eventId; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    QLabel *countsLabel() const { return m_counts; }

    /** The registration id in @p row of the table. */
    qint64 registrationAt(int row) const;
    /** Marks registration @p registrationId attended now; false (message shown) if not. */
    bool checkIn(qint64 registrationId);
    /**
     * Adds a walk-in: a new person with a registration, attended now.
     * Returns the registration's id, or 0 (message shown).
     */
    qint64 addWalkIn(const QString &givenName, const QString &familyName, const QString &email);

    /** Reads the registrations and counts again. */
    void refresh();

    /** Replaces how messages are shown (tests read them). */
    void setMessageSink(std::function<void(const QString &)> sink) { m_message = std::move(sink); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        qint64 registrationId;
        QString name;
        QString organisation;
        QString status;
        QString checkedIn;
        QString key;
    };
    void applyFilter();
    void checkInCurrent();
    void walkInFromFields();
    void updateCounts();

    Database &m_db;
    QUndoStack *m_undoStack;
    qint64 m_eventId;
    QList<Row> m_rows;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_feedback = nullptr;
    QLineEdit *m_walkInGiven = nullptr;
    QLineEdit *m_walkInFamily = nullptr;
    QLineEdit *m_walkInEmail = nullptr;
    QPushButton *m_walkInButton = nullptr;
    std::function<void(const QString &)> m_message;
};

} // namespace Podium
