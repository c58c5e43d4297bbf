// The papers of an evening besides the programme: the sign-in sheet, the
// list of participants and the name badges, made with `podium export` in
// process and read back with poppler-utils as a printer would see them.
#include "backendwidgettest.h"
#include "cli.h"
#include "commandsupport.h"
#include "demodatabase.h"
#include "eventexportoptions.h"
#include "exportprint.h"
#include "io/badgerenderer.h"
#include "pdftestsupport.h"

#include "domain/demodata.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/registrationrepository.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/clock.h"

#include <QFile>
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

// Exactly sixty characters, the longest name a badge is tested with.
const QString longGiven = QStringLiteral("Maximiliane Theodora Wilhelmine");
const QString longFamily = QStringLiteral("von Hohenzollern-Sigmaringen");

} // namespace

class TestPrintDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventExportOptions_data();
    void eventExportOptions();
    void signInSheetInGermanOrder();
    void signInSheetHeadsEveryPage_data();
    void signInSheetHeadsEveryPage();
    void participantListOnlyWithConsent();
    void badgesForGuestsAndSpeakers_data();
    void badgesForGuestsAndSpeakers();
    void longNameStaysInsideItsBadge_data();
    void longNameStaysInsideItsBadge();
    void demoEventBadges();
    void exportListsTheFormats();
    void usageErrorsAndFailures_data();
    void usageErrorsAndFailures();

private:
    QString exported(int (*command)(const QStringList &, QTextStream &, QTextStream &),
                     const QString &name, const QStringList &extra);

    // Documents are written here.
    QTemporaryDir m_dir;
    // The demo database: a file, or a database on the server named by
    // PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    QString m_database;
    qint64 m_dialogue = 0;
    qint64 m_event = 0;
    int m_expectedGuests = 0;
    int m_consenting = 0;
};

void TestPrintDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_databases.newLocation(QStringLiteral("print.podium"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_databases.error()));
    QString error;
    const auto database = DemoDatabase::create(m_database, &m_dialogue, &error);
    QVERIFY2(database, qPrintable(error));
    Database &db = *database;

    RecordStore store(db);
    const QDateTime start(QDate(2026, 6, 16), QTime(18, 30), QTimeZone("Europe/Berlin"));
    m_event =
        store.insert(QStringLiteral("event"),
                     {{QStringLiteral("uid"), QStringLiteral("sign-in@podium.test")},
                      {QStringLiteral("title_en"), QStringLiteral("Water for growing cities")},
                      {QStringLiteral("title_de"), QStringLiteral("Wasser für wachsende Städte")},
                      {QStringLiteral("start_utc"), Clock::toStorage(start)},
                      {QStringLiteral("end_utc"), Clock::toStorage(start.addSecs(7200))},
                      {QStringLiteral("title_key"), QStringLiteral("water for growing cities")}},
                     QStringLiteral("Event added"), &error);
    QVERIFY2(m_event > 0, qPrintable(error));

    OrganisationRepository organisations(db);
    Organisation water;
    water.name = QStringLiteral("Städtische Wasserbetriebe Nordrhein-Westfalen");
    QVERIFY2(organisations.insert(water, &error), qPrintable(error));

    PersonRepository people(db);
    RegistrationRepository registrations(db);
    const QDateTime consentAt(QDate(2026, 5, 2), QTime(10, 0), QTimeZone::utc());
    auto addPerson = [&](const QString &given, const QString &family, bool consent,
                         RegistrationStatus status) -> qint64 {
        Person p;
        p.givenName = given;
        p.familyName = family;
        p.organisationId = water.id;
        if (consent)
            p.consentList = {true, consentAt};
        if (!people.insert(p, &error))
            return 0;
        Registration r;
        r.personId = p.id;
        r.eventId = m_event;
        r.status = status;
        if (!registrations.insert(r, &error))
            return 0;
        return p.id;
    };
    // The names that German collation puts in order: Ä with A, Ö with O.
    const struct
    {
        const char *given;
        const char *family;
        bool consent;
    } special[] = {
        {"Anna", "Albers", true}, {"Bernd", "Ärger", false}, {"Clara", "Bauer", true},
        {"Ida", "Ohm", false},    {"Deniz", "Öztürk", true}, {"Paula", "Pauli", false},
        {"Zoë", "Zander", true},
    };
    for (const auto &s : special) {
        QVERIFY2(addPerson(QString::fromUtf8(s.given), QString::fromUtf8(s.family), s.consent,
                           RegistrationStatus::Registered) > 0,
                 qPrintable(error));
        ++m_expectedGuests;
        m_consenting += s.consent ? 1 : 0;
    }
    QVERIFY2(addPerson(longGiven, longFamily, false, RegistrationStatus::Confirmed) > 0,
             qPrintable(error));
    ++m_expectedGuests;
    // Enough guests for several pages, in every status that comes to the door.
    const char *const families[] = {
        "Becker",  "Fischer", "Hoffmann", "Klein",     "Koch",   "Krüger", "Lange", "Meyer",
        "Richter", "Schäfer", "Schmidt",  "Schneider", "Schulz", "Wagner", "Weber", "Wolf"};
    const char *const givens[] = {"Jonas", "Lena", "Paul", "Marie", "Felix"};
    const RegistrationStatus coming[] = {RegistrationStatus::Registered,
                                         RegistrationStatus::Confirmed,
                                         RegistrationStatus::Attended};
    int n = 0;
    for (const char *family : families) {
        for (const char *given : givens) {
            const bool consent = n % 3 == 0;
            QVERIFY2(addPerson(QString::fromUtf8(given), QString::fromUtf8(family), consent,
                               coming[n % 3]) > 0,
                     qPrintable(error));
            ++n;
            ++m_expectedGuests;
            m_consenting += consent ? 1 : 0;
        }
    }
    // Not expected at the door: never on a list, never a badge.
    QVERIFY(addPerson(QStringLiteral("Walter"), QStringLiteral("Wartend"), true,
                      RegistrationStatus::Waitlisted) > 0);
    QVERIFY(addPerson(QStringLiteral("Carla"), QStringLiteral("Abgesagt"), true,
                      RegistrationStatus::Cancelled) > 0);
    QVERIFY(addPerson(QStringLiteral("Ines"), QStringLiteral("Eingeladen"), true,
                      RegistrationStatus::Invited) > 0);

    // Speakers: one confirmed, one only asked, one who declined, and a
    // confirmed speaker who also registered as a guest (one badge, as speaker).
    auto addSpeaker = [&](const QString &given, const QString &family, const QString &role,
                          const QString &status) {
        Person p;
        p.givenName = given;
        p.familyName = family;
        if (!people.insert(p, &error))
            return qint64(0);
        return store.insert(QStringLiteral("role"),
                            {{QStringLiteral("person_id"), p.id},
                             {QStringLiteral("event_id"), m_event},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("status"), status}},
                            QStringLiteral("Role added"), &error);
    };
    QVERIFY2(addSpeaker(QStringLiteral("Selin"), QStringLiteral("Redner"),
                        QStringLiteral("keynote"), QStringLiteral("confirmed")) > 0,
             qPrintable(error));
    QVERIFY2(addSpeaker(QStringLiteral("Otto"), QStringLiteral("Gefragt"),
                        QStringLiteral("panellist"), QStringLiteral("asked")) > 0,
             qPrintable(error));
    QVERIFY2(addSpeaker(QStringLiteral("Doris"), QStringLiteral("Abgelehnt"),
                        QStringLiteral("panellist"), QStringLiteral("declined")) > 0,
             qPrintable(error));
    const qint64 both = db.scalar(QStringLiteral("SELECT id FROM person WHERE family_name = ?"),
                                  {QStringLiteral("Albers")})
                            .toLongLong();
    QVERIFY(store.insert(QStringLiteral("role"),
                         {{QStringLiteral("person_id"), both},
                          {QStringLiteral("event_id"), m_event},
                          {QStringLiteral("role"), QStringLiteral("chair")},
                          {QStringLiteral("status"), QStringLiteral("confirmed")}},
                         QStringLiteral("Role added"), &error) > 0);
}

QString TestPrintDocuments::exported(int (*command)(const QStringList &, QTextStream &,
                                                    QTextStream &),
                                     const QString &name, const QStringList &extra)
{
    const QString path = m_dir.filePath(name);
    const Run r = run(command, QStringList{QStringLiteral("--database"), m_database,
                                           QStringLiteral("--event"), QString::number(m_event),
                                           QStringLiteral("--output"), path} +
                                   extra);
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning("export failed (%d): %s", r.exitCode, qPrintable(r.err));
        return {};
    }
    return path;
}

