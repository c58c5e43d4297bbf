// The programme as a web page: `podium export html` on the demo event, and
// the Markdown and escaping that make the page safe to paste into a site.
#include "backendwidgettest.h"
#include "demodatabase.h"
#include "exportprint.h"
#include "io/programmehtml.h"
#include "pdftestsupport.h"

#include "domain/demodata.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/clock.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Podium;
using namespace PdfTestSupport;

class TestProgrammeHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoPageInTheSeedsForm_data();
    void demoPageInTheSeedsForm();
    void noAttendeeOrContactData();
    void textIsEscaped();
    void markdown_data();
    void markdown();
    void writesToStandardOutput();
    void daysOfALongerEventAreNamed();

private:
    QString page(qint64 event, const QString &language);

    // Documents are written here.
    QTemporaryDir m_dir;
    // The demo database: a file, or a database on the server named by
    // PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    QString m_database;
    qint64 m_dialogue = 0;
    qint64 m_hostile = 0;
    qint64 m_twoDays = 0;
};

void TestProgrammeHtml::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_databases.newLocation(QStringLiteral("html.podium"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_databases.error()));
    QString error;
    const auto database = DemoDatabase::create(m_database, &m_dialogue, &error);
    QVERIFY2(database, qPrintable(error));
    Database &db = *database;

    // Every field that reaches the page carries markup that must stay text.
    RecordStore store(db);
    const QDateTime start(QDate(2026, 3, 3), QTime(19, 0), QTimeZone("Europe/Berlin"));
    m_hostile = store.insert(
        QStringLiteral("event"),
        {{QStringLiteral("uid"), QStringLiteral("hostile@podium.test")},
         {QStringLiteral("title_en"),
          QStringLiteral("<script>alert('x')</script> Trade & \"aid\"")},
         {QStringLiteral("subtitle_en"), QStringLiteral("<b>bold</b> claims")},
         {QStringLiteral("topic_en"), QStringLiteral("Cities <i>&</i> peace")},
         {QStringLiteral("description_en"),
          QStringLiteral("Read <img src=x onerror=alert(1)> and "
                         "[this](javascript:alert(1)) or [that](https://example.org/?a=1&b=2).")},
         {QStringLiteral("start_utc"), Clock::toStorage(start)},
         {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(3600))},
         {QStringLiteral("title_key"), QStringLiteral("script")}},
        QStringLiteral("Event added"), &error);
    QVERIFY2(m_hostile > 0, qPrintable(error));
    const qint64 item =
        store.insert(QStringLiteral("programme_item"),
                     {{QStringLiteral("event_id"), m_hostile},
                      {QStringLiteral("position"), 0},
                      {QStringLiteral("start_utc"), Clock::toStorage(start)},
                      {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(3600))},
                      {QStringLiteral("title_en"), QStringLiteral("Talk </td></tr><tr><td>")}},
                     QStringLiteral("Item added"), &error);
    QVERIFY2(item > 0, qPrintable(error));

    // A dialogue over two days, an item on each.
    const QDateTime friday(QDate(2026, 3, 6), QTime(18, 0), QTimeZone("Europe/Berlin"));
    m_twoDays = store.insert(QStringLiteral("event"),
                             {{QStringLiteral("uid"), QStringLiteral("two-days@podium.test")},
                              {QStringLiteral("title_en"), QStringLiteral("Weekend dialogue")},
                              {QStringLiteral("start_utc"), Clock::toStorage(friday)},
                              {QStringLiteral("end_utc"), Clock::toStorage(friday.addDays(1))},
                              {QStringLiteral("title_key"), QStringLiteral("weekend dialogue")}},
                             QStringLiteral("Event added"), &error);
    QVERIFY2(m_twoDays > 0, qPrintable(error));
    for (const QDateTime &start : {friday, friday.addSecs(17 * 3600)}) {
        QVERIFY2(store.insert(QStringLiteral("programme_item"),
                              {{QStringLiteral("event_id"), m_twoDays},
                               {QStringLiteral("position"), start == friday ? 0 : 1},
                               {QStringLiteral("start_utc"), Clock::toStorage(start)},
                               {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(3600))},
                               {QStringLiteral("title_en"), QStringLiteral("Session")}},
                              QStringLiteral("Item added"), &error) > 0,
                 qPrintable(error));
    }
}

