// The messages of podium_core (validation, refusals of the repositories,
// dropped files, the printed documents' refusals) speak the interface's
// language: English without a translation, German with the German one
// installed.
#include "domain/demodata.h"
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/organisationrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "domain/registration.h"
#include "domain/validation.h"
#include "domain/venue.h"
#include "gui.h"
#include "io/attendeelist.h"
#include "io/badgerenderer.h"
#include "io/csvreader.h"
#include "io/documentfile.h"
#include "io/icalimport.h"
#include "io/icalreader.h"
#include "io/programmedata.h"
#include "io/programmerenderer.h"
#include "io/registrationexport.h"
#include "io/registrationimport.h"
#include "models/recordcommands.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "util/droppedfile.h"
#include "util/platform.h"

#include "backendwidgettest.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Podium;
using namespace Qt::StringLiterals;

namespace {

using RI = RegistrationImport;

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList list;
    for (const ValidationIssue &issue : issues)
        list << issue.message;
    return list;
}

const RI::Row *rowAt(const RI::Plan &plan, int line)
{
    for (const RI::Row &r : plan.rows) {
        if (r.line == line)
            return &r;
    }
    return nullptr;
}

qint64 addEvent(Database &db)
{
    Event e;
    e.uid = u"messages-test@podium"_s;
    e.title.en = u"Berlin Summer Dialogue"_s;
    e.start = QDateTime(QDate(2023, 9, 19), QTime(16, 0), QTimeZone::utc());
    e.end = e.start.addSecs(3 * 3600);
    QString error;
    if (!EventRepository(db).insert(e, &error))
        qFatal("cannot add the event: %s", qPrintable(error));
    return e.id;
}

// Line 2: a person the database knows (by e-mail); line 3: a status no
// form uses; line 4: no name; line 5: an e-mail address that is none. The
// fifth column has no header and is left out.
const char registrationsCsv[] = "Vorname;Nachname;E-Mail;Status;\n"
                                "Laura;Valdés Cano;laura.valdes@example.org;angemeldet;x\n"
                                "Anna;Schmidt;anna@example.org;vielleicht;\n"
                                ";;nobody@example.org;angemeldet;\n"
                                "Jan;Berg;jan-at-example.org;;\n";

// Line 4: an event in a Windows zone with a URL that is no web address;
// line 12: the same UID again; line 18: no DTSTART; line 23: no SUMMARY.
const char calendarIcs[] = "BEGIN:VCALENDAR\r\n"
                           "VERSION:2.0\r\n"
                           "PRODID:-//Example//Outlook//EN\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:water@example.org\r\n"
                           "DTSTAMP:20230901T080000Z\r\n"
                           "DTSTART;TZID=W. Europe Standard Time:20230919T190000\r\n"
                           "DTEND;TZID=W. Europe Standard Time:20230919T210000\r\n"
                           "SUMMARY:Dialogue on water\r\n"
                           "URL:see the invitation\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:water@example.org\r\n"
                           "DTSTAMP:20230901T080000Z\r\n"
                           "DTSTART:20230920T170000Z\r\n"
                           "SUMMARY:Dialogue on water, again\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:nostart@example.org\r\n"
                           "DTSTAMP:20230901T080000Z\r\n"
                           "SUMMARY:Without a start\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:untitled@example.org\r\n"
                           "DTSTAMP:20230901T080000Z\r\n"
                           "DTSTART:20230921T170000Z\r\n"
                           "DTEND:20230921T190000Z\r\n"
                           "END:VEVENT\r\n"
                           "END:VCALENDAR\r\n";

