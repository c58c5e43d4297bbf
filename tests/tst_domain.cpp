// Value types and their validation rules, without a database.
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/event.h"
#include "domain/language.h"
#include "domain/localizedtext.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/programmeitem.h"
#include "domain/registration.h"
#include "domain/role.h"
#include "domain/room.h"
#include "domain/series.h"
#include "domain/validation.h"
#include "domain/venue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Podium;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return dt.toUTC();
}

QStringList messagesFor(const QList<ValidationIssue> &issues, const QString &field)
{
    QStringList out;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field)
            out << issue.message;
    }
    return out;
}

Event validEvent()
{
    Event e;
    e.title = {QStringLiteral("Can cities save the world?"), QString()};
    e.start = utc("2023-09-19T17:00:00Z");
    e.end = utc("2023-09-19T19:00:00Z");
    return e;
}

template<typename Enum>
QStringList storageTexts()
{
    QStringList out;
    const QList<Enum> values = allValues<Enum>();
    for (const Enum value : values)
        out << toStorage(value);
    return out;
}

template<typename Enum>
bool roundTrips()
{
    const QList<Enum> values = allValues<Enum>();
    for (const Enum value : values) {
        const std::optional<Enum> back = fromStorage<Enum>(toStorage(value));
        if (!back || *back != value)
            return false;
    }
    return !fromStorage<Enum>(QStringLiteral("no such value")).has_value() &&
           !fromStorage<Enum>(QString()).has_value();
}

// The values a CHECK (column IN (...)) of the schema in @p file (SQLite's or
// PostgreSQL's) allows, in schema order.
QStringList schemaValues(const QString &schemaFile, const QString &table, const QString &column)
{
    QFile file(schemaFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString schema = QString::fromUtf8(file.readAll());
    const QRegularExpression tableRe(QStringLiteral("CREATE TABLE %1 \\((.*?)\\n\\);").arg(table),
                                     QRegularExpression::DotMatchesEverythingOption);
    const QString body = tableRe.match(schema).captured(1);
    const QRegularExpression checkRe(QStringLiteral("CHECK \\(%1 IN \\(([^)]*)\\)\\)").arg(column));
    const QString list = checkRe.match(body).captured(1);
    QStringList values;
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    auto it = quoted.globalMatch(list);
    while (it.hasNext())
        values << it.next().captured(1);
    return values;
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void storageMatchesSchema_data();
    void storageMatchesSchema();
    void roleLabels_data();
    void roleLabels();
    void labelsExistInBothLanguages();
    void localizedText_data();
    void localizedText();
    void endBeforeStart_data();
    void endBeforeStart();
    void titleRequired_data();
    void titleRequired();
    void email_data();
    void email();
    void timeZone_data();
    void timeZone();
    void organisationOwnParent();
    void roleItemOfAnotherEvent();
    void programmeItemTimesInEventZone();
    void registrationDeadlineAfterEnd();
    void documentLinkOrFile_data();
    void documentLinkOrFile();
    void eventLocalTimes_data();
    void eventLocalTimes();
    void consent();
    void namesAndAddresses();
};

void TestDomain::storageMatchesSchema_data()
{
    QTest::addColumn<QString>("schemaFile");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("ours");
    QTest::addColumn<bool>("roundTrips");

    // Both dialects of the schema: a file and a server database must accept
    // the same values.
    const QList<std::pair<const char *, QString>> dialects{
        {"SQLite", QStringLiteral(":/sql/0001_initial.sql")},
        {"PostgreSQL", QStringLiteral(":/sql/postgresql/0001_initial.sql")}};
    for (const auto &[dialect, schemaFile] : dialects) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", dialect, name) << schemaFile;
        };

        row("organisation kind") << QStringLiteral("organisation") << QStringLiteral("kind")
                                 << storageTexts<OrganisationKind>()
                                 << roundTrips<OrganisationKind>();
        row("event language") << QStringLiteral("event") << QStringLiteral("language")
                              << storageTexts<Language>() << roundTrips<Language>();
        row("event status") << QStringLiteral("event") << QStringLiteral("status")
                            << storageTexts<EventStatus>() << roundTrips<EventStatus>();
        row("programme item kind")
            << QStringLiteral("programme_item") << QStringLiteral("kind")
            << storageTexts<ProgrammeItemKind>() << roundTrips<ProgrammeItemKind>();
        row("role kind") << QStringLiteral("role") << QStringLiteral("role")
                         << storageTexts<RoleKind>() << roundTrips<RoleKind>();
        row("role status") << QStringLiteral("role") << QStringLiteral("status")
                           << storageTexts<RoleStatus>() << roundTrips<RoleStatus>();
        row("registration status")
            << QStringLiteral("registration") << QStringLiteral("status")
            << storageTexts<RegistrationStatus>() << roundTrips<RegistrationStatus>();
        row("document kind") << QStringLiteral("document") << QStringLiteral("kind")
                             << storageTexts<DocumentKind>() << roundTrips<DocumentKind>();
    }
}

