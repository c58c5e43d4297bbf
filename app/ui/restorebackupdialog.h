#pragma once

#include "backup/backups.h"
#include "storage/database.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Podium {

/**
 * File ▸ Restore from Backup…: the backups of the open database, newest
 * first, with the local date and time each was taken, why, and its size.
 * Restore asks for confirmation naming the date, then hands the chosen
 * backup to the restorer (the window closes its connection, restores and
 * reopens; see Backups::restore()).
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    /** Restores @p backup over the database; false with @p error if it did not. */
    using Restorer = std::function<bool(const QString &backup, QString *error)>;

    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    /** Replaces what Restore does (the window's restorer; by default Backups::restore()). */
    void setRestorer(Restorer restorer) { m_restorer = std::move(restorer); }
    /** Replaces the yes/no question before a restore (tests answer it). */
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /** Replaces how errors are shown (tests read them). */
    void setMessageSink(std::function<void(const QString &message)> sink)
    {
        m_message = std::move(sink);
    }

    QTableWidget *table() const { return m_table; }
    /** Reads the list of backups again. */
    void reload();
    /** The path of the backup in the selected row, or empty. */
    QString selectedBackup() const;
    /** Selects the row of @p backupPath; false if it is not listed. */
    bool selectBackup(const QString &backupPath);
    /**
     * Asks, then restores the selected backup; on success the dialog is
     * accepted. True if the database was restored.
     */
    bool restoreSelected();
    /** The backup restored last, or empty. */
    QString restoredBackup() const { return m_restored; }

    /**
     * When opening @p path failed because the file is damaged and backups
     * of it exist, offers to restore the newest one (asking with @p ask, or
     * a message box on @p parent) and returns the reopened database.
     * Otherwise, or if the offer is declined, returns @p failed unchanged.
     */
    static Database::OpenResult recoverDamaged(QWidget *parent, const QString &path,
                                               Database::OpenResult failed,
                                               std::function<bool(const QString &)> ask = {});

private:
    QString m_databasePath;
    QList<Backups::Backup> m_backups;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_restore = nullptr;
    Restorer m_restorer;
    std::function<bool(const QString &)> m_confirm;
    std::function<void(const QString &)> m_message;
    QString m_restored;
};

} // namespace Podium