QString TestProgrammeHtml::page(qint64 event, const QString &language)
{
    const QString path = m_dir.filePath(QStringLiteral("page-%1-%2.html").arg(event).arg(language));
    QStringList arguments{QStringLiteral("--database"), m_database,
                          QStringLiteral("--event"),    QString::number(event),
                          QStringLiteral("--output"),   path};
    if (!language.isEmpty())
        arguments << QStringLiteral("--language") << language;
    const Run r = run(&Cli::runExportHtml, arguments);
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning("export failed (%d): %s", r.exitCode, qPrintable(r.err));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProgrammeHtml::demoPageInTheSeedsForm_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English") << QString()
                             << QStringList{
                                    QStringLiteral("<html lang=\"en\">"),
                                    QStringLiteral("<meta charset=\"utf-8\">"),
                                    QStringLiteral("Partnerships and collaborations"),
                                    QStringLiteral("<h2>Can cities save the world?</h2>"),
                                    QStringLiteral("The impact of city networks"),
                                    QStringLiteral("Tuesday, 19 September 2023, 19:00"),
                                    QStringLiteral("<p>Over half of the world&#39;s population"),
                                    QStringLiteral("<h3>Opportunities and limitations of city "
                                                   "networks in addressing global challenges</h3>"),
                                    QStringLiteral("<h3>Programme</h3>"),
                                    QStringLiteral("Welcome"),
                                    QStringLiteral("Reception"),
                                    QStringLiteral("<h3>Discussion round</h3>"),
                                    QStringLiteral("Panellists:"),
                                    QStringLiteral(
                                        "<strong>Alfredo Malaret Baldo</strong><br>Peace "
                                        "in Our Cities"),
                                    QStringLiteral("<strong>Laura Valdés Cano</strong><br>Head of "
                                                   "Policy, Metropolis"),
                                    QStringLiteral("<strong>Lorenzo Kihlgren Grandi</strong>"),
                                    QStringLiteral("Chair: <strong>Nora Witt</strong><br>Research "
                                                   "Coordinator, Development and Peace Foundation "
                                                   "(sef:)"),
                                };
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{
                                   QStringLiteral("<html lang=\"de\">"),
                                   QStringLiteral("Partnerschaften und Kooperationen"),
                                   QStringLiteral("<h2>Können Städte die Welt retten?</h2>"),
                                   QStringLiteral("Dienstag, 19. September 2023, 19:00"),
                                   QStringLiteral("<h3>Programm</h3>"),
                                   QStringLiteral("<h3>Diskussionsrunde</h3>"),
                                   QStringLiteral("Auf dem Podium:"),
                                   QStringLiteral("<strong>Laura Valdés Cano</strong>"),
                                   QStringLiteral("Moderation: <strong>Nora Witt</strong><br>"
                                                  "Wissenschaftliche Koordinatorin"),
                               };
}

void TestProgrammeHtml::demoPageInTheSeedsForm()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString html = page(m_dialogue, language);
    QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
    qsizetype from = 0;
    for (const QString &needle : expected) {
        const qsizetype at = html.indexOf(needle, from);
        QVERIFY2(
            at >= 0,
            qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(needle, html)));
        from = at + needle.size();
    }
    // The chair closes the round: after every panellist, said once there.
    const qsizetype round = html.indexOf(QLatin1StringView("class=\"discussion\""));
    const QString discussion = html.mid(round);
    const QString chair = language == QLatin1StringView("de") ? QStringLiteral("Moderation:")
                                                              : QStringLiteral("Chair:");
    QCOMPARE(discussion.count(chair), 1);
    QVERIFY(discussion.indexOf(chair) > discussion.lastIndexOf(QLatin1StringView("Kihlgren")));
    QVERIFY(!html.contains(language == QLatin1StringView("de") ? QStringLiteral("Chair:")
                                                               : QStringLiteral("Moderation:")));
}