void TestDomain::storageMatchesSchema()
{
    QFETCH(QString, schemaFile);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QStringList, ours);
    QFETCH(bool, roundTrips);

    const QStringList schema = schemaValues(schemaFile, table, column);
    QVERIFY2(!schema.isEmpty(),
             qPrintable(QStringLiteral("no CHECK found for %1.%2").arg(table, column)));
    // Same values; the order of a list is ours to choose (English first, a
    // registration's statuses in the order they happen).
    QStringList sortedOurs = ours;
    QStringList sortedSchema = schema;
    sortedOurs.sort();
    sortedSchema.sort();
    QCOMPARE(sortedOurs, sortedSchema);
    QCOMPARE(ours.size(), schema.size());
    QVERIFY(roundTrips);
}

void TestDomain::roleLabels_data()
{
    QTest::addColumn<RoleKind>("kind");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::newRow("chair") << RoleKind::Chair << QStringLiteral("Chair")
                           << QStringLiteral("Moderation");
    QTest::newRow("moderator") << RoleKind::Moderator << QStringLiteral("Moderator")
                               << QStringLiteral("Moderation");
    QTest::newRow("panellist") << RoleKind::Panellist << QStringLiteral("Panellist")
                               << QStringLiteral("Podium");
    QTest::newRow("speaker") << RoleKind::Speaker << QStringLiteral("Speaker")
                             << QStringLiteral("Vortrag");
    QTest::newRow("keynote") << RoleKind::Keynote << QStringLiteral("Keynote")
                             << QStringLiteral("Keynote");
    QTest::newRow("welcome address")
        << RoleKind::Welcome << QStringLiteral("Welcome address") << QStringLiteral("Grußwort");
}

void TestDomain::roleLabels()
{
    QFETCH(RoleKind, kind);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(roleLabel(kind, Language::English), english);
    QCOMPARE(roleLabel(kind, Language::German), german);
}

