#include "printactions.h"

#include "io/attendeelist.h"
#include "io/programmedata.h"
#include "io/programmehtml.h"
#include "io/signinsheetrenderer.h"
#include "preferences.h"
#include "storage/database.h"
#include "util/atomicfile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Podium {

namespace {

/** Asks how a document is to be exported: language, and paper, PDF/A or layout where they apply. */
class ExportOptionsDialog : public QDialog
{
public:
    ExportOptionsDialog(PrintActions::Document document, const QString &title, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *form = new QFormLayout;
        m_language = new QComboBox(this);
        m_language->addItem(tr("The event's own"), QString());
        m_language->addItem(tr("German"), QStringLiteral("de"));
        m_language->addItem(tr("English"), QStringLiteral("en"));
        form->addRow(tr("&Language:"), m_language);
        if (document == PrintActions::Document::ProgrammePdf) {
            m_paper = new QComboBox(this);
            m_paper->addItem(tr("A4"), int(ProgrammeRenderer::Paper::A4));
            m_paper->addItem(tr("Letter"), int(ProgrammeRenderer::Paper::Letter));
            m_paper->addItem(tr("A5"), int(ProgrammeRenderer::Paper::A5));
            m_paper->setCurrentIndex(m_paper->findData(int(PrintActions::defaultPaper())));
            form->addRow(tr("&Paper:"), m_paper);
            m_pdfA = new QCheckBox(tr("PDF/A for &archiving"), this);
            m_pdfA->setToolTip(tr("Writes PDF/A-1b, the form archives ask for. A logo's "
                                  "transparency is flattened onto white."));
            form->addRow(QString(), m_pdfA);
        }
        if (document == PrintActions::Document::Badges) {
            m_layout = new QComboBox(this);
            m_layout->addItem(tr("Eight 90 × 55 mm badges on A4"),
                              int(BadgeRenderer::Layout::A4TwoByFour));
            m_layout->addItem(tr("One badge on each A6 sheet"), int(BadgeRenderer::Layout::A6));
            form->addRow(tr("La&yout:"), m_layout);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose File…"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    PrintActions::ExportOptions options() const
    {
        PrintActions::ExportOptions o;
        o.language = m_language->currentData().toString();
        if (m_paper)
            o.paper = ProgrammeRenderer::Paper(m_paper->currentData().toInt());
        if (m_pdfA)
            o.pdfA = m_pdfA->isChecked();
        if (m_layout)
            o.badgeLayout = BadgeRenderer::Layout(m_layout->currentData().toInt());
        return o;
    }

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QComboBox *m_layout = nullptr;
};

/** A file name from an event's title: characters no file system takes are left out. */
QString fileNameFor(const QString &title, const QString &suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = QString(title).remove(unsafe).simplified();
    if (name.isEmpty())
        name = QStringLiteral("event");
    return name.left(80) + suffix;
}

/** Moves @p progress on; false if its Cancel was pressed. */
bool step(QProgressDialog *progress, int value, const QString &label)
{
    if (!progress)
        return true;
    progress->setLabelText(label);
    progress->setValue(value);
    return !progress->wasCanceled();
}

} // namespace

PrintActions::PrintActions(Database &database, std::function<qint64()> currentEvent,
                           QWidget *parent)
    : QObject(parent)
    , m_database(database)
    , m_currentEvent(std::move(currentEvent))
    , m_parent(parent)
{
    m_preview = addAction(tr("Print Pre&view…"), "printPreviewAction", "document-print-preview");
    connect(m_preview, &QAction::triggered, this, &PrintActions::preview);
    m_print = addAction(tr("&Print…"), "printAction", "document-print");
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    m_exportPdf =
        addAction(tr("Export Programme as P&DF…"), "exportProgrammePdfAction", "application-pdf");
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { exportInteractively(Document::ProgrammePdf); });
    m_exportHtml =
        addAction(tr("Export Programme as &HTML…"), "exportProgrammeHtmlAction", "text-html");
    connect(m_exportHtml, &QAction::triggered, this,
            [this] { exportInteractively(Document::ProgrammeHtml); });
    m_exportSignIn = addAction(tr("Export &Sign-in Sheet…"), "exportSignInAction", nullptr);
    connect(m_exportSignIn, &QAction::triggered, this,
            [this] { exportInteractively(Document::SignIn); });
    m_exportParticipants =
        addAction(tr("Export Participant &List…"), "exportParticipantsAction", nullptr);
    connect(m_exportParticipants, &QAction::triggered, this,
            [this] { exportInteractively(Document::Participants); });
    m_exportBadges = addAction(tr("Export &Badges…"), "exportBadgesAction", nullptr);
    connect(m_exportBadges, &QAction::triggered, this,
            [this] { exportInteractively(Document::Badges); });
}

QList<QAction *> PrintActions::actions() const
{
    return {m_preview,     m_print, m_exportPdf, m_exportHtml, m_exportSignIn, m_exportParticipants,
            m_exportBadges};
}

QAction *PrintActions::addAction(const QString &text, const char *objectName, const char *icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (icon)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    return action;
}

ProgrammeRenderer::Paper PrintActions::defaultPaper()
{
    ProgrammeRenderer::Paper paper = ProgrammeRenderer::Paper::A4;
    ProgrammeRenderer::paperFromName(Preferences::get(Preferences::defaultPaperSize), &paper);
    return paper;
}

bool PrintActions::exportDocument(Document document, qint64 eventId, const ExportOptions &options,
                                  const QString &path, QString *error,
                                  QProgressDialog *progress) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString cancelled = tr("The export was cancelled; no file was written.");
    if (progress)
        progress->setRange(0, 3);
    if (!step(progress, 0, tr("Reading the event…")))
        return fail(cancelled);
    QString message;
    QByteArray bytes;
    if (document == Document::ProgrammePdf || document == Document::ProgrammeHtml) {
        const std::optional<ProgrammeData> data =
            ProgrammeData::load(m_database, eventId, options.language, &message);
        if (!data)
            return fail(message);
        if (!step(progress, 1, tr("Setting the pages…")))
            return fail(cancelled);
        if (document == Document::ProgrammeHtml) {
            bytes = ProgrammeHtml::render(*data);
        } else {
            ProgrammeRenderer::Options renderOptions;
            renderOptions.paper = options.paper;
            renderOptions.pdfA = options.pdfA;
            bytes = ProgrammeRenderer(renderOptions).render(*data, &message);
        }
    } else {
        const AttendeeList::Selection selection =
            document == Document::SignIn         ? AttendeeList::Selection::SignIn
            : document == Document::Participants ? AttendeeList::Selection::Participants
                                                 : AttendeeList::Selection::Badges;
        const std::optional<AttendeeList> list =
            AttendeeList::load(m_database, eventId, selection, options.language, &message);
        if (!list)
            return fail(message);
        if (!step(progress, 1, tr("Setting the pages…")))
            return fail(cancelled);
        if (document == Document::Badges)
            bytes = BadgeRenderer(options.badgeLayout).render(*list, &message);
        else
            bytes = SignInSheetRenderer(document == Document::SignIn
                                            ? SignInSheetRenderer::Kind::SignIn
                                            : SignInSheetRenderer::Kind::Participants)
                        .render(*list, &message);
    }
    if (bytes.isEmpty())
        return fail(message);
    if (!step(progress, 2, tr("Writing %1…").arg(QFileInfo(path).fileName())))
        return fail(cancelled);
    QString reason;
    if (!writeFileAtomically(path, bytes, &reason))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    step(progress, 3, tr("Done."));
    return true;
}

