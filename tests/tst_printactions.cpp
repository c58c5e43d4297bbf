// The printing and export actions of an event: the programme printed
// through a QPrinter (laid out as its PDF), the print preview, and the
// exports the actions write, read back with poppler-utils.
#include "pdftestsupport.h"
#include "printactions.h"

#include "backendwidgettest.h"
#include "domain/demodata.h"
#include "io/programmedata.h"
#include "io/programmerenderer.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;
using namespace PdfTestSupport;

class TestPrintActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsAskForTheEventWhenTriggered();
    void defaultPaperFromPreference_data();
    void defaultPaperFromPreference();
    void printerGetsTheLayoutOfThePdf_data();
    void printerGetsTheLayoutOfThePdf();
    void previewShowsEveryPage();
    void exportsEachDocument_data();
    void exportsEachDocument();
    void failedOrCancelledExportWritesNothing();

private:
    // The printed and exported files; the database comes from m_databases.
    QTemporaryDir m_dir;
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_database;
    qint64 m_dialogue = 0;
};

void TestPrintActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto opened = m_databases.create(QStringLiteral("print.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_database = std::move(opened.database);
    QString error;
    QVERIFY2(DemoData::populate(*m_database, QDate(2026, 1, 13), &error), qPrintable(error));
    m_dialogue = m_database
                     ->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = ?"),
                              {QStringLiteral("Can cities save the world?")})
                     .toLongLong();
    QVERIFY(m_dialogue > 0);
}

void TestPrintActions::actionsAskForTheEventWhenTriggered()
{
    QWidget parent;
    int asked = 0;
    PrintActions actions(
        *m_database, [&asked] { return ++asked, qint64(0); }, &parent);
    const QList<QAction *> all = actions.actions();
    QCOMPARE(all.size(), 7);
    const QStringList names{
        QStringLiteral("printPreviewAction"),       QStringLiteral("printAction"),
        QStringLiteral("exportProgrammePdfAction"), QStringLiteral("exportProgrammeHtmlAction"),
        QStringLiteral("exportSignInAction"),       QStringLiteral("exportParticipantsAction"),
        QStringLiteral("exportBadgesAction")};
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i]->objectName(), names[i]);
        QVERIFY(all[i]->text().endsWith(QStringLiteral("…")));
    }
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    // Without an event no dialog opens (a modal one would hang this test).
    for (QAction *action : all)
        action->trigger();
    QCOMPARE(asked, 7);
}

void TestPrintActions::defaultPaperFromPreference_data()
{
    QTest::addColumn<QVariant>("preference");
    QTest::addColumn<int>("paper");
    QTest::newRow("unset") << QVariant() << int(ProgrammeRenderer::Paper::A4);
    QTest::newRow("letter") << QVariant(QStringLiteral("letter"))
                            << int(ProgrammeRenderer::Paper::Letter);
    QTest::newRow("a5") << QVariant(QStringLiteral("a5")) << int(ProgrammeRenderer::Paper::A5);
    QTest::newRow("unknown") << QVariant(QStringLiteral("tabloid"))
                             << int(ProgrammeRenderer::Paper::A4);
}

void TestPrintActions::defaultPaperFromPreference()
{
    QFETCH(QVariant, preference);
    QFETCH(int, paper);
    QSettings settings;
    if (preference.isValid())
        settings.setValue(QStringLiteral("defaultPaperSize"), preference);
    else
        settings.remove(QStringLiteral("defaultPaperSize"));
    QCOMPARE(int(PrintActions::defaultPaper()), paper);
    settings.remove(QStringLiteral("defaultPaperSize"));
}

void TestPrintActions::printerGetsTheLayoutOfThePdf_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("high resolution") << int(QPrinter::HighResolution);
    // 96 dpi: the programme is laid out at the PDF's resolution and scaled.
    QTest::newRow("screen resolution") << int(QPrinter::ScreenResolution);
}

