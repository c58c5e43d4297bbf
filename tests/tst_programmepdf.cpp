// The printed programme as the audience gets it: `podium export pdf` run in
// process on a database with the demo event, and the PDF checked with the
// tools a printer or an archive would use (poppler-utils, qpdf).
#include "backendwidgettest.h"
#include "demodatabase.h"
#include "exportpdf.h"
#include "pdftestsupport.h"

#include "domain/demodata.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "storage/recordstore.h"
#include "util/clock.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Podium;

using namespace PdfTestSupport;

namespace {

Run exportPdf(const QStringList &arguments)
{
    return run(&Cli::runExportPdf, arguments);
}

} // namespace

class TestProgrammePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoProgrammeInReadingOrder();
    void fontsAreEmbeddedWithUnicodeMaps();
    void qpdfFindsNoErrors();
    void titleAndPaperSize_data();
    void titleAndPaperSize();
    void labels_data();
    void labels();
    void timeZoneShownAwayFromHome();
    void longProgrammeFlowsOverPages_data();
    void longProgrammeFlowsOverPages();
    void noHeadingAtFootOfPage_data();
    void noHeadingAtFootOfPage();
    void writesToStandardOutput();
    void usageErrorsAndFailures_data();
    void usageErrorsAndFailures();
    void logoInHeader_data();
    void logoInHeader();
    void pdfAIdentification();

private:
    QString pdf(const QString &name, const QStringList &extra, qint64 event = 0);

    // Documents are written here.
    QTemporaryDir m_dir;
    // The demo database: a file, or a database on the server named by
    // PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    QString m_database;
    qint64 m_dialogue = 0;
    qint64 m_long = 0;
};

void TestProgrammePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_databases.newLocation(QStringLiteral("programme.podium"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_databases.error()));
    QString error;
    const auto database = DemoDatabase::create(m_database, &m_dialogue, &error);
    QVERIFY2(database, qPrintable(error));
    Database &db = *database;

    RecordStore store(db);
    QVERIFY2(
        store.insert(
            QStringLiteral("document"),
            {{QStringLiteral("event_id"), m_dialogue},
             {QStringLiteral("title"), QStringLiteral("Background paper on city networks")},
             {QStringLiteral("kind"), QStringLiteral("background")},
             {QStringLiteral("url"), QStringLiteral("https://www.example.org/city-networks.pdf")}},
            QStringLiteral("Document added"), &error),
        qPrintable(error));

    // A conference day in New York with sixty entries, every seventh a break.
    const QTimeZone newYork("America/New_York");
    const QDateTime start(QDate(2026, 6, 16), QTime(8, 0), newYork);
    m_long = store.insert(
        QStringLiteral("event"),
        {{QStringLiteral("uid"), QStringLiteral("long-programme@podium.test")},
         {QStringLiteral("title_en"), QStringLiteral("A long day of city diplomacy")},
         {QStringLiteral("title_de"), QStringLiteral("Ein langer Tag der Städtediplomatie")},
         {QStringLiteral("description_en"),
          QStringLiteral("Sixty sessions in one day.\n\n## What to expect\n\nTalks, "
                         "*breaks* and a **reception**.\n")},
         {QStringLiteral("start_utc"), Clock::toStorage(start)},
         {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(60 * 600))},
         {QStringLiteral("time_zone"), QStringLiteral("America/New_York")},
         {QStringLiteral("title_key"), QStringLiteral("a long day of city diplomacy")}},
        QStringLiteral("Event added"), &error);
    QVERIFY2(m_long > 0, qPrintable(error));
    const qint64 speaker = db.scalar(QStringLiteral("SELECT id FROM person WHERE family_name = ?"),
                                     {QStringLiteral("Valdés Cano")})
                               .toLongLong();
    QVERIFY(speaker > 0);
    for (int i = 0; i < 60; ++i) {
        const bool isBreak = i % 7 == 6;
        const QDateTime from = start.addSecs(i * 600);
        const qint64 item = store.insert(
            QStringLiteral("programme_item"),
            {{QStringLiteral("event_id"), m_long},
             {QStringLiteral("position"), i},
             {QStringLiteral("start_utc"), Clock::toStorage(from)},
             {QStringLiteral("end_utc"), Clock::toStorage(from.addSecs(600))},
             {QStringLiteral("kind"), isBreak ? QStringLiteral("break") : QStringLiteral("talk")},
             {QStringLiteral("title_en"),
              isBreak ? QStringLiteral("Coffee break %1").arg(i + 1)
                      : QStringLiteral("Session %1: cities in a world of crises").arg(i + 1)},
             {QStringLiteral("description_en"),
              i % 3 == 0 ? QStringLiteral("Entry %1 has a description long enough to run over two "
                                          "lines, so that entries differ in height and the page "
                                          "breaks fall in different places.")
                               .arg(i + 1)
                         : QString()}},
            QStringLiteral("Item added"), &error);
        QVERIFY2(item > 0, qPrintable(error));
        if (!isBreak)
            QVERIFY2(store.insert(QStringLiteral("role"),
                                  {{QStringLiteral("person_id"), speaker},
                                   {QStringLiteral("event_id"), m_long},
                                   {QStringLiteral("programme_item_id"), item},
                                   {QStringLiteral("role"), QStringLiteral("speaker")},
                                   {QStringLiteral("affiliation_en"),
                                    QStringLiteral("Affiliation of entry %1").arg(i + 1)}},
                                  QStringLiteral("Role added"), &error),
                     qPrintable(error));
    }
}

