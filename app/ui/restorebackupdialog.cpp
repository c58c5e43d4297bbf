#include "restorebackupdialog.h"
#include "util/datetext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Podium {

namespace {

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), numericDateTimeFormat());
}

enum Column { TakenColumn, ReasonColumn, SizeColumn, FileColumn, ColumnCount };

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Reason"), tr("Size"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Backups"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreSelected(); });
    layout->addWidget(buttons);

    m_restorer = [this](const QString &backup, QString *error) {
        return Backups::restore(m_databasePath, backup, nullptr, error);
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_message = [this](const QString &message) {
        QMessageBox::warning(this, windowTitle(), message);
    };
    reload();
    resize(760, 420);
}

void RestoreBackupDialog::reload()
{
    m_backups = Backups::list(m_databasePath);
    const QString file = QFileInfo(m_databasePath).fileName();
    const QString folder = QDir::toNativeSeparators(Backups::folder(m_databasePath));
    if (m_backups.isEmpty())
        m_intro->setText(tr("There are no backups of %1 in %2 yet.").arg(file, folder));
    else
        m_intro->setText(tr("Backups of %1, kept beside it in %2; the newest %3 are kept (see "
                            "Edit ▸ Settings…). Restoring replaces the database with the chosen "
                            "backup; the database as it is now is kept as a backup first.")
                             .arg(file, folder)
                             .arg(Backups::keepCount()));
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const Backups::Backup &b = m_backups.at(row);
        auto *taken = new QTableWidgetItem(localTime(b.taken));
        taken->setData(Qt::UserRole, b.path);
        taken->setToolTip(QLocale().toString(b.taken.toLocalTime(), QLocale::LongFormat));
        m_table->setItem(row, TakenColumn, taken);
        m_table->setItem(row, ReasonColumn, new QTableWidgetItem(Backups::describe(b.reason)));
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        auto *name = new QTableWidgetItem(QFileInfo(b.path).fileName());
        name->setToolTip(QDir::toNativeSeparators(b.path));
        m_table->setItem(row, FileColumn, name);
    }
    m_table->resizeColumnsToContents();
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *first = m_table->item(items.first()->row(), TakenColumn);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

bool RestoreBackupDialog::selectBackup(const QString &backupPath)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TakenColumn)->data(Qt::UserRole).toString() == backupPath) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

bool RestoreBackupDialog::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return false;
    const std::optional<Backups::Backup> b = Backups::describeFile(m_databasePath, backup);
    const QString when = b ? QLocale().toString(b->taken.toLocalTime(), QLocale::LongFormat)
                           : QFileInfo(backup).fileName();
    if (!m_confirm(tr("Restore the backup of %1 taken on %2?\n\nThe database is closed and "
                      "replaced by the backup; every change made since then is gone from it. The "
                      "database as it is now is kept as a backup first.")
                       .arg(QFileInfo(m_databasePath).fileName(), when)))
        return false;
    QString error;
    if (!m_restorer(backup, &error)) {
        m_message(error);
        reload();
        return false;
    }
    m_restored = backup;
    accept();
    return true;
}

Database::OpenResult RestoreBackupDialog::recoverDamaged(QWidget *parent, const QString &path,
                                                         Database::OpenResult failed,
                                                         std::function<bool(const QString &)> ask)
{
    if (failed.database || failed.error != Database::ErrorKind::Damaged || path.isEmpty())
        return failed;
    const QList<Backups::Backup> backups = Backups::list(path);
    if (backups.isEmpty())
        return failed;
    const Backups::Backup &newest = backups.first();
    if (!ask) {
        ask = [parent](const QString &question) {
            return QMessageBox::question(parent, tr("Damaged Database"), question,
                                         QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::Yes) == QMessageBox::Yes;
        };
    }
    const QString question =
        tr("%1\n\nRestore the newest backup, taken on %2 (%3)? Changes made since then are "
           "lost; the damaged file is kept as a backup.")
            .arg(failed.message,
                 QLocale().toString(newest.taken.toLocalTime(), QLocale::LongFormat),
                 Backups::describe(newest.reason));
    if (!ask(question))
        return failed;
    QString error;
    if (!Backups::restore(path, newest.path, nullptr, &error)) {
        failed.message +=
            QLatin1Char('\n') + tr("Restoring the newest backup failed: %1").arg(error);
        return failed;
    }
    return Database::open(path, {});
}

} // namespace Podium