void TestDomain::labelsExistInBothLanguages()
{
    // Every value has a label in both languages, and no two values of one
    // list read the same in English, where a choice would be ambiguous.
    auto check = [](const QStringList &english, const QStringList &german) {
        for (const QString &label : english + german) {
            if (label.trimmed().isEmpty())
                return false;
        }
        return QSet<QString>(english.begin(), english.end()).size() == english.size();
    };
    auto labels = [](auto labelFunction, auto values, Language language) {
        QStringList out;
        for (const auto value : values)
            out << labelFunction(value, language);
        return out;
    };
    const auto kinds = allValues<OrganisationKind>();
    QVERIFY(check(labels(organisationKindLabel, kinds, Language::English),
                  labels(organisationKindLabel, kinds, Language::German)));
    const auto statuses = allValues<EventStatus>();
    QVERIFY(check(labels(eventStatusLabel, statuses, Language::English),
                  labels(eventStatusLabel, statuses, Language::German)));
    const auto itemKinds = allValues<ProgrammeItemKind>();
    QVERIFY(check(labels(programmeItemKindLabel, itemKinds, Language::English),
                  labels(programmeItemKindLabel, itemKinds, Language::German)));
    const auto roleKinds = allValues<RoleKind>();
    QVERIFY(check(labels(roleLabel, roleKinds, Language::English),
                  labels(roleLabel, roleKinds, Language::German)));
    const auto roleStatuses = allValues<RoleStatus>();
    QVERIFY(check(labels(roleStatusLabel, roleStatuses, Language::English),
                  labels(roleStatusLabel, roleStatuses, Language::German)));
    const auto registrationStatuses = allValues<RegistrationStatus>();
    QVERIFY(check(labels(registrationStatusLabel, registrationStatuses, Language::English),
                  labels(registrationStatusLabel, registrationStatuses, Language::German)));
    const auto documentKinds = allValues<DocumentKind>();
    QVERIFY(check(labels(documentKindLabel, documentKinds, Language::English),
                  labels(documentKindLabel, documentKinds, Language::German)));

    QCOMPARE(eventStatusLabel(EventStatus::Cancelled, Language::German),
             QStringLiteral("Abgesagt"));
    QCOMPARE(registrationStatusLabel(RegistrationStatus::NoShow, Language::German),
             QStringLiteral("Nicht erschienen"));
    QCOMPARE(programmeItemKindLabel(ProgrammeItemKind::QuestionsAndAnswers, Language::English),
             QStringLiteral("Questions and answers"));
    QCOMPARE(organisationKindLabel(OrganisationKind::CityNetwork, Language::German),
             QStringLiteral("Städtenetzwerk"));
    QCOMPARE(languageLabel(Language::German, Language::German), QStringLiteral("Deutsch"));
}

void TestDomain::localizedText_data()
{
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("de");
    QTest::addColumn<QString>("inEnglish");
    QTest::addColumn<QString>("inGerman");
    QTest::addColumn<bool>("empty");

    QTest::newRow("both") << QStringLiteral("Welcome") << QStringLiteral("Begrüßung")
                          << QStringLiteral("Welcome") << QStringLiteral("Begrüßung") << false;
    QTest::newRow("English only") << QStringLiteral("Reception") << QString()
                                  << QStringLiteral("Reception") << QStringLiteral("Reception")
                                  << false;
    QTest::newRow("German only, English blank")
        << QStringLiteral("   ") << QStringLiteral("Grußwort") << QStringLiteral("Grußwort")
        << QStringLiteral("Grußwort") << false;
    QTest::newRow("neither") << QString() << QStringLiteral(" \t") << QString() << QString()
                             << true;
}

void TestDomain::localizedText()
{
    QFETCH(QString, en);
    QFETCH(QString, de);
    QFETCH(QString, inEnglish);
    QFETCH(QString, inGerman);
    QFETCH(bool, empty);

    const LocalizedText text{en, de};
    QCOMPARE(text.in(Language::English), inEnglish);
    QCOMPARE(text.in(Language::German), inGerman);
    QCOMPARE(text.isEmpty(), empty);
    QCOMPARE(text.exactly(Language::German), de);
}