QString TestProgrammePdf::pdf(const QString &name, const QStringList &extra, qint64 event)
{
    const QString path = m_dir.filePath(name);
    const Run e = exportPdf(
        QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--event"),
                    QString::number(event ? event : m_dialogue), QStringLiteral("--output"), path} +
        extra);
    if (e.exitCode != 0 || !e.err.isEmpty()) {
        qWarning("export failed (%d): %s", e.exitCode, qPrintable(e.err));
        return {};
    }
    return path;
}

void TestProgrammePdf::demoProgrammeInReadingOrder()
{
    const QString file = pdf(QStringLiteral("demo-en.pdf"), {});
    QVERIFY(!file.isEmpty());
    const QString text = pdfText(file);
    QVERIFY2(!text.isEmpty(), "pdftotext gave no text");
    const QStringList expected = {
        QStringLiteral("BERLIN SUMMER DIALOGUE"),
        QStringLiteral("Can cities save the world?"),
        QStringLiteral(
            "The impact of city networks and city-partnerships for peace and development"),
        QStringLiteral("Tuesday, 19 September 2023"),
        QStringLiteral("19:00 – 21:00"),
        QStringLiteral("Dialogforum Berlin-Mitte, Großer Saal"),
        QStringLiteral("Beispielstraße 12, 10117 Berlin"),
        QStringLiteral("Over half of the world's population"),
        QStringLiteral(
            "Opportunities and limitations of city networks in addressing global challenges"),
        QStringLiteral("19:00 – 19:05 Welcome"),
        QStringLiteral("19:05 – 19:15 Introduction to the topic"),
        QStringLiteral("19:15 – 20:00 Discussion round"),
        QStringLiteral("Panellists"),
        QStringLiteral("Alfredo Malaret Baldo"),
        QStringLiteral(
            "Peace in Our Cities, Urban Violence Program Officer, Kroc Institute for Peace "
            "and Justice, University of San Diego"),
        QStringLiteral("Laura Valdés Cano"),
        QStringLiteral("Head of Policy, Metropolis"),
        QStringLiteral("Lorenzo Kihlgren Grandi"),
        QStringLiteral("Director, City Diplomacy Lab, Columbia Global Centers"),
        QStringLiteral("Chair: Nora Witt"),
        QStringLiteral("Research Coordinator, Development and Peace Foundation (sef:)"),
        QStringLiteral("20:00 – 20:30 Questions from the audience"),
        QStringLiteral("20:30 – 21:00 Reception · Foyer"),
        QStringLiteral("Documents"),
        QStringLiteral("Background paper on city networks"),
        QStringLiteral("https://www.example.org/city-networks.pdf"),
    };
    const QString missing = firstOutOfOrder(text, expected);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(missing, text)));
    // Ligatures would come out as single characters ("ﬁ") that no search finds.
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))),
             qPrintable(text));
    // The foundation's home zone goes without saying.
    QVERIFY(!text.contains(QLatin1StringView("CEST")));
}

