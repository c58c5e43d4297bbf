#include "calendaractions.h"

#include "io/icalexport.h"
#include "io/icalimportcommand.h"
#include "storage/database.h"
#include "util/atomicfile.h"
#include "util/inputfile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace Podium {

namespace {

QString fileNameFor(const CalendarExportRequest &request)
{
    using Scope = CalendarExportRequest::Scope;
    QString base;
    switch (request.scope) {
    case Scope::SelectedEvents:
        base = QStringLiteral("events");
        break;
    case Scope::Series:
        base = request.series;
        break;
    case Scope::DateRange:
        base = QStringLiteral("events-%1-%2")
                   .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
        break;
    case Scope::PublicFeed:
        base = QStringLiteral("public-feed");
        break;
    case Scope::Invitation:
        base = QStringLiteral("invitation");
        break;
    }
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    base.replace(unsafe, QStringLiteral("-"));
    return base + QStringLiteral(".ics");
}

} // namespace

CalendarActions::CalendarActions(Database &database, QUndoStack *undoStack,
                                 std::function<QList<qint64>()> selectedEvents, QWidget *parent)
    : QObject(parent)
    , m_db(database)
    , m_undoStack(undoStack)
    , m_selectedEvents(std::move(selectedEvents))
    , m_parent(parent)
{
    m_export = new QAction(tr("Export Calendar…"), this);
    m_export->setObjectName(QStringLiteral("actionExportCalendar"));
    m_export->setStatusTip(tr("Export events, the public feed or an invitation as an iCalendar "
                              "file"));
    connect(m_export, &QAction::triggered, this, &CalendarActions::exportCalendar);
    m_import = new QAction(tr("Import Calendar…"), this);
    m_import->setObjectName(QStringLiteral("actionImportCalendar"));
    m_import->setStatusTip(tr("Import events from an iCalendar file (.ics)"));
    connect(m_import, &QAction::triggered, this, &CalendarActions::chooseAndImport);
}

QString CalendarActions::folder() const
{
    QString dir = QSettings().value(QLatin1StringView(folderKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir;
}

void CalendarActions::rememberFolder(const QString &path) const
{
    QSettings().setValue(QLatin1StringView(folderKey), QFileInfo(path).absolutePath());
}

int CalendarActions::exportTo(const CalendarExportRequest &request, const QString &path,
                              QString *error) const
{
    using Scope = CalendarExportRequest::Scope;
    ICalEvents::Selection selection;
    ICalExport::Options options;
    options.language = request.language;
    options.programmeItems = request.programmeItems;
    switch (request.scope) {
    case Scope::SelectedEvents:
    case Scope::Invitation:
        selection.eventIds = request.eventIds;
        if (selection.eventIds.isEmpty()) {
            *error = tr("No event is selected.");
            return -1;
        }
        break;
    case Scope::Series:
        selection.series = request.series;
        break;
    case Scope::DateRange:
        selection.from = request.from;
        selection.to = request.to;
        break;
    case Scope::PublicFeed:
        selection.publishedOnly = true;
        break;
    }
    if (request.scope == Scope::Invitation) {
        options.invitees = request.invitees;
        options.programmeItems = false;
    }
    QList<ICalEvents::Event> events;
    if (!ICalEvents::read(m_db, selection, &events, error))
        return -1;
    if (events.isEmpty()) {
        *error = tr("No event matches; nothing was written.");
        return -1;
    }
    if (request.scope == Scope::Invitation) {
        const QString problem = ICalExport::invitationProblem(m_db, events, options);
        if (!problem.isEmpty()) {
            *error = problem;
            return -1;
        }
    }
    if (request.scope == Scope::Series) {
        const ICalEvents::Event &first = events.constFirst();
        options.calendarName =
            first.series.in(options.language.isEmpty() ? first.language : options.language);
    }
    const QByteArray data = ICalExport::write(m_db, events, options);
    QString reason;
    if (!writeFileAtomically(path, data, &reason)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return -1;
    }
    return int(events.size());
}

void CalendarActions::exportCalendar()
{
    CalendarExportDialog dialog(m_db, m_selectedEvents ? m_selectedEvents() : QList<qint64>(),
                                m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CalendarExportRequest request = dialog.request();
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Calendar"),
                                                      QDir(folder()).filePath(fileNameFor(request)),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    const int count = exportTo(request, path, &error);
    if (count < 0) {
        QMessageBox::warning(m_parent, tr("Export Calendar"), error);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    QMessageBox::information(m_parent, tr("Export Calendar"),
                             request.scope == CalendarExportRequest::Scope::Invitation
                                 ? tr("Wrote the invitation for %n recipient(s) to %1.", nullptr,
                                      int(request.invitees.size()))
                                       .arg(name)
                                 : tr("Wrote %n event(s) to %1.", nullptr, count).arg(name));
}

void CalendarActions::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import Calendar"), folder(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    importFile(path);
}

bool CalendarActions::importFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QByteArray data;
    QString readError;
    if (!readImportFile(path, &data, &readError)) {
        QMessageBox::warning(m_parent, tr("Import Calendar"), readError);
        return false;
    }
    const ICalImport::Plan plan = ICalImport::plan(m_db, data, ICalImport::Options{});
    if (!plan.error.isEmpty()) {
        QMessageBox::warning(
            m_parent, tr("Import Calendar"),
            tr("%1 cannot be imported: %2 Nothing was changed.").arg(name, plan.error));
        return false;
    }
    CalendarImportPreviewDialog preview(QFileInfo(path).fileName(), plan, m_parent);
    if (preview.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!applyImport(plan, QFileInfo(path).fileName(), &error)) {
        QMessageBox::warning(m_parent, tr("Import Calendar"),
                             tr("%1 was not imported: %2").arg(name, error));
        return false;
    }
    QMessageBox::information(m_parent, tr("Import Calendar"),
                             tr("Imported %1: %2 created, %3 updated, %4 skipped.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(plan.count(ICalImport::Action::Create))
                                 .arg(plan.count(ICalImport::Action::Update))
                                 .arg(plan.count(ICalImport::Action::Skip)));
    return true;
}

bool CalendarActions::applyImport(const ICalImport::Plan &plan, const QString &fileName,
                                  QString *error)
{
    ICalImport::Applied applied;
    if (!ICalImport::apply(m_db, plan, error, &applied))
        return false;
    if (m_undoStack) {
        QWidget *parent = m_parent;
        auto *command = new ImportCalendarCommand(
            m_db, applied, tr("Import %1").arg(fileName), [this, parent](const QString &message) {
                QMessageBox::warning(parent, tr("Undo"), message);
                emit eventsChanged();
            });
        m_undoStack->push(command);
        connect(m_undoStack, &QUndoStack::indexChanged, this, &CalendarActions::eventsChanged,
                Qt::UniqueConnection);
    }
    emit eventsChanged();
    return true;
}

} // namespace Podium