void TestDomain::endBeforeStart_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("message");

    QTest::newRow("same evening, Berlin summer time")
        << QByteArray("Europe/Berlin") << utc("2023-09-19T17:00:00Z") << utc("2023-09-19T16:00:00Z")
        << QStringLiteral("The end, 18:00, is before the start, 19:00.");
    QTest::newRow("same evening, New York")
        << QByteArray("America/New_York") << utc("2023-09-19T23:00:00Z")
        << utc("2023-09-19T22:00:00Z")
        << QStringLiteral("The end, 18:00, is before the start, 19:00.");
    QTest::newRow("Berlin winter time")
        << QByteArray("Europe/Berlin") << utc("2023-12-05T18:00:00Z") << utc("2023-12-05T17:30:00Z")
        << QStringLiteral("The end, 18:30, is before the start, 19:00.");
    QTest::newRow("different days show dates")
        << QByteArray("Europe/Berlin") << utc("2023-09-19T17:00:00Z") << utc("2023-09-18T16:00:00Z")
        << QStringLiteral("The end, 18 Sep 2023 18:00, is before the start, 19 Sep 2023 19:00.");
    // At the end of summer time 02:00–03:00 happens twice; an end at the
    // first 02:45 is before a start at the second 02:30.
    QTest::newRow("dst change, Berlin")
        << QByteArray("Europe/Berlin") << utc("2023-10-29T01:30:00Z") << utc("2023-10-29T00:45:00Z")
        << QStringLiteral("The end, 02:45, is before the start, 02:30.");
    QTest::newRow("unknown zone falls back to UTC")
        << QByteArray("Europe/Berlim") << utc("2023-09-19T17:00:00Z") << utc("2023-09-19T16:00:00Z")
        << QStringLiteral("The end, 16:00 UTC, is before the start, 17:00 UTC.");
}

void TestDomain::endBeforeStart()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, message);

    Event e = validEvent();
    e.timeZone = zone;
    e.start = start;
    e.end = end;
    QCOMPARE(messagesFor(validate(e), QStringLiteral("end")), QStringList{message});

    ProgrammeItem item;
    item.eventId = 1;
    item.title.en = QStringLiteral("Discussion round");
    item.start = start;
    item.end = end;
    QCOMPARE(messagesFor(validate(item, e), QStringLiteral("end")), QStringList{message});

    // The same times the right way round are fine.
    std::swap(e.start, e.end);
    QVERIFY(messagesFor(validate(e), QStringLiteral("end")).isEmpty());
}

void TestDomain::titleRequired_data()
{
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("de");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("English") << QStringLiteral("Can cities save the world?") << QString() << true;
    QTest::newRow("German") << QString() << QStringLiteral("Können Städte die Welt retten?")
                            << true;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("white space only") << QStringLiteral("  ") << QStringLiteral("\n") << false;
}

void TestDomain::titleRequired()
{
    QFETCH(QString, en);
    QFETCH(QString, de);
    QFETCH(bool, accepted);

    const QStringList expected =
        accepted ? QStringList()
                 : QStringList{QStringLiteral("Please enter a title in German or English.")};
    Event e = validEvent();
    e.title = {en, de};
    QCOMPARE(messagesFor(validate(e), QStringLiteral("title")), expected);
    QCOMPARE(validate(e).isEmpty(), accepted);

    ProgrammeItem item;
    item.eventId = 1;
    item.title = {en, de};
    item.start = e.start;
    item.end = e.end;
    QCOMPARE(messagesFor(validate(item, e), QStringLiteral("title")), expected);

    Series s;
    s.name = {en, de};
    QCOMPARE(validate(s).isEmpty(), accepted);
}

void TestDomain::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << QStringLiteral("laura.valdes@example.org") << true;
    QTest::newRow("plus sign") << QStringLiteral("events+podium@example.org") << true;
    QTest::newRow("subdomain") << QStringLiteral("n.witt@mail.sef.example.org") << true;
    QTest::newRow("international domain") << QStringLiteral("jürgen@münchen.example") << true;
    QTest::newRow("nothing after the at") << QStringLiteral("foo@") << false;
    QTest::newRow("no at") << QStringLiteral("foo") << false;
    QTest::newRow("nothing before the at") << QStringLiteral("@example.org") << false;
    QTest::newRow("space") << QStringLiteral("laura valdes@example.org") << false;
    QTest::newRow("no dot in the domain") << QStringLiteral("laura@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("laura@@example.org") << false;
    QTest::newRow("empty label") << QStringLiteral("laura@example..org") << false;
}