void TestProgrammePdf::fontsAreEmbeddedWithUnicodeMaps()
{
    const QString file = pdf(QStringLiteral("fonts.pdf"), {});
    QVERIFY(!file.isEmpty());
    const Tool t = runTool(QStringLiteral("pdffonts"), {file});
    QVERIFY2(t.exitCode == 0, qPrintable(t.err));
    // name, type, encoding, emb, sub, uni, object id, generation
    const QStringList lines = t.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(lines.size() >= 3, qPrintable(t.out)); // regular, bold and oblique at least
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 8, qPrintable(line));
        QVERIFY2(columns.first().startsWith(QLatin1StringView("DejaVuSans")), qPrintable(line));
        const qsizetype n = columns.size();
        QVERIFY2(columns[n - 5] == QLatin1StringView("yes"),
                 qPrintable(QStringLiteral("not embedded: ") + line));
        QVERIFY2(columns[n - 3] == QLatin1StringView("yes"),
                 qPrintable(QStringLiteral("no Unicode map: ") + line));
    }
}

void TestProgrammePdf::qpdfFindsNoErrors()
{
    for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("a5")}) {
        const QString file = pdf(QStringLiteral("check-%1.pdf").arg(paper),
                                 {QStringLiteral("--paper"), paper}, m_long);
        QVERIFY(!file.isEmpty());
        const Tool t = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(t.exitCode == 0, qPrintable(t.out + t.err));
        QVERIFY2(t.out.contains(QLatin1StringView("No syntax or stream encoding errors found")),
                 qPrintable(t.out));
        QVERIFY2(t.err.isEmpty(), qPrintable(t.err));
    }
}

void TestProgrammePdf::titleAndPaperSize_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4 by default") << QString() << QStringLiteral("595 x 842 pts");
    QTest::newRow("A4") << QStringLiteral("a4") << QStringLiteral("595 x 842 pts");
    QTest::newRow("US Letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts");
    QTest::newRow("A5") << QStringLiteral("A5") << QStringLiteral("420 x 595 pts");
}