const ICalImport::Step *stepAt(const ICalImport::Plan &plan, int line)
{
    for (const ICalImport::Step &s : plan.steps) {
        if (s.line == line)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void validationInEnglishWithoutTranslation();
    void validationInGerman();
    void repositoryRefusalsInGerman();
    void droppedFileReasonsInGerman();
    void messagesOfFreeFunctionsInGerman();
    void datesInMessagesFollowTheLanguage();
    void unknownUserInGerman();
    void importColumnsInGerman();
    void registrationImportPlanInGerman();
    void registrationImportInEnglish();
    void csvErrorInGerman();
    void calendarFileErrorsInGerman();
    void calendarImportReasonsInGerman();
    void refusalsOfExportAndDeleteInGerman();
    void organisationSettingsInGerman();
    void programmeRefusalsInGerman();
    void badgeRefusalInGerman();
    void demoDataRefusalsInGerman();
};

void TestCoreMessages::cleanup()
{
    Gui::installTranslations(u"en"_s);
}

void TestCoreMessages::validationInEnglishWithoutTranslation()
{
    QVERIFY(Gui::installTranslations(u"en"_s));
    QCOMPARE(messages(validate(Person{})), QStringList{u"Please enter a given or family name."_s});
    QList<ValidationIssue> issues;
    Validation::checkEmail(issues, u"email"_s, u"not-an-address"_s);
    QCOMPARE(messages(issues), QStringList{u"“not-an-address” is not a valid email address."_s});
}

void TestCoreMessages::validationInGerman()
{
    QVERIFY(Gui::installTranslations(u"de"_s));
    QCOMPARE(messages(validate(Person{})),
             QStringList{u"Bitte geben Sie einen Vor- oder Familiennamen ein."_s});

    QList<ValidationIssue> issues;
    Validation::checkEmail(issues, u"email"_s, u"not-an-address"_s);
    Validation::checkWebAddress(issues, u"website"_s, u"example"_s);
    Validation::checkTimeZone(issues, u"timeZone"_s, "Mars/Olympus");
    Validation::checkCapacity(issues, u"capacity"_s, -1);
    QCOMPARE(messages(issues),
             (QStringList{u"„not-an-address“ ist keine gültige E-Mail-Adresse."_s,
                          u"„example“ ist keine Webadresse; sie sollte mit https:// beginnen."_s,
                          u"Unbekannte Zeitzone „Mars/Olympus“."_s,
                          u"Die Zahl der Plätze darf nicht negativ sein."_s}));

    Event event;
    event.timeZone = "Europe/Berlin";
    const QStringList eventMessages = messages(validate(event));
    QVERIFY2(
        eventMessages.contains(u"Bitte geben Sie einen Titel auf Deutsch oder Englisch ein."_s),
        qPrintable(eventMessages.join(u'\n')));
    QVERIFY2(eventMessages.contains(u"Bitte geben Sie einen Beginn ein."_s),
             qPrintable(eventMessages.join(u'\n')));

    QCOMPARE(messages(validate(Registration{})),
             (QStringList{u"Bitte wählen Sie eine Person."_s,
                          u"Bitte wählen Sie eine Veranstaltung."_s}));
    QCOMPARE(messages(validate(Venue{})),
             QStringList{u"Bitte geben Sie den Namen des Veranstaltungsorts ein."_s});
}

void TestCoreMessages::repositoryRefusalsInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"messages.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    OrganisationRepository repo(*opened.database);
    QString error;
    Organisation a;
    a.name = u"Stiftung"_s;
    QVERIFY2(repo.insert(a, &error), qPrintable(error));
    Organisation b;
    b.name = u"Büro Bonn"_s;
    b.parentId = a.id;
    QVERIFY2(repo.insert(b, &error), qPrintable(error));
    Organisation c;
    c.name = u"Archiv"_s;
    c.parentId = b.id;
    QVERIFY2(repo.insert(c, &error), qPrintable(error));

    QVERIFY(Gui::installTranslations(u"de"_s));
    Organisation top = *repo.find(a.id);
    top.parentId = b.id;
    QVERIFY(!repo.update(top, &error));
    QCOMPARE(error, u"„Stiftung“ kann nicht Teil von „Büro Bonn“ sein, weil „Büro Bonn“ Teil von "
                    "„Stiftung“ ist."_s);
    top.parentId = c.id;
    QVERIFY(!repo.update(top, &error));
    QCOMPARE(error, u"„Stiftung“ kann nicht Teil von „Archiv“ sein, weil „Archiv“ über „Büro Bonn“ "
                    "Teil von „Stiftung“ ist."_s);
    QVERIFY(!repo.remove(a.id + 1000, &error));
    QCOMPARE(error, u"Die Organisation gibt es nicht mehr; vielleicht hat jemand sie gelöscht."_s);
}