void TestPrintDocuments::signInSheetInGermanOrder()
{
    const QString file = exported(&Cli::runExportSignin, QStringLiteral("signin.pdf"), {});
    QVERIFY(!file.isEmpty());
    const QString text = pdfText(file);
    QVERIFY2(!text.isEmpty(), "pdftotext gave no text");
    const QStringList order = {
        QStringLiteral("1 Albers, Anna"), QStringLiteral("2 Ärger, Bernd"),
        QStringLiteral("3 Bauer, Clara"), QStringLiteral("Becker, Felix"),
        QStringLiteral("Krüger, Felix"),  QStringLiteral("Lange, Felix"),
        QStringLiteral("Ohm, Ida"),       QStringLiteral("Öztürk, Deniz"),
        QStringLiteral("Pauli, Paula"),   QStringLiteral("Schäfer, Felix"),
        QStringLiteral("Schmidt, Felix"), QStringLiteral("von Hohenzollern-"),
        QStringLiteral("Wagner, Felix"),  QStringLiteral("Zander, Zoë"),
    };
    const QString missing = firstOutOfOrder(text, order);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(missing, text)));
    QVERIFY2(text.contains(QStringLiteral("%1 Zander, Zoë").arg(m_expectedGuests)),
             qPrintable(text));
    for (const QString &absent : {QStringLiteral("Wartend"), QStringLiteral("Abgesagt"),
                                  QStringLiteral("Eingeladen"), QStringLiteral("Redner")})
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    QVERIFY(text.contains(QStringLiteral("Städtische Wasserbetriebe Nordrhein-Westfalen")));
}

void TestPrintDocuments::signInSheetHeadsEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("heads");
    QTest::addColumn<QString>("pageOf");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Water for growing cities")
                             << QStringLiteral("Tuesday, 16 June 2026, 18:30")
                             << QStringLiteral("NO. NAME ORGANISATION SIGNATURE")
                             << QStringLiteral("Page %1 of %2");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Wasser für wachsende Städte")
                            << QStringLiteral("Dienstag, 16. Juni 2026, 18:30")
                            << QStringLiteral("NR. NAME ORGANISATION UNTERSCHRIFT")
                            << QStringLiteral("Seite %1 von %2");
}

void TestPrintDocuments::signInSheetHeadsEveryPage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QString, heads);
    QFETCH(QString, pageOf);
    const QString file =
        exported(&Cli::runExportSignin, QStringLiteral("signin-%1.pdf").arg(language),
                 {QStringLiteral("--language"), language});
    QVERIFY(!file.isEmpty());
    const int pages = pageCount(file);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QList<int> numbers;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(file, page);
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(date), qPrintable(text));
        QVERIFY2(text.contains(heads), qPrintable(text));
        QVERIFY2(text.endsWith(pageOf.arg(page).arg(pages)), qPrintable(text.right(80)));
        // Every row is whole on one page: its number and the name of its
        // guest stand together, numbered on from the page before.
        static const QRegularExpression row(QStringLiteral("(?<!, )\\b(\\d+) (?:von )?\\p{Lu}"));
        for (auto it = row.globalMatch(text); it.hasNext();)
            numbers.append(it.next().captured(1).toInt());
    }
    QCOMPARE(numbers.size(), m_expectedGuests);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
    const Tool info = runTool(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Page size:\\s+595 x 842"))),
             qPrintable(info.out));
}