void TestProgrammePdf::titleAndPaperSize()
{
    QFETCH(QString, paper);
    QFETCH(QString, size);
    const QStringList extra =
        paper.isEmpty() ? QStringList() : QStringList{QStringLiteral("--paper"), paper};
    const QString file = pdf(QStringLiteral("paper-%1.pdf").arg(paper), extra);
    QVERIFY(!file.isEmpty());
    const Tool t = runTool(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(t.exitCode == 0, qPrintable(t.err));
    QVERIFY2(t.out.contains(QRegularExpression(QStringLiteral("Page size:\\s+") +
                                               QRegularExpression::escape(size))),
             qPrintable(t.out));
    QVERIFY2(t.out.contains(QRegularExpression(QStringLiteral(
                 "Title:\\s+Can cities save the world\\? – Berlin Summer Dialogue\\n"))),
             qPrintable(t.out));
    QVERIFY2(t.out.contains(QRegularExpression(QStringLiteral("Creator:\\s+Podium "))),
             qPrintable(t.out));
}

void TestProgrammePdf::labels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("footers");
    QTest::newRow("English, the event's own")
        << QString() << QStringList{QStringLiteral("PROGRAMME"),
                                    QStringLiteral("Date Tuesday, 19 September 2023"),
                                    QStringLiteral("Time 19:00 – 21:00"),
                                    QStringLiteral("Venue"),
                                    QStringLiteral("Programme"),
                                    QStringLiteral("TIME ITEM AND PARTICIPANTS"),
                                    QStringLiteral("Panellists"),
                                    QStringLiteral("Chair: Nora Witt"),
                                    QStringLiteral("Documents"),
                                    QStringLiteral("Background")}
        << QStringList{QStringLiteral("Page 1 of 2"), QStringLiteral("Page 2 of 2")};
    QTest::newRow("German")
        << QStringLiteral("de")
        << QStringList{QStringLiteral("PROGRAMM"),
                       QStringLiteral("BERLINER SOMMERDIALOG"),
                       QStringLiteral("Können Städte die Welt retten?"),
                       QStringLiteral("Datum Dienstag, 19. September 2023"),
                       QStringLiteral("Uhrzeit 19:00 – 21:00"),
                       QStringLiteral("Ort"),
                       QStringLiteral("Programm"),
                       QStringLiteral("ZEIT PROGRAMMPUNKT UND MITWIRKENDE"),
                       QStringLiteral("Diskussionsrunde"),
                       QStringLiteral("Auf dem Podium"),
                       QStringLiteral("Laura Valdés Cano"),
                       QStringLiteral("Moderation: Nora Witt"),
                       QStringLiteral("Wissenschaftliche Koordinatorin, Stiftung Entwicklung und "
                                      "Frieden (sef:)"),
                       QStringLiteral("Dokumente"),
                       QStringLiteral("Hintergrund")}
        << QStringList{QStringLiteral("Seite 1 von 2"), QStringLiteral("Seite 2 von 2")};
}

void TestProgrammePdf::labels()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, footers);
    const QStringList extra =
        language.isEmpty() ? QStringList() : QStringList{QStringLiteral("--language"), language};
    const QString file = pdf(QStringLiteral("labels-%1.pdf").arg(language), extra);
    QVERIFY(!file.isEmpty());
    QCOMPARE(pageCount(file), 2);
    const QString text = pdfText(file);
    const QString missing = firstOutOfOrder(text, expected);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(missing, text)));
    for (int page = 1; page <= footers.size(); ++page) {
        const QStringList lines = pageLines(file, page);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.last().endsWith(footers[page - 1]), qPrintable(lines.last()));
        QVERIFY2(lines.last().startsWith(QStringLiteral(
                     "Development and Peace Foundation (sef:) · events@example.org")),
                 qPrintable(lines.last()));
    }
    // No label of the other language slips in.
    const QString foreign = language == QLatin1StringView("de") ? QStringLiteral("Chair:")
                                                                : QStringLiteral("Moderation:");
    QVERIFY2(!text.contains(foreign), qPrintable(text));
}

void TestProgrammePdf::timeZoneShownAwayFromHome()
{
    const QString file = pdf(QStringLiteral("new-york.pdf"), {}, m_long);
    QVERIFY(!file.isEmpty());
    const QString text = pdfText(file, 1);
    QVERIFY2(text.contains(QStringLiteral("Time 08:00 – 18:00 EDT")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("08:00 – 08:10 Session 1: cities in a world of crises")),
             qPrintable(text));
}

void TestProgrammePdf::longProgrammeFlowsOverPages_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("language");
    QTest::newRow("A4, English") << QStringLiteral("a4") << QStringLiteral("en");
    QTest::newRow("A5, German") << QStringLiteral("a5") << QStringLiteral("de");
    QTest::newRow("US Letter, English") << QStringLiteral("letter") << QStringLiteral("en");
}