void TestCoreMessages::droppedFileReasonsInGerman()
{
    QVERIFY(Gui::installTranslations(u"de"_s));
    const QString missing = QDir::toNativeSeparators(u"/nowhere/invitation.ics"_s);
    QCOMPARE(DroppedFile::classify(u"/nowhere/invitation.ics"_s).reason,
             u"%1 gibt es nicht."_s.arg(missing));
}

// Messages written in functions outside a class must be looked up under the
// context the translation file keeps them in (a context lupdate cannot tell
// from a helper's name would leave them in English).
void TestCoreMessages::messagesOfFreeFunctionsInGerman()
{
    QVERIFY(Gui::installTranslations(u"de"_s));
    QString error;
    QVERIFY(!readDocumentFile(u"/nowhere/briefing.pdf"_s, &error));
    QCOMPARE(error, u"%1 gibt es nicht, oder es ist keine Datei."_s.arg(
                        QDir::toNativeSeparators(u"/nowhere/briefing.pdf"_s)));
}

void TestCoreMessages::datesInMessagesFollowTheLanguage()
{
    const QDateTime start(QDate(2023, 9, 19), QTime(17, 0), QTimeZone::utc());
    const QDateTime end(QDate(2023, 9, 18), QTime(16, 0), QTimeZone::utc());
    const QDateTime lateStart(QDate(2023, 9, 19), QTime(19, 0), QTimeZone::utc());
    const auto check = [&](const QDateTime &s, const QDateTime &e) {
        QList<ValidationIssue> issues;
        Validation::checkSpan(issues, s, e, "Europe/Berlin");
        return messages(issues);
    };

    // English: the C locale's form, even where the system speaks German.
    QVERIFY(Gui::installTranslations(u"en"_s));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(check(start, end),
             QStringList{u"The end, 18 Sep 2023 18:00, is before the start, 19 Sep 2023 19:00."_s});

    // German: the German form of the day and the hour, not English inside German.
    QVERIFY(Gui::installTranslations(u"de"_s));
    QCOMPARE(check(start, end),
             QStringList{u"Das Ende, 18. Sept. 2023, 18:00 Uhr, liegt vor dem Beginn, "
                         "19. Sept. 2023, 19:00 Uhr."_s});
    QCOMPARE(check(lateStart, start),
             QStringList{u"Das Ende, 19:00 Uhr, liegt vor dem Beginn, 21:00 Uhr."_s});
}

void TestCoreMessages::unknownUserInGerman()
{
    const QByteArray names[] = {"USER", "LOGNAME", "USERNAME"};
    QList<QPair<QByteArray, QByteArray>> saved;
    for (const QByteArray &name : names) {
        if (qEnvironmentVariableIsSet(name.constData()))
            saved.append({name, qgetenv(name.constData())});
        qunsetenv(name.constData());
    }
    QCOMPARE(Platform::currentUserName(), u"unknown"_s);
    QVERIFY(Gui::installTranslations(u"de"_s));
    QCOMPARE(Platform::currentUserName(), u"unbekannt"_s);
    for (const auto &[name, value] : saved)
        qputenv(name.constData(), value);
}

void TestCoreMessages::importColumnsInGerman()
{
    QCOMPARE(RI::fieldName(RI::Field::GivenName), u"given name"_s);
    QCOMPARE(RI::fieldName(RI::Field::Honorific), u"title"_s);
    QVERIFY(Gui::installTranslations(u"de"_s));
    QStringList names;
    for (const RI::Field f : RI::allFields())
        names << RI::fieldName(f);
    QCOMPARE(names,
             (QStringList{u"(nicht importiert)"_s, u"Anrede/Titel"_s, u"Vorname"_s, u"Nachname"_s,
                          u"vollständiger Name"_s, u"E-Mail"_s, u"Organisation"_s, u"Funktion"_s,
                          u"Telefon"_s, u"Status"_s, u"Bedarf"_s, u"Notizen"_s}));
}