void TestPrintDocuments::participantListOnlyWithConsent()
{
    const QString file =
        exported(&Cli::runExportParticipants, QStringLiteral("participants.pdf"), {});
    QVERIFY(!file.isEmpty());
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QLatin1StringView("PARTICIPANTS")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1StringView("SIGNATURE")), qPrintable(text));
    const QString missing =
        firstOutOfOrder(text, {QStringLiteral("Albers, Anna"), QStringLiteral("Bauer, Clara"),
                               QStringLiteral("Öztürk, Deniz"), QStringLiteral("Zander, Zoë")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing + QLatin1Char('\n') + text));
    for (const QString &absent :
         {QStringLiteral("Ärger"), QStringLiteral("Ohm, Ida"), QStringLiteral("Pauli"),
          QStringLiteral("Hohenzollern"), QStringLiteral("Wartend"), QStringLiteral("Abgesagt")})
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    QVERIFY2(text.contains(QStringLiteral("%1 Zander, Zoë").arg(m_consenting)), qPrintable(text));

    const QString german =
        exported(&Cli::runExportParticipants, QStringLiteral("participants-de.pdf"),
                 {QStringLiteral("--language"), QStringLiteral("de")});
    QVERIFY(!german.isEmpty());
    const QString germanText = pdfText(german);
    QVERIFY2(germanText.contains(QLatin1StringView("TEILNEHMENDE")), qPrintable(germanText));
    QVERIFY2(germanText.contains(QLatin1StringView("Seite 1 von")), qPrintable(germanText));
}

void TestPrintDocuments::badgesForGuestsAndSpeakers_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("perPage");
    QTest::newRow("2 × 4 on A4") << QStringLiteral("a4-2x4") << 8;
    QTest::newRow("A6") << QStringLiteral("a6") << 1;
}

void TestPrintDocuments::badgesForGuestsAndSpeakers()
{
    QFETCH(QString, layout);
    QFETCH(int, perPage);
    const QString file =
        exported(&Cli::runExportBadges, QStringLiteral("badges-%1.pdf").arg(layout),
                 {QStringLiteral("--layout"), layout});
    QVERIFY(!file.isEmpty());
    // The guests, and one confirmed speaker who is not also a guest.
    const int badges = m_expectedGuests + 1;
    QCOMPARE(pageCount(file), (badges + perPage - 1) / perPage);
    const QString text = pdfText(file);
    QCOMPARE(int(text.count(QStringLiteral("Water for growing cities · Tuesday, 16 June 2026"))),
             badges);
    QVERIFY2(text.contains(QLatin1StringView("Selin Redner")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("KEYNOTE")), qPrintable(text));
    QCOMPARE(int(text.count(QLatin1StringView("Anna Albers"))), 1);
    QVERIFY2(text.contains(QLatin1StringView("CHAIR")), qPrintable(text));
    for (const QString &absent :
         {QStringLiteral("Gefragt"), QStringLiteral("Abgelehnt"), QStringLiteral("Wartend")})
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    const Tool info = runTool(QStringLiteral("pdfinfo"), {file});
    const QString size = layout == QLatin1StringView("a6") ? QStringLiteral("420 x 297")
                                                           : QStringLiteral("595 x 842");
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Page size:\\s+") + size)),
             qPrintable(info.out));
}

void TestPrintDocuments::longNameStaysInsideItsBadge_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("2 × 4 on A4") << QStringLiteral("a4-2x4");
    QTest::newRow("A6") << QStringLiteral("a6");
}

void TestPrintDocuments::longNameStaysInsideItsBadge()
{
    QFETCH(QString, layout);
    QCOMPARE((longGiven + QLatin1Char(' ') + longFamily).size(), 60);
    BadgeRenderer::Layout kind;
    QVERIFY(BadgeRenderer::layoutFromName(layout, &kind));
    const QString file = exported(&Cli::runExportBadges, QStringLiteral("long-%1.pdf").arg(layout),
                                  {QStringLiteral("--layout"), layout});
    QVERIFY(!file.isEmpty());
    const QList<Word> all = words(file);
    QVERIFY2(!all.isEmpty(), "pdftotext -bbox gave no words");
    const QStringList name = (longGiven + QLatin1Char(' ') + longFamily).split(QLatin1Char(' '));
    qsizetype start = -1;
    for (qsizetype i = 0; i + name.size() <= all.size() && start < 0; ++i) {
        bool match = true;
        for (qsizetype k = 0; k < name.size() && match; ++k)
            match = all[i + k].text == name[k];
        if (match)
            start = i;
    }
    QVERIFY2(start >= 0, "the long name is not on any badge, or not whole");
    // The badge the name is on: the one holding its first word.
    const Word &first = all[start];
    QRectF badge;
    for (int slot = 0; slot < BadgeRenderer::badgesPerPage(kind); ++slot) {
        if (BadgeRenderer::badgeRectPt(kind, slot).contains(first.box.center()))
            badge = BadgeRenderer::badgeRectPt(kind, slot);
    }
    QVERIFY(badge.isValid());
    // Inside the badge with room to spare: a name may not touch the cut.
    const qreal margin = 3 * 72 / 25.4;
    const QRectF inner = badge.adjusted(margin, margin, -margin, -margin);
    qreal height = 0;
    for (qsizetype k = 0; k < name.size(); ++k) {
        const Word &w = all[start + k];
        QCOMPARE(w.page, first.page);
        QVERIFY2(inner.contains(w.box),
                 qPrintable(QStringLiteral("\"%1\" at %2,%3–%4,%5 leaves %6,%7–%8,%9")
                                .arg(w.text)
                                .arg(w.box.left())
                                .arg(w.box.top())
                                .arg(w.box.right())
                                .arg(w.box.bottom())
                                .arg(inner.left())
                                .arg(inner.top())
                                .arg(inner.right())
                                .arg(inner.bottom())));
        height = qMax(height, w.box.height());
    }
    // Shrunk, but still a name one reads at arm's length.
    QVERIFY2(height >= badge.width() * 0.045, qPrintable(QString::number(height)));
}