void TestProgrammePdf::longProgrammeFlowsOverPages()
{
    QFETCH(QString, paper);
    QFETCH(QString, language);
    const bool german = language == QLatin1StringView("de");
    const QString file =
        pdf(QStringLiteral("long-%1-%2.pdf").arg(paper, language),
            {QStringLiteral("--paper"), paper, QStringLiteral("--language"), language}, m_long);
    QVERIFY(!file.isEmpty());
    const int pages = pageCount(file);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    const QString continued =
        german ? QStringLiteral("Programm (Fortsetzung)") : QStringLiteral("Programme (continued)");
    const QString columnHeads = german ? QStringLiteral("ZEIT PROGRAMMPUNKT UND MITWIRKENDE")
                                       : QStringLiteral("TIME ITEM AND PARTICIPANTS");
    const QStringList headings = {german ? QStringLiteral("Programm") : QStringLiteral("Programme"),
                                  continued, columnHeads, QStringLiteral("What to expect")};
    QHash<int, int> pageOfTitle;
    QHash<int, int> pageOfAffiliation;
    QHash<int, int> pageOfDescriptionEnd;
    bool tableStarted = false;
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = pageLines(file, page);
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
        // The footer: contact line and page number.
        const QString pageLabel =
            german ? QStringLiteral("Seite %1 von %2") : QStringLiteral("Page %1 of %2");
        QVERIFY2(lines.last().endsWith(pageLabel.arg(page).arg(pages)), qPrintable(lines.last()));
        lines.removeLast();
        // No page ends with a heading or with the timetable's header.
        for (const QString &heading : headings)
            QVERIFY2(lines.last() != heading,
                     qPrintable(QStringLiteral("page %1 ends with \"%2\"").arg(page).arg(heading)));
        const QString text = lines.join(QLatin1Char(' '));
        // The timetable's header is repeated on every page it spans.
        const bool hasEntries =
            text.contains(QRegularExpression(QStringLiteral("Session \\d+:|Coffee break")));
        if (hasEntries)
            QVERIFY2(text.contains(columnHeads),
                     qPrintable(QStringLiteral("page %1 lacks the header").arg(page)));
        if (hasEntries && tableStarted)
            QVERIFY2(text.contains(continued),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
        tableStarted = tableStarted || hasEntries;

        const QRegularExpression title(QStringLiteral("(?:Session (\\d+):|Coffee break (\\d+))"));
        for (auto it = title.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int n = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
            QVERIFY2(!pageOfTitle.contains(n),
                     qPrintable(QStringLiteral("entry %1 printed twice").arg(n)));
            pageOfTitle.insert(n, page);
        }
        const QRegularExpression affiliation(QStringLiteral("Affiliation of entry (\\d+)"));
        for (auto it = affiliation.globalMatch(text); it.hasNext();)
            pageOfAffiliation.insert(it.next().captured(1).toInt(), page);
        const QRegularExpression descriptionEnd(
            QStringLiteral("(\\d+) has a description long enough"));
        for (auto it = descriptionEnd.globalMatch(text); it.hasNext();)
            pageOfDescriptionEnd.insert(it.next().captured(1).toInt(), page);
    }
    // Every entry printed once, and never split: its title, description
    // and people share a page.
    QCOMPARE(pageOfTitle.size(), 60);
    for (auto it = pageOfAffiliation.cbegin(); it != pageOfAffiliation.cend(); ++it)
        QVERIFY2(pageOfTitle.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("entry %1 split").arg(it.key())));
    QCOMPARE(pageOfAffiliation.size(), 60 - 60 / 7 - (60 % 7 == 6 ? 1 : 0));
    for (auto it = pageOfDescriptionEnd.cbegin(); it != pageOfDescriptionEnd.cend(); ++it)
        QVERIFY2(pageOfTitle.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("entry %1 split").arg(it.key())));
    QCOMPARE(pageOfDescriptionEnd.size(), 20);
}