void TestDomain::email()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);

    QCOMPARE(Validation::isValidEmail(address), valid);
    Person p;
    p.givenName = QStringLiteral("Laura");
    p.email = address;
    const QStringList expected =
        valid ? QStringList()
              : QStringList{QStringLiteral("“%1” is not a valid email address.").arg(address)};
    QCOMPARE(messagesFor(validate(p), QStringLiteral("email")), expected);
}

void TestDomain::timeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("message");

    QTest::newRow("Berlin") << QByteArray("Europe/Berlin") << QString();
    QTest::newRow("New York") << QByteArray("America/New_York") << QString();
    QTest::newRow("UTC") << QByteArray("UTC") << QString();
    QTest::newRow("misspelt") << QByteArray("Europe/Berlim")
                              << QStringLiteral("Unknown time zone “Europe/Berlim”.");
    QTest::newRow("city only") << QByteArray("Berlin")
                               << QStringLiteral("Unknown time zone “Berlin”.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Please choose a time zone.");
}

void TestDomain::timeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, message);

    Event e = validEvent();
    e.timeZone = zone;
    const QStringList expected = message.isEmpty() ? QStringList() : QStringList{message};
    QCOMPARE(messagesFor(validate(e), QStringLiteral("timeZone")), expected);
}

void TestDomain::organisationOwnParent()
{
    Organisation o;
    o.id = 5;
    o.name = QStringLiteral("Metropolis");
    QVERIFY(validate(o).isEmpty());
    o.parentId = 5;
    QCOMPARE(messagesFor(validate(o), QStringLiteral("parentId")),
             QStringList{QStringLiteral("An organisation cannot be part of itself.")});
    o.parentId = 6;
    QVERIFY(validate(o).isEmpty());

    o.name = QStringLiteral(" ");
    o.website = QStringLiteral("metropolis dot org");
    QCOMPARE(messagesFor(validate(o), QStringLiteral("name")),
             QStringList{QStringLiteral("Please enter the organisation's name.")});
    QCOMPARE(
        messagesFor(validate(o), QStringLiteral("website")),
        QStringList{QStringLiteral("“metropolis dot org” is not a web address; it should begin "
                                   "with https://.")});
}

void TestDomain::roleItemOfAnotherEvent()
{
    ProgrammeItem item;
    item.id = 7;
    item.eventId = 2;
    item.title = {QStringLiteral("Discussion round"), QStringLiteral("Diskussionsrunde")};

    Role role;
    role.personId = 3;
    role.eventId = 1;
    role.programmeItemId = 7;
    role.kind = RoleKind::Panellist;
    QCOMPARE(messagesFor(validate(role, item), QStringLiteral("programmeItemId")),
             QStringList{QStringLiteral(
                 "The programme item “Discussion round” belongs to another event.")});

    role.eventId = 2;
    QVERIFY(validate(role, item).isEmpty());

    Role nobody;
    QCOMPARE(validate(nobody).size(), 2);
    QCOMPARE(messagesFor(validate(nobody), QStringLiteral("personId")),
             QStringList{QStringLiteral("Please choose a person.")});
}

void TestDomain::programmeItemTimesInEventZone()
{
    Event e = validEvent();
    e.id = 4;
    e.timeZone = "Asia/Tokyo";
    ProgrammeItem item;
    item.eventId = 4;
    item.title.de = QStringLiteral("Empfang");
    item.start = utc("2023-09-19T10:00:00Z"); // 19:00 in Tokyo
    item.end = utc("2023-09-19T09:30:00Z");
    QCOMPARE(messagesFor(validate(item, e), QStringLiteral("end")),
             QStringList{QStringLiteral("The end, 18:30, is before the start, 19:00.")});

    item.end = utc("2023-09-19T11:00:00Z");
    QVERIFY(validate(item, e).isEmpty());
    item.eventId = 5;
    QCOMPARE(messagesFor(validate(item, e), QStringLiteral("eventId")),
             QStringList{QStringLiteral("The programme item belongs to another event.")});
}

