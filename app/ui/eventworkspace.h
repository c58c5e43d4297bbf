#pragma once

#include "conflictdialog.h"
#include "domain/document.h"
#include "domain/event.h"
#include "domain/localizedtext.h"
#include "domain/role.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QUrl>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace Podium {

class CheckInDialog;
class Database;
class ProgrammeModel;
struct ValidationIssue;

/**
 * Where one event is planned: its details (bilingual texts, time and zone,
 * series, venue and room, which can be created on the spot), its programme
 * with the people in their roles, its registrations against the capacity,
 * and its documents. A strip at the top shows the planner's warnings:
 * speakers or rooms booked twice, more places taken than there are.
 *
 * The details form is saved with Save in one transaction; closing it with
 * unsaved changes asks first. Everything else is written as it is done.
 * Every write is one step on the window's undo stack.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class EventWorkspace : public QDialog
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, ProgrammeTab, RegistrationsTab, DocumentsTab };

    /** Asks a question with the given buttons; returns the one chosen. */
    using Question = std::function<QMessageBox::StandardButton(const QString &question,
                                                               QMessageBox::StandardButtons)>;
    /** Asks for a line of text (a new venue's city); empty optional for Cancel. */
    using TextPrompt =
        std::function<std::optional<QString>(const QString &label, const QString &suggestion)>;
    /** Asks for a day (a duplicate's first day); empty optional for Cancel. */
    using DatePrompt = std::function<std::optional<QDate>(const QDate &suggested)>;

    /** Opens event @p eventId, or a new event if it is 0. */
    EventWorkspace(Database &database, QUndoStack *undoStack, qint64 eventId,
                   QWidget *parent = nullptr);
    ~EventWorkspace() override;

    qint64 eventId() const { return m_eventId; }
    QTabWidget *tabWidget() const { return m_tabs; }
    void showTab(Tab tab);
    QMenu *eventMenu() const { return m_eventMenu; }

    /** True if the details form differs from what was loaded. */
    bool isModified() const;
    /**
     * Saves the details; false, with the messages beside the fields, if not
     * saved. If someone else saved the event after the form loaded it, asks
     * what to do (ConflictDialog): keep editing, take theirs, or save mine
     * over theirs.
     */
    bool save();
    /** Shows the details as stored, dropping unsaved changes. */
    void revert();
    /** The message shown beside @p field ("title", "end", "venue"…), or empty. */
    QString fieldMessage(const QString &field) const;

    ProgrammeModel *programmeModel() const { return m_programme; }
    QTableView *programmeView() const { return m_programmeView; }
    /** The item whose roles are shown (0: the event as a whole). */
    qint64 rolesTarget() const;
    void setRolesTarget(qint64 programmeItemId);
    /** Gives @p personId a role on the shown target; false (message shown) if not. */
    bool addRole(qint64 personId, RoleKind kind, const LocalizedText &affiliation,
                 RoleStatus status);
    bool removeRole(qint64 roleId);
    QTableWidget *rolesTable() const { return m_rolesTable; }

    /**
     * Registers @p personId: registered while places are left, on the
     * waiting list once the event is full. Returns the registration's id.
     */
    qint64 registerPerson(qint64 personId);
    /**
     * Cancels a registration. If that frees a place and someone waits, asks
     * whether to move the first of the waiting list up (the same undo step).
     */
    bool cancelRegistration(qint64 registrationId);
    QTableWidget *registrationsTable() const { return m_registrationsTable; }
    QString countsText() const;

    bool addDocumentLink(const QString &title, DocumentKind kind, const QString &url);
    /**
     * Keeps the file at @p path in the database as a document of this event
     * (at most Document::maximumContentSize); an empty @p title takes the
     * file's name. False, with the message shown, if the file is refused.
     */
    bool addDocumentFile(const QString &path, DocumentKind kind, const QString &title = {});
    /** Writes a document kept in the database to @p path (atomically). */
    bool saveDocumentAs(qint64 documentId, const QString &path);
    /**
     * Opens a document: a link in the browser, a file kept in the database
     * from a private copy in the temporary folder. Returns what was opened.
     */
    QUrl openDocument(qint64 documentId);
    bool removeDocument(qint64 documentId);
    QTableWidget *documentsTable() const { return m_documentsTable; }

    /**
     * Copies the event (programme and roles, no registrations) to begin on
     * @p firstDay, and shows the copy here. Returns its id, or 0.
     */
    qint64 duplicateTo(const QDate &firstDay);
    /** Opens check-in for this event (window-modal, deleted on close). */
    CheckInDialog *openCheckIn();

    /** The warnings shown in the strip. */
    QStringList warnings() const { return m_warnings; }

    /** Reads everything but unsaved details again. */
    void refresh();

    void setQuestionHandler(Question question) { m_question = std::move(question); }
    void setTextPrompt(TextPrompt prompt) { m_textPrompt = std::move(prompt); }
    void setDatePrompt(DatePrompt prompt) { m_datePrompt = std::move(prompt); }
    /** Decides a conflict instead of the ConflictDialog. */
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }
    void setMessageSink(std::function<void(const QString &)> sink) { m_message = std::move(sink); }
    /** Opens a URL (the desktop's browser or viewer by default). */
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    void done(int result) override;