void TestProgrammePdf::noHeadingAtFootOfPage_data()
{
    QTest::addColumn<int>("parts");
    // Descriptions of growing length move the headings, the timetable's
    // title and its header through every position on the page.
    for (int parts = 1; parts <= 24; ++parts)
        QTest::addRow("%d parts", parts) << parts;
}

void TestProgrammePdf::noHeadingAtFootOfPage()
{
    QFETCH(int, parts);
    QString error;
    qint64 event = 0;
    {
        auto opened = Database::open(m_database, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        RecordStore store(*opened.database);
        QString description;
        for (int i = 1; i <= parts; ++i)
            description +=
                QStringLiteral("## Part %1\n\nThe paragraph of part %1 is long enough to "
                               "fill a few lines on a small page, so that the headings "
                               "land at different heights.\n\n")
                    .arg(i);
        const QDateTime start(QDate(2026, 5, 5), QTime(18, 0), QTimeZone("Europe/Berlin"));
        event = store.insert(
            QStringLiteral("event"),
            {{QStringLiteral("uid"), QStringLiteral("parts-%1@podium.test").arg(parts)},
             {QStringLiteral("title_en"), QStringLiteral("Parts %1").arg(parts)},
             {QStringLiteral("description_en"), description},
             {QStringLiteral("start_utc"), Clock::toStorage(start)},
             {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(7200))},
             {QStringLiteral("title_key"), QStringLiteral("parts %1").arg(parts)}},
            QStringLiteral("Event added"), &error);
        QVERIFY2(event > 0, qPrintable(error));
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(
                store.insert(
                    QStringLiteral("programme_item"),
                    {{QStringLiteral("event_id"), event},
                     {QStringLiteral("position"), i},
                     {QStringLiteral("start_utc"), Clock::toStorage(start.addSecs(i * 1200))},
                     {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs((i + 1) * 1200))},
                     {QStringLiteral("title_en"), QStringLiteral("Item %1").arg(i + 1)}},
                    QStringLiteral("Item added"), &error) > 0,
                qPrintable(error));
        }
    }
    const QString file = pdf(QStringLiteral("parts-%1.pdf").arg(parts),
                             {QStringLiteral("--paper"), QStringLiteral("a5")}, event);
    QVERIFY(!file.isEmpty());
    const int pages = pageCount(file);
    QVERIFY(pages >= 1);
    const QRegularExpression heading(QStringLiteral(
        "^(Part \\d+|Programme|Programme \\(continued\\)|TIME ITEM AND PARTICIPANTS)$"));
    QString all;
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = pageLines(file, page);
        QVERIFY(lines.size() >= 2);
        lines.removeLast(); // the footer
        QVERIFY2(!heading.match(lines.last()).hasMatch(),
                 qPrintable(QStringLiteral("page %1 of %2 ends with the heading \"%3\"")
                                .arg(page)
                                .arg(pages)
                                .arg(lines.last())));
        all += lines.join(QLatin1Char(' ')) + QLatin1Char(' ');
    }
    // Everything is there once: nothing lost or doubled at a page break.
    for (int i = 1; i <= parts; ++i) {
        QCOMPARE(all.count(QStringLiteral("Part %1 ").arg(i)), 1);
        QCOMPARE(all.count(QStringLiteral("part %1 is long enough").arg(i)), 1);
    }
    QCOMPARE(all.count(QRegularExpression(QStringLiteral("Item \\d"))), 6);
}