void TestCoreMessages::registrationImportPlanInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"import.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = addEvent(db);
    Person laura;
    laura.givenName = u"Laura"_s;
    laura.familyName = u"Valdés Cano"_s;
    laura.email = u"laura.valdes@example.org"_s;
    QString error;
    QVERIFY2(PersonRepository(db).insert(laura, &error), qPrintable(error));

    QVERIFY(Gui::installTranslations(u"de"_s));
    const RI::Source source = RI::read(QByteArray(registrationsCsv));
    QCOMPARE(source.error, QString());
    const RI::Plan plan = RI::plan(db, event, source);
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.ignoredHeaders, QStringList{u"(Spalte 5)"_s});
    QCOMPARE(plan.rows.size(), 4);
    QCOMPARE(rowAt(plan, 2)->rejection, QString());
    QCOMPARE(rowAt(plan, 2)->matchedBy, u"der E-Mail-Adresse"_s);
    QCOMPARE(rowAt(plan, 3)->rejection,
             u"Unbekannter Status „vielleicht“; verwenden Sie angemeldet, eingeladen, Warteliste, "
             "bestätigt, abgesagt, teilgenommen oder nicht erschienen (oder die englischen "
             "Wörter)."_s);
    QCOMPARE(rowAt(plan, 4)->rejection, u"Der Name fehlt."_s);
    QCOMPARE(rowAt(plan, 5)->rejection,
             u"„jan-at-example.org“ ist keine gültige E-Mail-Adresse."_s);

    const RI::Result result = RI::apply(db, plan, RI::ApplyOptions());
    QVERIFY(!result.ok);
    QCOMPARE(result.error, u"3 Zeilen werden abgelehnt; es wurde nichts importiert. Korrigieren "
                           "Sie sie in der Datei und importieren Sie die Datei erneut."_s);

    // Two columns that say the same thing, and none that holds the names.
    RI::Source twice = RI::read("Vorname;Nachname;Kontakt;E-Mail\nAnna;Schmidt;a@example.org;\n");
    twice.setMapping(2, RI::Field::Email);
    QCOMPARE(
        RI::plan(db, event, twice).error,
        u"Die Spalten „Kontakt“ und „E-Mail“ sind beide dem Feld E-Mail zugeordnet; ordnen Sie "
        "eine davon etwas anderem zu."_s);
    const RI::Source nameless = RI::read("E-Mail\na@example.org\n");
    QCOMPARE(RI::plan(db, event, nameless).error,
             u"Keine Spalte enthält die Namen: Ordnen Sie eine Spalte dem Vornamen, dem "
             "Nachnamen oder dem vollständigen Namen zu."_s);
    QCOMPARE(RI::plan(db, event + 1000, source).error,
             u"Es gibt keine Veranstaltung mit der ID %1."_s.arg(event + 1000));
}

// The English file holds the plural forms of the English text.
void TestCoreMessages::registrationImportInEnglish()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"import-en.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = addEvent(db);
    QVERIFY(Gui::installTranslations(u"en"_s));
    const RI::Plan plan = RI::plan(db, event, RI::read("Name;Status\nAnna Schmidt;maybe\n"));
    QCOMPARE(plan.rejectedCount(), 1);
    QCOMPARE(plan.rows.first().rejection,
             u"Unknown status “maybe”; use registered, invited, waitlisted, confirmed, "
             "cancelled, attended or no-show (or the German words)."_s);
    const RI::Result result = RI::apply(db, plan, RI::ApplyOptions());
    QCOMPARE(result.error, u"1 row is rejected; nothing was imported. Correct it in the file "
                           "and import it again."_s);
}

void TestCoreMessages::csvErrorInGerman()
{
    QVERIFY(Gui::installTranslations(u"de"_s));
    const RI::Source source = RI::read("Name;Status\nAnna Schmidt;\"angemeldet\nJan Berg;\n");
    QCOMPARE(source.error, u"Ein Feld in Anführungszeichen, das in Zeile 2 beginnt, wird nie "
                           "geschlossen: Ein Anführungszeichen fehlt."_s);
    QCOMPARE(RI::read(QByteArray()).error, u"Die Datei ist leer."_s);
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Utf8WithBom),
             u"UTF-8 mit Byte-Order-Mark"_s);
}