signals:
    /** The event was saved (created or changed). */
    void eventSaved(qint64 eventId);

private:
    QWidget *buildDetailsTab();
    QWidget *buildProgrammeTab();
    QWidget *buildRegistrationsTab();
    QWidget *buildDocumentsTab();
    void buildMenus();
    QLabel *addErrorRow(QFormLayout *form, const QStringList &fields);

    void loadDetails();
    QStringList detailsState() const;
    enum class SaveResult { Saved, Failed, Conflict };
    /** One attempt at saving; Conflict if refused because the event was saved meanwhile. */
    SaveResult saveDetails();
    /** The stored event against the form, if it is no longer the version loaded. */
    std::optional<RecordConflict> detailsConflict() const;
    /** Asks m_textPrompt once per save, also when a conflict makes it save again. */
    std::optional<QString> askOnce(const QString &label, const QString &suggestion);
    void showIssues(const QList<ValidationIssue> &issues);
    void fillVenues();
    void fillRooms();
    void updatePreview();
    void updateTitle();
    void updateEnabled();

    void refreshWarnings();
    void refreshRolesTargets();
    void refreshRoles();
    void refreshRegistrations();
    void refreshDocuments();
    void scheduleRefresh();

    void addRoleFromFields();
    void moveSelectedItem(int step);
    void duplicateAsked();
    void addDocumentAsked();
    void addDocumentFileAsked();
    void saveDocumentAsAsked();
    qint64 currentDocumentId() const;
    qint64 personFromCombo(QComboBox *combo);
    void applyRoleEdit(qint64 roleId, const std::function<void(Role &)> &change);
    void pushError(const QString &message);

    Database &m_db;
    QUndoStack *m_undoStack;
    qint64 m_eventId;
    Language m_language;
    Event m_loaded;
    QStringList m_loadedState;
    QStringList m_warnings;
    bool m_refreshPending = false;
    bool m_filling = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_warningStrip = nullptr;
    QLabel *m_generalError = nullptr;
    QMenu *m_eventMenu = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;

    // Details
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleDe = nullptr;
    QLineEdit *m_subtitleEn = nullptr;
    QLineEdit *m_subtitleDe = nullptr;
    QTabWidget *m_descriptionTabs = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QPlainTextEdit *m_descriptionDe = nullptr;
    QTextBrowser *m_preview = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_published = nullptr;
    QComboBox *m_eventLanguage = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_series = nullptr;
    QComboBox *m_venue = nullptr;
    QComboBox *m_room = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_onlineUrl = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;

    // Programme
    ProgrammeModel *m_programme = nullptr;
    QTableView *m_programmeView = nullptr;
    QComboBox *m_rolesTargetCombo = nullptr;
    QTableWidget *m_rolesTable = nullptr;
    QStandardItemModel *m_people = nullptr;
    QComboBox *m_rolePerson = nullptr;
    QComboBox *m_roleKind = nullptr;
    QLineEdit *m_roleAffiliationEn = nullptr;
    QLineEdit *m_roleAffiliationDe = nullptr;
    QComboBox *m_roleStatus = nullptr;
    QList<QAction *> m_programmeActions;

    // Registrations
    QLabel *m_countsLabel = nullptr;
    QTableWidget *m_registrationsTable = nullptr;
    QComboBox *m_registerPerson = nullptr;

    // Documents
    QTableWidget *m_documentsTable = nullptr;

    Question m_question;
    TextPrompt m_textPrompt;
    DatePrompt m_datePrompt;
    ConflictResolver m_resolveConflict;
    QHash<QString, std::optional<QString>> m_promptAnswers;
    std::function<void(const QString &)> m_message;
    std::function<bool(const QUrl &)> m_openUrl;
};

/**
 * Duplicates @p eventId to begin on @p firstDay and pushes the copy as one
 * undo step. Returns the copy's id, or 0 with @p error set.
 */
qint64 duplicateEventWithUndo(Database &database, QUndoStack *undoStack, qint64 eventId,
                              const QDate &firstDay, QString *error);

} // namespace Podium