void TestDomain::registrationDeadlineAfterEnd()
{
    Event e = validEvent();
    e.registrationDeadline = utc("2023-09-19T20:00:00Z");
    QCOMPARE(messagesFor(validate(e), QStringLiteral("registrationDeadline")),
             QStringList{QStringLiteral(
                 "The registration deadline, 22:00, is after the end of the event, 21:00.")});
    e.registrationDeadline = utc("2023-09-17T21:59:00Z");
    QVERIFY(validate(e).isEmpty());

    e.capacity = -1;
    e.onlineUrl = QStringLiteral("meet.example.org/room");
    e.roomId = 3;
    const QList<ValidationIssue> issues = validate(e);
    QCOMPARE(messagesFor(issues, QStringLiteral("capacity")),
             QStringList{QStringLiteral("The capacity cannot be negative.")});
    QCOMPARE(messagesFor(issues, QStringLiteral("venueId")),
             QStringList{QStringLiteral("Please choose the venue of the room.")});
    QCOMPARE(messagesFor(issues, QStringLiteral("onlineUrl")).size(), 1);
}

void TestDomain::documentLinkOrFile_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");

    QTest::newRow("link") << QStringLiteral("https://example.org/programme.pdf") << QByteArray()
                          << QString() << QString();
    QTest::newRow("file") << QString() << QByteArray("%PDF-1.4") << QStringLiteral("programme.pdf")
                          << QString();
    QTest::newRow("both") << QStringLiteral("https://example.org/programme.pdf")
                          << QByteArray("%PDF-1.4") << QStringLiteral("programme.pdf")
                          << QStringLiteral("Please give either a link or a file, not both.");
    QTest::newRow("neither") << QString() << QByteArray() << QString()
                             << QStringLiteral("Please give a link or attach a file.");
    QTest::newRow("file without a name") << QString() << QByteArray("%PDF-1.4") << QString()
                                         << QStringLiteral("The file needs a name.");
    QTest::newRow("too large") << QString() << QByteArray(Document::maximumContentSize + 1, 'x')
                               << QStringLiteral("film.mp4")
                               << QStringLiteral(
                                      "The file is 10.0 MB; files up to 10 MB can be kept "
                                      "in the database. Please link to it instead.");
}

void TestDomain::documentLinkOrFile()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, message);

    Document d;
    d.eventId = 1;
    d.title = QStringLiteral("Programme");
    d.url = url;
    d.content = content;
    d.fileName = fileName;
    d.mimeType = content.isEmpty() ? QString() : QStringLiteral("application/pdf");
    const QList<ValidationIssue> issues = validate(d);
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().message, message);
    }
}

void TestDomain::eventLocalTimes_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QDateTime>("startUtc");
    QTest::addColumn<QDateTime>("endUtc");

    QTest::newRow("Berlin, summer time")
        << QByteArray("Europe/Berlin") << QDate(2023, 9, 19) << QTime(19, 0) << QTime(21, 0)
        << utc("2023-09-19T17:00:00Z") << utc("2023-09-19T19:00:00Z");
    QTest::newRow("Berlin, winter time")
        << QByteArray("Europe/Berlin") << QDate(2023, 12, 5) << QTime(19, 0) << QTime(21, 0)
        << utc("2023-12-05T18:00:00Z") << utc("2023-12-05T20:00:00Z");
    QTest::newRow("New York") << QByteArray("America/New_York") << QDate(2023, 9, 19)
                              << QTime(19, 0) << QTime(21, 0) << utc("2023-09-19T23:00:00Z")
                              << utc("2023-09-20T01:00:00Z");
    QTest::newRow("Kolkata, half-hour offset")
        << QByteArray("Asia/Kolkata") << QDate(2023, 9, 19) << QTime(19, 0) << QTime(21, 0)
        << utc("2023-09-19T13:30:00Z") << utc("2023-09-19T15:30:00Z");
}