void TestCoreMessages::calendarFileErrorsInGerman()
{
    QVERIFY(Gui::installTranslations(u"de"_s));
    const ICalReader::Options options;
    QCOMPARE(ICalReader::read("Hello\r\n", options).error,
             u"Dies ist keine iCalendar-Datei: Zeile 1 lautet „Hello“, wo eine iCalendar-Datei "
             "mit BEGIN:VCALENDAR beginnt."_s);
    QCOMPARE(ICalReader::read("\r\n", options).error,
             u"Die Datei ist leer; eine iCalendar-Datei beginnt mit BEGIN:VCALENDAR."_s);
    QCOMPARE(ICalReader::read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\n"
                              "END:VCALENDAR\r\n",
                              options)
                 .error,
             u"Zeile 3: END:VTODO kann BEGIN:VEVENT aus Zeile 2 nicht schließen."_s);
    QCOMPARE(ICalReader::read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", options).error,
             u"Die Datei endet in Zeile 2, bevor BEGIN:VEVENT aus Zeile 2 durch END:VEVENT "
             "geschlossen wird."_s);

    const ICalReader::Result read = ICalReader::read(calendarIcs, options);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.entries.size(), 4);
    QCOMPARE(read.entries.at(0).zoneNote,
             u"Windows-Zeitzone „W. Europe Standard Time“ als Europe/Berlin gelesen"_s);
    QCOMPARE(read.entries.at(2).skipReason, u"die Veranstaltung hat kein DTSTART"_s);
}

void TestCoreMessages::calendarImportReasonsInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"calendar.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;

    QVERIFY(Gui::installTranslations(u"de"_s));
    ICalImport::Options options;
    options.language = Language::English;
    const ICalImport::Plan plan = ICalImport::plan(db, calendarIcs, options);
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.steps.size(), 4);
    QCOMPARE(stepAt(plan, 4)->action, ICalImport::Action::Create);
    QCOMPARE(stepAt(plan, 4)->reason,
             u"Windows-Zeitzone „W. Europe Standard Time“ als Europe/Berlin gelesen; die URL „see "
             "the invitation“ ist keine Webadresse und wurde weggelassen"_s);
    QCOMPARE(stepAt(plan, 12)->reason, u"dieselbe Veranstaltung wie in Zeile 4"_s);
    QCOMPARE(stepAt(plan, 18)->reason, u"die Veranstaltung hat kein DTSTART"_s);
    QCOMPARE(stepAt(plan, 23)->reason,
             u"die Veranstaltung hat kein SUMMARY, braucht aber einen Titel"_s);
    QString error;
    QVERIFY2(ICalImport::apply(db, plan, &error), qPrintable(error));

    // The same file again, and once more with a new title and start.
    const ICalImport::Plan again = ICalImport::plan(db, calendarIcs, options);
    QCOMPARE(stepAt(again, 4)->reason, u"unverändert"_s);
    QByteArray changedIcs(calendarIcs);
    changedIcs.replace("SUMMARY:Dialogue on water\r\n", "SUMMARY:Dialogue on rivers\r\n");
    changedIcs.replace("DTSTART;TZID=W. Europe Standard Time:20230919T190000",
                       "DTSTART;TZID=W. Europe Standard Time:20230919T180000");
    const ICalImport::Plan changed = ICalImport::plan(db, changedIcs, options);
    QCOMPARE(stepAt(changed, 4)->action, ICalImport::Action::Update);
    QVERIFY2(stepAt(changed, 4)->reason.startsWith(u"geändert: Titel, Beginn; "_s),
             qPrintable(stepAt(changed, 4)->reason));
}

void TestCoreMessages::refusalsOfExportAndDeleteInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"refusals.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = addEvent(db);

    QVERIFY(Gui::installTranslations(u"de"_s));
    QByteArray data;
    int rows = 0;
    QString error;
    QVERIFY(!RegistrationExport::write(db, event + 1000, RegistrationExport::Options(), &data,
                                       &rows, &error));
    QCOMPARE(error, u"Es gibt keine Veranstaltung mit der ID %1."_s.arg(event + 1000));

    DeleteRecordCommand command(db, u"event"_s, event + 1000, u"Delete an event"_s, {});
    QVERIFY(!command.execute(&error));
    QCOMPARE(error, u"Den Datensatz gibt es nicht mehr; vielleicht hat ihn jemand gelöscht."_s);
}

