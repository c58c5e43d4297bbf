#include "registrationimportdialog.h"

#include "io/registrationimportcommand.h"
#include "storage/database.h"
#include "util/inputfile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>

namespace Podium {

using RI = RegistrationImport;

RegistrationImportDialog::RegistrationImportDialog(Database &database, QUndoStack *undoStack,
                                                   QWidget *parent, qint64 eventId)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Import Registrations"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_event = new QComboBox;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, coalesce(nullif(title_en, ''), title_de), substr(start_utc, 1, 10) FROM event "
        "ORDER BY start_utc DESC, id"));
    if (Database::exec(q)) {
        while (q.next())
            m_event->addItem(tr("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString()),
                             q.value(0).toLongLong());
    }
    form->addRow(tr("&Event:"), m_event);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV or TSV file from a spreadsheet or registration form"));
    auto *choose = new QPushButton(tr("&Choose…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("File:"));
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    m_mappingLabel = new QLabel(tr("Columns whose headers Podium does not know: say what they "
                                   "hold, or leave them out."));
    m_mappingLabel->setWordWrap(true);
    layout->addWidget(m_mappingLabel);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Holds")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMaximumHeight(100);
    layout->addWidget(m_mapping);

    auto *previewLabel = new QLabel(tr("Preview (nothing is written until you import):"));
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget(0, 5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Person"), tr("Person is"), tr("Registration"), tr("Reason")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &RegistrationImportDialog::chooseFile);
    connect(m_event, &QComboBox::currentIndexChanged, this, &RegistrationImportDialog::replan);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (eventId != 0)
        setEvent(eventId);
    rebuildMapping();
    replan();
    resize(820, 560);
}

void RegistrationImportDialog::setEvent(qint64 eventId)
{
    const int index = m_event->findData(eventId);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

void RegistrationImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Registrations"), QString(),
                                     tr("Spreadsheet files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool RegistrationImportDialog::loadFile(const QString &path)
{
    QByteArray data;
    QString readError;
    if (!readImportFile(path, &data, &readError)) {
        QMessageBox::warning(this, windowTitle(), readError);
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    m_file->setText(path);
    m_source = RI::read(data);
    rebuildMapping();
    replan();
    return m_source.error.isEmpty();
}

void RegistrationImportDialog::rebuildMapping()
{
    m_mapping->setRowCount(0);
    const bool any = !m_source.unknownColumns.isEmpty();
    m_mapping->setVisible(any);
    m_mappingLabel->setVisible(any);
    for (const int column : std::as_const(m_source.unknownColumns)) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(m_source.headers.value(column)));
        const QString first =
            m_source.rows.isEmpty() ? QString() : m_source.rows.first().fields.value(column);
        m_mapping->setItem(row, 1, new QTableWidgetItem(first));
        auto *fields = new QComboBox;
        for (const RI::Field f : RI::allFields())
            fields->addItem(f == RI::Field::Ignore ? tr("(leave out)") : RI::fieldName(f), int(f));
        fields->setCurrentIndex(fields->findData(int(m_source.mapping.value(column))));
        connect(fields, &QComboBox::currentIndexChanged, this, [this, column, fields] {
            m_source.setMapping(column, RI::Field(fields->currentData().toInt()));
            replan();
        });
        m_mapping->setCellWidget(row, 2, fields);
    }
    m_mapping->resizeColumnsToContents();
}

void RegistrationImportDialog::replan()
{
    m_preview->setRowCount(0);
    m_import->setEnabled(false);
    const qint64 eventId = m_event->currentData().toLongLong();
    if (m_file->text().isEmpty() || eventId == 0) {
        m_summary->setText(eventId == 0 ? tr("There is no event to import into.")
                                        : tr("Choose the file to import."));
        return;
    }
    m_plan = RI::plan(m_db, eventId, m_source);
    if (!m_plan.error.isEmpty()) {
        m_summary->setText(tr("%1: %2 Nothing can be imported.").arg(m_fileName, m_plan.error));
        return;
    }
    for (const RI::Row &r : std::as_const(m_plan.rows)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, r.line);
        m_preview->setItem(row, 0, line);
        m_preview->setItem(row, 1, new QTableWidgetItem(r.person.displayName()));
        QString person;
        if (!r.isRejected())
            person = r.personAction == RI::PersonAction::Create
                         ? tr("new")
                         : tr("matched by %1").arg(r.matchedBy);
        m_preview->setItem(row, 2, new QTableWidgetItem(person));
        QString registration;
        if (r.isRejected())
            registration = tr("rejected");
        else
            registration = r.registrationAction == RI::RegistrationAction::Create
                               ? tr("new")
                               : tr("already there");
        m_preview->setItem(row, 3, new QTableWidgetItem(registration));
        auto *reason = new QTableWidgetItem(r.rejection);
        // A long reason is cut short in its cell; the tooltip has all of it.
        reason->setToolTip(r.rejection);
        m_preview->setItem(row, 4, reason);
        if (r.isRejected()) {
            for (int c = 0; c < m_preview->columnCount(); ++c)
                m_preview->item(row, c)->setForeground(QColor(0xB0, 0x00, 0x20));
        }
    }
    m_preview->resizeColumnsToContents();
    const int rejected = m_plan.rejectedCount();
    QString summary = tr("People: %1 new, %2 matched. Organisations: %3 new. Registrations: %4 "
                         "new, %5 already there. Rejected rows: %6.")
                          .arg(m_plan.count(RI::PersonAction::Create))
                          .arg(m_plan.count(RI::PersonAction::Match))
                          .arg(m_plan.count(RI::OrganisationAction::Create))
                          .arg(m_plan.count(RI::RegistrationAction::Create))
                          .arg(m_plan.count(RI::RegistrationAction::AlreadyPresent))
                          .arg(rejected);
    if (!m_plan.ignoredHeaders.isEmpty())
        summary += QLatin1Char(' ') +
                   tr("Left out: %1.").arg(m_plan.ignoredHeaders.join(QStringLiteral(", ")));
    if (rejected > 0)
        summary += QLatin1Char(' ') + tr("Nothing is imported while a row is rejected: correct "
                                         "the file and choose it again.");
    m_summary->setText(summary);
    m_import->setEnabled(m_plan.canApply());
}

bool RegistrationImportDialog::runImport()
{
    if (!m_plan.canApply())
        return false;
    std::atomic_bool cancel{false};
    QProgressDialog progress(tr("Importing registrations…"), tr("Cancel"), 0,
                             int(m_plan.rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    RI::ApplyOptions options;
    options.cancel = &cancel;
    options.progress = [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
    };
    const RI::Result result = RI::apply(m_db, m_plan, options);
    progress.reset();
    if (result.cancelled || cancel) {
        QMessageBox::information(this, windowTitle(),
                                 tr("The import was cancelled; nothing was imported."));
        return false;
    }
    if (!result.ok) {
        QMessageBox::warning(this, windowTitle(), result.error);
        return false;
    }
    if (m_undoStack) {
        const QString text = tr("Import of %n registration(s) from %1", nullptr,
                                int(result.createdRegistrations.size()))
                                 .arg(m_fileName);
        m_undoStack->push(new RegistrationImportCommand(
            m_db, m_plan, result, text, [parent = parentWidget()](const QString &message) {
                QMessageBox::warning(parent, QObject::tr("Undo"), message);
            }));
    }
    return true;
}

} // namespace Podium