void TestProgrammePdf::writesToStandardOutput()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    QString errText;
    QTextStream err(&errText);
    const int code = Cli::runExportPdf({QStringLiteral("--database"), m_database,
                                        QStringLiteral("--event"), QString::number(m_dialogue),
                                        QStringLiteral("--output"), QStringLiteral("-")},
                                       out, err);
    out.flush();
    err.flush();
    QCOMPARE(errText, QString());
    QCOMPARE(code, 0);
    QVERIFY2(bytes.startsWith("%PDF-"), bytes.left(16).constData());
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestProgrammePdf::usageErrorsAndFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("DB");
    QTest::newRow("no event") << QStringList{QStringLiteral("--database"), db,
                                             QStringLiteral("--output"), QStringLiteral("x.pdf")}
                              << 2 << QStringLiteral("--event ID is required");
    QTest::newRow("no output") << QStringList{QStringLiteral("--database"), db,
                                              QStringLiteral("--event"), QStringLiteral("1")}
                               << 2 << QStringLiteral("--output FILE is required");
    QTest::newRow("unknown paper")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--event"),    QStringLiteral("1"),
                       QStringLiteral("--output"),   QStringLiteral("x.pdf"),
                       QStringLiteral("--paper"),    QStringLiteral("a3")}
        << 2 << QStringLiteral("Unknown paper \"a3\"");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--event"),    QStringLiteral("1"),
                       QStringLiteral("--output"),   QStringLiteral("x.pdf"),
                       QStringLiteral("--language"), QStringLiteral("fr")}
        << 2 << QStringLiteral("Unknown language \"fr\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << 2 << QStringLiteral("colour");
    QTest::newRow("unknown event id")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--event"),    QStringLiteral("999"),
                       QStringLiteral("--output"),   QStringLiteral("x.pdf")}
        << 1 << QStringLiteral("There is no event with the id 999.");
    QTest::newRow("unknown event UID")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--event"),    QStringLiteral("nobody@nowhere"),
                       QStringLiteral("--output"),   QStringLiteral("x.pdf")}
        << 1 << QStringLiteral("There is no event with the UID nobody@nowhere.");
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("--database"), QStringLiteral("MISSING"),
                       QStringLiteral("--event"),    QStringLiteral("1"),
                       QStringLiteral("--output"),   QStringLiteral("x.pdf")}
        << 1 << QString();
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--event"),    QStringLiteral("1"),
                       QStringLiteral("--output"),   QStringLiteral("/nonexistent-folder/x.pdf")}
        << 1 << QStringLiteral("Cannot write");
}

void TestProgrammePdf::usageErrorsAndFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        if (a == QLatin1StringView("DB"))
            a = m_database;
        else if (a == QLatin1StringView("MISSING"))
            a = m_dir.filePath(QStringLiteral("missing.podium"));
        else if (a == QLatin1StringView("x.pdf"))
            a = m_dir.filePath(QStringLiteral("x.pdf"));
    }
    const Run e = exportPdf(arguments);
    QCOMPARE(e.exitCode, exitCode);
    QVERIFY2(e.err.startsWith(QLatin1StringView("podium export pdf: ")), qPrintable(e.err));
    QVERIFY2(e.err.contains(message), qPrintable(e.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

namespace {

/** A wide logo on a transparent ground, as logos are usually supplied. */
QByteArray pngLogo(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x4e, 0x79));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(4, 4, -4, -4));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

void TestProgrammePdf::logoInHeader_data()
{
    QTest::addColumn<QByteArray>("logo");
    QTest::addColumn<bool>("pdfA");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("softMasks");
    QTest::addColumn<int>("maxHeight");

    // 14 mm at 600 dpi: the logo is kept at print resolution, and no finer.
    const int printHeight = 331;
    QTest::newRow("no logo") << QByteArray() << false << 0 << 0 << 0;
    QTest::newRow("unreadable logo") << QByteArray("not an image") << false << 0 << 0 << 0;
    QTest::newRow("png with transparency")
        << pngLogo(QSize(400, 200)) << false << 1 << 1 << printHeight;
    QTest::newRow("large png reduced")
        << pngLogo(QSize(4000, 2000)) << false << 1 << 1 << printHeight;
    QTest::newRow("png flattened for PDF/A")
        << pngLogo(QSize(400, 200)) << true << 1 << 0 << printHeight;
    QTest::newRow("svg rasterised at print resolution")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" "
                      "viewBox=\"0 0 120 40\"><rect x=\"0\" y=\"0\" width=\"120\" height=\"40\" "
                      "fill=\"#1f4e79\"/></svg>")
        << true << 1 << 0 << printHeight;
}