void TestPrintDocuments::demoEventBadges()
{
    const QString file = m_dir.filePath(QStringLiteral("demo-badges.pdf"));
    const Run r = run(&Cli::runExportBadges,
                      {QStringLiteral("--database"), m_database, QStringLiteral("--event"),
                       QString::number(m_dialogue), QStringLiteral("--output"), file});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(file);
    // 18 guests came to the demo evening; four speakers were on the podium.
    QCOMPARE(int(text.count(QStringLiteral("Can cities save the world? · Tuesday"))), 22);
    const QString missing = firstOutOfOrder(
        text, {QStringLiteral("Alfredo Malaret Baldo"), QStringLiteral("Laura Valdés Cano")});
    QVERIFY2(missing.isEmpty(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nora Witt")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("PANELLIST")), qPrintable(text));
    QCOMPARE(pageCount(file), 3);
}

void TestPrintDocuments::exportListsTheFormats()
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(Cli::execute({QStringLiteral("export"), QStringLiteral("--help")}, out, err), 0);
    out.flush();
    for (const QString &format : {QStringLiteral("signin"), QStringLiteral("participants"),
                                  QStringLiteral("badges"), QStringLiteral("html")})
        QVERIFY2(outText.contains(QStringLiteral("  ") + format), qPrintable(outText));
    // The table dispatches to the command itself, not to another one.
    QCOMPARE(
        Cli::execute({QStringLiteral("export"), QStringLiteral("badges"), QStringLiteral("--help")},
                     out, err),
        0);
    out.flush();
    QVERIFY2(outText.contains(QLatin1StringView("a4-2x4|a6")), qPrintable(outText));
}

using Command = int (*)(const QStringList &, QTextStream &, QTextStream &);
Q_DECLARE_METATYPE(Command)

void TestPrintDocuments::usageErrorsAndFailures_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const struct
    {
        const char *name;
        Command command;
    } commands[] = {{"signin", &Cli::runExportSignin},
                    {"participants", &Cli::runExportParticipants},
                    {"badges", &Cli::runExportBadges},
                    {"html", &Cli::runExportHtml}};
    const QString db = QStringLiteral("DB");
    const QString out = QStringLiteral("OUT");
    for (const auto &c : commands) {
        const QString name = QString::fromLatin1(c.name);
        auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", c.name, what) << c.command << name;
        };
        row("no database") << QStringList{QStringLiteral("--event"), QStringLiteral("1"),
                                          QStringLiteral("--output"), out}
                           << 2 << QStringLiteral("--database FILE is required");
        row("no event") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"),
                                       out}
                        << 2 << QStringLiteral("--event ID is required");
        row("no output") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--event"),
                                        QStringLiteral("1")}
                         << 2 << QStringLiteral("--output FILE is required");
        row("unknown language") << QStringList{QStringLiteral("--database"), db,
                                               QStringLiteral("--event"),    QStringLiteral("1"),
                                               QStringLiteral("--output"),   out,
                                               QStringLiteral("--language"), QStringLiteral("fr")}
                                << 2 << QStringLiteral("Unknown language \"fr\"");
        row("stray argument") << QStringList{QStringLiteral("--database"), db,
                                             QStringLiteral("--event"),    QStringLiteral("1"),
                                             QStringLiteral("--output"),   out,
                                             QStringLiteral("extra")}
                              << 2 << QStringLiteral("Unexpected argument \"extra\"");
        row("unknown event") << QStringList{QStringLiteral("--database"), db,
                                            QStringLiteral("--event"),    QStringLiteral("999"),
                                            QStringLiteral("--output"),   out}
                             << 1 << QStringLiteral("There is no event with the id 999.");
        row("unknown event UID")
            << QStringList{QStringLiteral("--database"), db,
                           QStringLiteral("--event"),    QStringLiteral("nobody@nowhere"),
                           QStringLiteral("--output"),   out}
            << 1 << QStringLiteral("There is no event with the UID nobody@nowhere.");
        row("missing database") << QStringList{QStringLiteral("--database"),
                                               QStringLiteral("MISSING"),
                                               QStringLiteral("--event"),
                                               QStringLiteral("1"),
                                               QStringLiteral("--output"),
                                               out}
                                << 1 << QString();
        if (name == QLatin1StringView("badges"))
            row("unknown layout") << QStringList{QStringLiteral("--database"), db,
                                                 QStringLiteral("--event"),    QStringLiteral("1"),
                                                 QStringLiteral("--output"),   out,
                                                 QStringLiteral("--layout"),   QStringLiteral("a5")}
                                  << 2 << QStringLiteral("Unknown layout \"a5\"");
        else
            row("layout is for badges")
                << QStringList{QStringLiteral("--database"), db,
                               QStringLiteral("--event"),    QStringLiteral("1"),
                               QStringLiteral("--output"),   out,
                               QStringLiteral("--layout"),   QStringLiteral("a6")}
                << 2 << QStringLiteral("layout");
    }
}