void TestDomain::eventLocalTimes()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QDateTime, startUtc);
    QFETCH(QDateTime, endUtc);

    Event e;
    e.timeZone = zone;
    e.setLocalTimes(date, from, to);
    QCOMPARE(e.start, startUtc);
    QCOMPARE(e.end, endUtc);
    QCOMPARE(e.start.timeSpec(), Qt::UTC);
    QCOMPARE(e.localStart().time(), from);
    QCOMPARE(e.localEnd().time(), to);
    QCOMPARE(e.localStart().date(), date);
    QCOMPARE(e.firstDay(), date);
    QCOMPARE(e.lastDay(), date);
}

void TestDomain::consent()
{
    const QDateTime now = utc("2024-05-01T10:00:00Z");
    Consent c;
    QVERIFY(!c.given);
    c.set(true, QDateTime(), now);
    QVERIFY(c.given);
    QCOMPARE(c.at, now);
    const QDateTime earlier = utc("2023-08-23T09:00:00Z");
    c.set(true, earlier, now);
    QCOMPARE(c.at, earlier);
    c.set(false, earlier, now);
    QVERIFY(!c.given);
    QVERIFY(!c.at.isValid());

    // An all-day event ending at midnight ends on the day before.
    Event e;
    e.allDay = true;
    e.start = e.atLocal(QDate(2024, 6, 3), QTime(0, 0));
    e.end = e.atLocal(QDate(2024, 6, 5), QTime(0, 0));
    QCOMPARE(e.firstDay(), QDate(2024, 6, 3));
    QCOMPARE(e.lastDay(), QDate(2024, 6, 4));
}

void TestDomain::namesAndAddresses()
{
    Person p;
    p.honorific = QStringLiteral("Dr.");
    p.givenName = QStringLiteral("Laura");
    p.familyName = QStringLiteral("Valdés Cano");
    QCOMPARE(p.fullName(), QStringLiteral("Laura Valdés Cano"));
    QCOMPARE(p.displayName(), QStringLiteral("Dr. Laura Valdés Cano"));
    p.givenName.clear();
    p.familyName.clear();
    QCOMPARE(messagesFor(validate(p), QStringLiteral("familyName")),
             QStringList{QStringLiteral("Please enter a given or family name.")});

    Organisation sef;
    sef.name = QStringLiteral("Development and Peace Foundation");
    sef.shortName = QStringLiteral("sef:");
    QCOMPARE(sef.displayName(), QStringLiteral("Development and Peace Foundation (sef:)"));

    Venue v;
    v.name = QStringLiteral("Dialogforum");
    v.address = QStringLiteral("Beispielstraße 12");
    v.postalCode = QStringLiteral("10117");
    v.city = QStringLiteral("Berlin");
    QCOMPARE(v.addressLine(), QStringLiteral("Beispielstraße 12, 10117 Berlin"));
    QVERIFY(validate(v).isEmpty());
    v.capacity = -5;
    QCOMPARE(messagesFor(validate(v), QStringLiteral("capacity")),
             QStringList{QStringLiteral("The capacity cannot be negative.")});

    Room r;
    r.name = QStringLiteral("Großer Saal");
    QCOMPARE(messagesFor(validate(r), QStringLiteral("venueId")),
             QStringList{QStringLiteral("Please choose the room's venue.")});

    Registration reg;
    reg.personId = 1;
    reg.eventId = 1;
    reg.registeredAt = utc("2023-09-01T10:00:00Z");
    reg.checkedInAt = utc("2023-08-01T10:00:00Z");
    QCOMPARE(messagesFor(validate(reg), QStringLiteral("checkedInAt")),
             QStringList{QStringLiteral("The check-in is earlier than the registration.")});
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
