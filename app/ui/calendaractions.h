#pragma once

#include "calendarexportdialog.h"
#include "io/icalimport.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace Podium {

class Database;

/**
 * Calendar files (iCalendar, RFC 5545) from the window: "Export Calendar…"
 * asks what to export (CalendarExportDialog), then where, and writes the
 * file atomically; "Import Calendar…" asks for an .ics file, shows what the
 * import will create, update and skip (CalendarImportPreviewDialog), and
 * applies it in one transaction as one step of the undo stack.
 */
class CalendarActions : public QObject
{
    Q_OBJECT

public:
    /** The key under which the folder of the last calendar file is remembered in QSettings. */
    static constexpr const char *folderKey = "files/calendarFolder";

    /**
     * @p selectedEvents returns the ids of the events selected in the
     * window when an action is triggered. @p undoStack may be null; the
     * import is then not undoable.
     */
    CalendarActions(Database &database, QUndoStack *undoStack,
                    std::function<QList<qint64>()> selectedEvents, QWidget *parent);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    /**
     * Writes the calendar @p request asks for to @p path (atomically).
     * Returns the number of events written, or -1 with @p error set; an
     * existing file is left as it was on failure.
     */
    int exportTo(const CalendarExportRequest &request, const QString &path, QString *error) const;

    /**
     * Plans the import of @p path, shows the preview and, if the user
     * accepts it, imports in one transaction and pushes one undo step.
     * Every problem is shown in a message naming the file. Returns true if
     * anything was imported. For drag and drop of .ics files as well.
     */
    bool importFile(const QString &path);

    /**
     * Imports @p plan of the file @p fileName without asking: one
     * transaction, one undo step. False with @p error on failure (nothing
     * is written then).
     */
    bool applyImport(const ICalImport::Plan &plan, const QString &fileName, QString *error);

signals:
    /** Events were imported, or an import was undone or redone: views should reload. */
    void eventsChanged();

private:
    void exportCalendar();
    void chooseAndImport();
    QString folder() const;
    void rememberFolder(const QString &path) const;

    Database &m_db;
    QUndoStack *m_undoStack;
    std::function<QList<qint64>()> m_selectedEvents;
    QWidget *m_parent;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

} // namespace Podium