void TestPrintDocuments::usageErrorsAndFailures()
{
    QFETCH(Command, command);
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString target = m_dir.filePath(QStringLiteral("never-written"));
    for (QString &a : arguments) {
        if (a == QLatin1StringView("DB"))
            a = m_database;
        else if (a == QLatin1StringView("MISSING"))
            a = m_dir.filePath(QStringLiteral("missing.podium"));
        else if (a == QLatin1StringView("OUT"))
            a = target;
    }
    const Run r = run(command, arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(QStringLiteral("podium export %1: ").arg(name)), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(target));
}

void TestPrintDocuments::eventExportOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList all{QStringLiteral("--database"), QStringLiteral("a.podium"),
                          QStringLiteral("--event"),    QStringLiteral("7"),
                          QStringLiteral("--output"),   QStringLiteral("-")};
    QTest::newRow("complete") << all << -1 << QString();
    // The positional argument is named first, then the options in order.
    QTest::newRow("extra argument") << QStringList{QStringLiteral("extra")} << 2
                                    << QStringLiteral("Unexpected argument \"extra\".");
    QTest::newRow("nothing") << QStringList() << 2
                             << QStringLiteral("--database FILE is required.");
    QTest::newRow("no event") << all.mid(0, 2) + all.mid(4) << 2
                              << QStringLiteral("--event ID is required.");
    QTest::newRow("no output") << all.mid(0, 4) << 2 << QStringLiteral("--output FILE is required");
}

void TestPrintDocuments::eventExportOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    Cli::CommandSupport cmd(QStringLiteral("export test"), QStringLiteral("A test."), out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("event"), QStringLiteral("Event."),
                                              QStringLiteral("ID")));
    cmd.addOutputOption();
    QCOMPARE(cmd.parse(arguments), -1);
    QString event = QStringLiteral("unset");
    QCOMPARE(Cli::checkEventExportOptions(cmd, &event), code);
    err.flush();
    if (code < 0) {
        QCOMPARE(event, QStringLiteral("7"));
        QCOMPARE(errText, QString());
    } else {
        QCOMPARE(event, QStringLiteral("unset"));
        QVERIFY2(errText.contains(message), qPrintable(errText));
    }
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestPrintDocuments, QStringList{})
#include "tst_printdocuments.moc"
