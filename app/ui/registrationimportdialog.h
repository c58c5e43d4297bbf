#pragma once

#include "io/registrationimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Podium {

class Database;

/**
 * Imports an event's registrations from a CSV file: choose the event and
 * the file, say what the columns with unknown headers hold, look at the dry
 * run (every row created, matched or rejected, with its line and reason),
 * then import with a progress dialog that can cancel. The finished import
 * goes onto the undo stack as one step.
 */
class RegistrationImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationImportDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr,
                             qint64 eventId = 0);

    /** Reads @p path as the file to import (what the Choose button does). */
    bool loadFile(const QString &path);
    /** Chooses the event by id. */
    void setEvent(qint64 eventId);
    /** The plan the preview shows. */
    const RegistrationImport::Plan &plan() const { return m_plan; }

public slots:
    /** Imports the previewed plan; true if it was written. */
    bool runImport();

private:
    void chooseFile();
    void rebuildMapping();
    void replan();

    Database &m_db;
    QUndoStack *m_undoStack;
    QComboBox *m_event;
    QLineEdit *m_file;
    QTableWidget *m_mapping;
    QLabel *m_mappingLabel;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    RegistrationImport::Source m_source;
    RegistrationImport::Plan m_plan;
    QString m_fileName;
};

} // namespace Podium