void TestProgrammeHtml::noAttendeeOrContactData()
{
    const QString html = page(m_dialogue, {});
    QVERIFY(!html.isEmpty());
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    QVERIFY2(!email.match(html).hasMatch(), qPrintable(email.match(html).captured(0)));
    auto opened = Database::open(m_database, {.readOnly = true});
    QVERIFY(opened.database);
    QSqlQuery guests = opened.database->prepare(
        QStringLiteral("SELECT p.family_name FROM registration g JOIN person p ON p.id = "
                       "g.person_id WHERE g.event_id = ? AND p.id NOT IN (SELECT person_id FROM "
                       "role)"));
    guests.addBindValue(m_dialogue);
    QVERIFY(Database::exec(guests));
    int checked = 0;
    while (guests.next()) {
        const QString family = guests.value(0).toString();
        QVERIFY2(!html.contains(family), qPrintable(family));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestProgrammeHtml::daysOfALongerEventAreNamed()
{
    // Each item's day before its time, as each language writes a day.
    const QString german = page(m_twoDays, QStringLiteral("de"));
    QVERIFY2(german.contains(QStringLiteral("Fr., 6. März 18:00")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("Sa., 7. März 11:00")), qPrintable(german));
    const QString english = page(m_twoDays, QStringLiteral("en"));
    QVERIFY2(english.contains(QStringLiteral("Fri 6 Mar 18:00")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("Sat 7 Mar 11:00")), qPrintable(english));
}

void TestProgrammeHtml::textIsEscaped()
{
    const QString html = page(m_hostile, {});
    QVERIFY(!html.isEmpty());
    for (const QString &expected :
         {QStringLiteral("<h2>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Trade &amp; "
                         "&quot;aid&quot;</h2>"),
          QStringLiteral("<title>&lt;script&gt;"), QStringLiteral("&lt;b&gt;bold&lt;/b&gt; claims"),
          QStringLiteral("Cities &lt;i&gt;&amp;&lt;/i&gt; peace"),
          QStringLiteral("Read &lt;img src=x onerror=alert(1)&gt;"),
          QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">that</a>"),
          QStringLiteral("Talk &lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;")})
        QVERIFY2(html.contains(expected), qPrintable(expected + QLatin1Char('\n') + html));
    for (const QString &forbidden :
         {QStringLiteral("<script"), QStringLiteral("<b>"), QStringLiteral("<i>"),
          QStringLiteral("<img"), QStringLiteral("javascript:"), QStringLiteral("</td></tr><tr>")})
        QVERIFY2(!html.contains(forbidden), qPrintable(forbidden + QLatin1Char('\n') + html));
}

void TestProgrammeHtml::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraphs") << QStringLiteral("One\nline.\n\nTwo.")
                                << QStringLiteral("<p>One line.</p>\n<p>Two.</p>\n");
    QTest::newRow("headings below the title")
        << QStringLiteral("# A\n## B\n### C")
        << QStringLiteral("<h3>A</h3>\n<h3>B</h3>\n<h4>C</h4>\n");
    QTest::newRow("emphasis") << QStringLiteral("*a* **b** _c_ __d__ snake_case_name")
                              << QStringLiteral("<p><em>a</em> <strong>b</strong> <em>c</em> "
                                                "<strong>d</strong> snake_case_name</p>\n");
    QTest::newRow("lists") << QStringLiteral("- one\n- two\n  more\n\n1. first\n2. second")
                           << QStringLiteral("<ul>\n<li>one</li>\n<li>two more</li>\n</ul>\n"
                                             "<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n");
    QTest::newRow("links") << QStringLiteral("[sef:](https://www.sef-bonn.org) <https://x.org>")
                           << QStringLiteral("<p><a href=\"https://www.sef-bonn.org\">sef:</a> "
                                             "<a href=\"https://x.org\">https://x.org</a></p>\n");
    QTest::newRow("unsafe link kept as text")
        << QStringLiteral("[click](javascript:alert(1))") << QStringLiteral("<p>click</p>\n");
    QTest::newRow("raw html escaped") << QStringLiteral("a <b>b</b> & c")
                                      << QStringLiteral("<p>a &lt;b&gt;b&lt;/b&gt; &amp; c</p>\n");
    QTest::newRow("code and escapes") << QStringLiteral("`<x>` \\*not em\\*")
                                      << QStringLiteral("<p><code>&lt;x&gt;</code> *not em*</p>\n");
    QTest::newRow("quote") << QStringLiteral("> States talk — cities act")
                           << QStringLiteral(
                                  "<blockquote><p>States talk — cities act</p></blockquote>\n");
}

void TestProgrammeHtml::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(ProgrammeHtml::markdownToHtml(markdown), html);
}

void TestProgrammeHtml::writesToStandardOutput()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    QString errText;
    QTextStream err(&errText);
    const int code = Cli::runExportHtml({QStringLiteral("--database"), m_database,
                                         QStringLiteral("--event"), QString::number(m_dialogue),
                                         QStringLiteral("--output"), QStringLiteral("-")},
                                        out, err);
    out.flush();
    err.flush();
    QCOMPARE(errText, QString());
    QCOMPARE(code, 0);
    QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Valdés")));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestProgrammeHtml, QStringList{})
#include "tst_programmehtml.moc"