void PrintActions::setUpPrinter(QPrinter *printer) const
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(Preferences::defaultPageSizeId()),
                                       QPageLayout::Portrait, QMarginsF()));
}

bool PrintActions::printProgramme(qint64 eventId, QPrinter *printer, QString *error) const
{
    const std::optional<ProgrammeData> data =
        ProgrammeData::load(m_database, eventId, QString(), error);
    if (!data)
        return false;
    printer->setFullPage(true);
    if (printer->docName().isEmpty())
        printer->setDocName(data->title);
    return ProgrammeRenderer({}).paint(*data, *printer, error);
}

QPrintPreviewDialog *PrintActions::createPreviewDialog(qint64 eventId, QPrinter *printer,
                                                       QWidget *parent) const
{
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print Preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this, eventId](QPrinter *p) {
        QString error;
        if (!printProgramme(eventId, p, &error))
            showError(tr("Print Preview"), error);
    });
    return dialog;
}

void PrintActions::preview()
{
    const qint64 eventId = m_currentEvent();
    if (eventId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog *dialog = createPreviewDialog(eventId, &printer, m_parent);
    dialog->resize(900, 1000);
    dialog->exec();
    delete dialog;
}

void PrintActions::print()
{
    const qint64 eventId = m_currentEvent();
    if (eventId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Programme"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printProgramme(eventId, &printer, &error))
        showError(tr("Print Programme"), error);
}

void PrintActions::exportInteractively(Document document)
{
    const qint64 eventId = m_currentEvent();
    if (eventId == 0)
        return;
    struct Kind
    {
        QString title;
        QString suffix;
        QString filter;
    };
    const QString pdf = tr("PDF documents (*.pdf)");
    const Kind kinds[] = {
        {tr("Export Programme as PDF"), tr(" - Programme.pdf"), pdf},
        {tr("Export Programme as HTML"), tr(" - Programme.html"), tr("Web pages (*.html *.htm)")},
        {tr("Export Sign-in Sheet"), tr(" - Sign-in Sheet.pdf"), pdf},
        {tr("Export Participant List"), tr(" - Participants.pdf"), pdf},
        {tr("Export Badges"), tr(" - Badges.pdf"), pdf},
    };
    const Kind &kind = kinds[int(document)];

    ExportOptionsDialog optionsDialog(document, kind.title, m_parent);
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = optionsDialog.options();

    QString message;
    const std::optional<ProgrammeData> event =
        ProgrammeData::load(m_database, eventId, options.language, &message);
    if (!event) {
        showError(kind.title, message);
        return;
    }
    QSettings settings;
    QString folder = settings.value(QLatin1StringView(exportFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parent, kind.title, QDir(folder).filePath(fileNameFor(event->title, kind.suffix)),
        kind.filter);
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1StringView(exportFolderKey), QFileInfo(path).absolutePath());

    QProgressDialog progress(tr("Reading the event…"), tr("Cancel"), 0, 3, m_parent);
    progress.setWindowTitle(kind.title);
    progress.setWindowModality(Qt::WindowModal);
    // Shown only when an export takes long enough to wonder about.
    progress.setMinimumDuration(400);
    QString error;
    if (!exportDocument(document, eventId, options, path, &error, &progress)) {
        progress.cancel();
        showError(kind.title, error);
    }
}

void PrintActions::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace Podium
