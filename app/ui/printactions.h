#pragma once

#include "io/badgerenderer.h"
#include "io/programmerenderer.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QPrintPreviewDialog;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace Podium {

class Database;
struct ProgrammeData;

/**
 * The printed papers of one event as actions for a menu or a tool bar:
 * the programme printed or previewed (laid out exactly as its PDF), and
 * the programme, its web page, the sign-in sheet, the list of participants
 * and the badges exported to files. Each action works on the event that
 * currentEvent() returns when it is triggered, and does nothing when that
 * is 0 (the caller says why, as MainWindow::currentEventId() does).
 */
class PrintActions : public QObject
{
    Q_OBJECT

public:
    /** The documents an export action writes. */
    enum class Document { ProgrammePdf, ProgrammeHtml, SignIn, Participants, Badges };

    /** How a document is exported: chosen in a small dialog before the file. */
    struct ExportOptions
    {
        /** "de", "en" or empty for the event's own language. */
        QString language;
        ProgrammeRenderer::Paper paper = ProgrammeRenderer::Paper::A4;
        bool pdfA = false;
        BadgeRenderer::Layout badgeLayout = BadgeRenderer::Layout::A4TwoByFour;
    };

    /** The key under which the folder of the last export is remembered in QSettings. */
    static constexpr const char *exportFolderKey = "files/exportFolder";

    PrintActions(Database &database, std::function<qint64()> currentEvent, QWidget *parent);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportProgrammePdfAction() const { return m_exportPdf; }
    QAction *exportProgrammeHtmlAction() const { return m_exportHtml; }
    QAction *exportSignInAction() const { return m_exportSignIn; }
    QAction *exportParticipantsAction() const { return m_exportParticipants; }
    QAction *exportBadgesAction() const { return m_exportBadges; }
    /** Every action, in menu order: the two printing ones, then the five exports. */
    QList<QAction *> actions() const;

    /** The paper of the user's defaultPaperSize preference, A4 if none or unknown. */
    static ProgrammeRenderer::Paper defaultPaper();

    /**
     * Renders @p document of event @p eventId and writes it to @p path
     * (atomically: nothing is left behind on failure or when cancelled in
     * @p progress). False with @p error set on failure.
     */
    bool exportDocument(Document document, qint64 eventId, const ExportOptions &options,
                        const QString &path, QString *error,
                        QProgressDialog *progress = nullptr) const;

    /**
     * Prints the programme of event @p eventId, in its own language, on
     * @p printer, which is set to full-page mode: the programme draws its
     * own margins.
     */
    bool printProgramme(qint64 eventId, QPrinter *printer, QString *error) const;

    /** A print preview of event @p eventId's programme, for the caller to open. */
    QPrintPreviewDialog *createPreviewDialog(qint64 eventId, QPrinter *printer,
                                             QWidget *parent) const;

private:
    QAction *addAction(const QString &text, const char *objectName, const char *icon);
    void preview();
    void print();
    void exportInteractively(Document document);
    /** A printer on the user's default paper, without margins. */
    void setUpPrinter(QPrinter *printer) const;
    void showError(const QString &title, const QString &message) const;

    Database &m_database;
    std::function<qint64()> m_currentEvent;
    QWidget *m_parent;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_exportSignIn = nullptr;
    QAction *m_exportParticipants = nullptr;
    QAction *m_exportBadges = nullptr;
};

} // namespace Podium