void TestProgrammePdf::logoInHeader()
{
    QFETCH(QByteArray, logo);
    QFETCH(bool, pdfA);
    QFETCH(int, images);
    QFETCH(int, softMasks);
    QFETCH(int, maxHeight);

    const QString database = m_databases.copyOf(
        m_database, QStringLiteral("logo-%1.podium")
                        .arg(QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")),
                                          QStringLiteral("-"))));
    QVERIFY2(!database.isEmpty(), qPrintable(m_databases.error()));
    {
        auto opened = Database::open(database, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        OrganisationSettings settings = OrganisationSettings::load(*opened.database);
        settings.foundationName = QStringLiteral("Development and Peace Foundation");
        settings.foundationLogo = logo;
        QString error;
        QVERIFY2(settings.save(*opened.database, &error), qPrintable(error));
    }
    const QString path = m_dir.filePath(QStringLiteral("logo.pdf"));
    QStringList arguments{QStringLiteral("--database"), database,
                          QStringLiteral("--event"),    QString::number(m_dialogue),
                          QStringLiteral("--output"),   path};
    if (pdfA)
        arguments << QStringLiteral("--pdfa");
    const Run e = exportPdf(arguments);
    QVERIFY2(e.exitCode == 0 && e.err.isEmpty(), qPrintable(e.err));

    const QList<Image> found = PdfTestSupport::images(path);
    int imageCount = 0;
    int maskCount = 0;
    for (const Image &image : found) {
        QCOMPARE(image.page, 1);
        if (image.type == QLatin1StringView("smask")) {
            ++maskCount;
        } else {
            ++imageCount;
            // A logo is kept lossless: JPEG would blur its edges and tint its white.
            QCOMPARE(image.encoding, QStringLiteral("image"));
            QVERIFY2(image.height <= maxHeight, qPrintable(QString::number(image.height)));
            QVERIFY2(image.height >= maxHeight / 2, qPrintable(QString::number(image.height)));
        }
    }
    QCOMPARE(imageCount, images);
    QCOMPARE(maskCount, softMasks);
    // Without a logo the foundation's name heads the page as a wordmark.
    const QStringList lines = pageLines(path, 1);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first().startsWith(QLatin1StringView("Development and Peace Foundation")),
             images == 0);
    QVERIFY2(firstOutOfOrder(pdfText(path, 1), {QStringLiteral("PROGRAMME"),
                                                QStringLiteral("Can cities save the world?")})
                 .isEmpty(),
             qPrintable(pdfText(path, 1)));
    const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestProgrammePdf::pdfAIdentification()
{
    const QString archived = pdf(QStringLiteral("archive.pdf"), {QStringLiteral("--pdfa")});
    QVERIFY(!archived.isEmpty());
    const Tool meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archived});
    QVERIFY2(meta.exitCode == 0, qPrintable(meta.err));
    static const QRegularExpression part(QStringLiteral("pdfaid:part(>|=\")1(<|\")"));
    static const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(>|=\")B(<|\")"));
    QVERIFY2(part.match(meta.out).hasMatch(), qPrintable(meta.out));
    QVERIFY2(conformance.match(meta.out).hasMatch(), qPrintable(meta.out));
    QVERIFY(pdfText(archived).contains(QLatin1StringView("Can cities save the world?")));

    const QString plain = pdf(QStringLiteral("plain.pdf"), {});
    QVERIFY(!plain.isEmpty());
    const Tool plainMeta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), plain});
    QVERIFY2(!plainMeta.out.contains(QLatin1StringView("pdfaid")), qPrintable(plainMeta.out));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestProgrammePdf, QStringList{})
#include "tst_programmepdf.moc"
