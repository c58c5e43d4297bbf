// The messages of podium_core (validation, refusals of the repositories,
// dropped files) speak the interface's language: English without a
// translation, German with the German one installed.
#include "domain/event.h"
#include "domain/organisationrepository.h"
#include "domain/person.h"
#include "domain/registration.h"
#include "domain/validation.h"
#include "domain/venue.h"
#include "gui.h"
#include "io/documentfile.h"
#include "storage/database.h"
#include "util/droppedfile.h"
#include "util/platform.h"

#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Podium;
using namespace Qt::StringLiterals;

namespace {

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList list;
    for (const ValidationIssue &issue : issues)
        list << issue.message;
    return list;
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

PODIUM_BACKEND_TEST_MAIN(TestCoreMessages, QStringList{})
#include "tst_coremessages.moc"