// The Settings dialog shows these beside the fields; the command line's
// `settings` command, with no translation, stays English.
void TestCoreMessages::organisationSettingsInGerman()
{
    OrganisationSettings settings;
    settings.organiserEmail = u"events-at-example.org"_s;
    settings.retentionMonths = 0;
    settings.foundationLogo = QByteArray(2 * 1024 * 1024 + 1, 'x');

    QVERIFY(Gui::installTranslations(u"en"_s));
    QCOMPARE(messages(settings.validate()),
             (QStringList{u"Please enter the foundation's name; it heads every programme."_s,
                          u"“events-at-example.org” is not a valid email address."_s,
                          u"The retention period must be between 1 and 240 months."_s,
                          u"The logo is larger than 2 MB; please choose a smaller file."_s}));

    QVERIFY(Gui::installTranslations(u"de"_s));
    QCOMPARE(
        messages(settings.validate()),
        (QStringList{u"Bitte geben Sie den Namen der Stiftung ein; er steht über jedem "
                     "Programm."_s,
                     u"„events-at-example.org“ ist keine gültige E-Mail-Adresse."_s,
                     u"Die Aufbewahrungsfrist muss zwischen 1 und 240 Monaten liegen."_s,
                     u"Das Logo ist größer als 2 MB; bitte wählen Sie eine kleinere Datei."_s}));

    // Saving refuses with the same words, and writes nothing.
    Testing::TestDatabases databases;
    auto opened = databases.create(u"settings.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    settings.foundationName = u"Stiftung Entwicklung und Frieden"_s;
    settings.organiserEmail.clear();
    settings.foundationLogo.clear();
    QString error;
    QVERIFY(!settings.save(*opened.database, &error));
    QCOMPARE(error, u"Die Aufbewahrungsfrist muss zwischen 1 und 240 Monaten liegen."_s);
    QCOMPARE(OrganisationSettings::load(*opened.database).foundationName, QString());
}

// What printing or exporting a programme answers in the window; the
// programme itself keeps the language chosen for it.
void TestCoreMessages::programmeRefusalsInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"programme.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = addEvent(db);

    QVERIFY(Gui::installTranslations(u"de"_s));
    QString error;
    QVERIFY(!ProgrammeData::load(db, event + 1000, QString(), &error));
    QCOMPARE(error, u"Es gibt keine Veranstaltung mit der ID %1."_s.arg(event + 1000));

    const std::optional<ProgrammeData> data = ProgrammeData::load(db, event, QString(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->language, u"en"_s);
    // A printer that cannot start: a file in a folder that is not there.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QPdfWriter writer(dir.filePath(u"missing/programme.pdf"_s));
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!ProgrammeRenderer({}).paint(*data, writer, &error));
    QCOMPARE(error, u"Der Druck des Programms kann nicht gestartet werden."_s);
}

void TestCoreMessages::badgeRefusalInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"badges.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = addEvent(db);

    QVERIFY(Gui::installTranslations(u"de"_s));
    QString error;
    const std::optional<AttendeeList> list =
        AttendeeList::load(db, event, AttendeeList::Selection::Badges, QString(), &error);
    QVERIFY2(list, qPrintable(error));
    QVERIFY(list->people.isEmpty());
    QVERIFY(BadgeRenderer(BadgeRenderer::Layout::A4TwoByFour).render(*list, &error).isEmpty());
    QCOMPARE(error, u"Die Veranstaltung hat weder angemeldete Gäste noch bestätigte Mitwirkende, "
                    "für die Namensschilder gedruckt werden könnten."_s);
}

// The window fills a new database with the demo data on the first start.
void TestCoreMessages::demoDataRefusalsInGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(u"demo.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;

    QVERIFY(Gui::installTranslations(u"de"_s));
    QString error;
    QVERIFY(!DemoData::populate(db, QDate(), &error));
    QCOMPARE(error, u"Die Beispieldaten brauchen ein gültiges heutiges Datum."_s);
    addEvent(db);
    QVERIFY(!DemoData::populate(db, QDate(2023, 9, 1), &error));
    QCOMPARE(error, u"Die Datenbank enthält bereits Organisationen, Personen oder "
                    "Veranstaltungen; die Beispieldaten werden nur einer leeren Datenbank "
                    "hinzugefügt."_s);
}

// A QApplication, as in the window: the printed documents need one.
PODIUM_BACKEND_WIDGET_TEST_MAIN(TestCoreMessages, QStringList{})
#include "tst_coremessages.moc"