void TestPrintActions::printerGetsTheLayoutOfThePdf()
{
    QFETCH(int, mode);
    const QString pdfPath = m_dir.filePath(QStringLiteral("reference.pdf"));
    QWidget parent;
    PrintActions actions(
        *m_database, [this] { return m_dialogue; }, &parent);
    PrintActions::ExportOptions options;
    QString error;
    QVERIFY2(actions.exportDocument(PrintActions::Document::ProgrammePdf, m_dialogue, options,
                                    pdfPath, &error),
             qPrintable(error));

    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer{QPrinter::PrinterMode(mode)};
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QVERIFY2(actions.printProgramme(m_dialogue, &printer, &error), qPrintable(error));

    QCOMPARE(pageCount(printed), pageCount(pdfPath));
    QVERIFY(pageCount(printed) >= 1);
    for (int page = 1; page <= pageCount(pdfPath); ++page)
        QCOMPARE(pageLines(printed, page), pageLines(pdfPath, page));
    // The same words in the same places, to a fraction of a point.
    const QList<Word> expected = words(pdfPath);
    const QList<Word> got = words(printed);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].text, expected[i].text);
        QVERIFY2(qAbs(got[i].box.top() - expected[i].box.top()) < 0.5 &&
                     qAbs(got[i].box.left() - expected[i].box.left()) < 0.5,
                 qPrintable(got[i].text));
    }
}

void TestPrintActions::previewShowsEveryPage()
{
    const QString pdfPath = m_dir.filePath(QStringLiteral("preview-reference.pdf"));
    QWidget parent;
    PrintActions actions(
        *m_database, [this] { return m_dialogue; }, &parent);
    QString error;
    QVERIFY2(actions.exportDocument(PrintActions::Document::ProgrammePdf, m_dialogue, {}, pdfPath,
                                    &error),
             qPrintable(error));

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    std::unique_ptr<QPrintPreviewDialog> dialog(
        actions.createPreviewDialog(m_dialogue, &printer, nullptr));
    dialog->resize(900, 1000);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *widget = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QTRY_COMPARE(widget->pageCount(), pageCount(pdfPath));
    // PODIUM_SCREENSHOT_DIR=docs/screenshots keeps a picture of the dialog.
    const QString shots = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        widget->fitInView();
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/print-preview.png")));
    }
}

void TestPrintActions::exportsEachDocument_data()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    using D = PrintActions::Document;
    QTest::newRow("programme") << int(D::ProgrammePdf) << QString()
                               << QStringLiteral("Can cities save the world?");
    QTest::newRow("programme in German") << int(D::ProgrammePdf) << QStringLiteral("de")
                                         << QStringLiteral("Stiftung Entwicklung und Frieden");
    QTest::newRow("html") << int(D::ProgrammeHtml) << QString()
                          << QStringLiteral("<h2>Can cities save the world?</h2>");
    QTest::newRow("sign-in sheet")
        << int(D::SignIn) << QString() << QStringLiteral("Can cities save the world?");
    QTest::newRow("participants") << int(D::Participants) << QString()
                                  << QStringLiteral("Can cities save the world?");
    QTest::newRow("badges") << int(D::Badges) << QString() << QStringLiteral("Nora Witt");
}

void TestPrintActions::exportsEachDocument()
{
    QFETCH(int, document);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QWidget parent;
    PrintActions actions(
        *m_database, [this] { return m_dialogue; }, &parent);
    const bool html = PrintActions::Document(document) == PrintActions::Document::ProgrammeHtml;
    const QString path = m_dir.filePath(html ? QStringLiteral("export.html")
                                             : QStringLiteral("export-%1.pdf").arg(document));
    PrintActions::ExportOptions options;
    options.language = language;
    QProgressDialog progress;
    progress.setAutoReset(false);
    QString error;
    QVERIFY2(actions.exportDocument(PrintActions::Document(document), m_dialogue, options, path,
                                    &error, &progress),
             qPrintable(error));
    QCOMPARE(progress.value(), progress.maximum());
    if (html) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(expected));
    } else {
        const QString text = pdfText(path);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }
}

void TestPrintActions::failedOrCancelledExportWritesNothing()
{
    QWidget parent;
    PrintActions actions(
        *m_database, [this] { return m_dialogue; }, &parent);
    QString error;
    const QString unwritable = m_dir.filePath(QStringLiteral("missing-folder/x.pdf"));
    QVERIFY(!actions.exportDocument(PrintActions::Document::ProgrammePdf, m_dialogue, {},
                                    unwritable, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
    QVERIFY(!QFile::exists(unwritable));

    QVERIFY(!actions.exportDocument(PrintActions::Document::ProgrammePdf, 999999, {},
                                    m_dir.filePath(QStringLiteral("none.pdf")), &error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));

    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QProgressDialog progress;
    progress.cancel();
    QVERIFY(!actions.exportDocument(PrintActions::Document::Badges, m_dialogue, {}, cancelled,
                                    &error, &progress));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(cancelled));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestPrintActions, QStringList{})
#include "tst_printactions.moc"
