// The German interface: the translation built into Podium loads, translates
// the window, and is complete; Qt's own German texts load beside it; the
// language follows the system unless the user chose one.
#include "domain/demodata.h"
#include "gui.h"
#include "mainwindow.h"
#include "storage/database.h"

#include "backendwidgettest.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Podium;
using namespace Podium::Gui;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void germanIsBuiltIn();
    void germanTranslatesPodiumAndQt();
    void englishRemovesTranslations();
    void unknownLanguageIsRefused();
    void chooseLanguageFollowsPreferences_data();
    void chooseLanguageFollowsPreferences();
    void settingOverridesSystem_data();
    void settingOverridesSystem();
    void mainWindowSpeaksGerman();
    void everyMessageIsTranslated();
    void pluralsFollowTheCount_data();
    void pluralsFollowTheCount();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_settings.isValid());
    // The preferences of this test only, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Podium"));
    QCoreApplication::setApplicationName(QStringLiteral("Podium"));
}

void TestTranslations::cleanup()
{
    installTranslations(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("interfaceLanguage"));
}

void TestTranslations::germanIsBuiltIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/podium_de.qm")));
    const QStringList languages = availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
}

void TestTranslations::germanTranslatesPodiumAndQt()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("Podium::MainWindow", "Events"),
             QStringLiteral("Veranstaltungen"));
    QCOMPARE(QCoreApplication::translate("Podium::MainWindow", "Attendees"),
             QStringLiteral("Teilnehmende"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("Podium::RegistrationTableModel", "Family name"),
             QStringLiteral("Nachname"));
    QCOMPARE(QCoreApplication::translate("Podium::SettingsCommand",
                                         "Change the organisation's settings"),
             QStringLiteral("Einstellungen der Organisation ändern"));
    // Qt's own, from qt6-translations-l10n: the standard buttons.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // Installing again replaces, never stacks.
    QVERIFY(installTranslations(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("Podium::MainWindow", "People"),
             QStringLiteral("Personen"));
    // Dates follow the interface language, whatever the system's locale.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(QDate(2023, 9, 19), QLocale::LongFormat),
             QStringLiteral("Dienstag, 19. September 2023"));
}

void TestTranslations::englishRemovesTranslations()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    QVERIFY(installTranslations(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Podium::MainWindow", "Events"), QStringLiteral("Events"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslations::unknownLanguageIsRefused()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    QVERIFY(!installTranslations(QStringLiteral("xx")));
    // What was installed before is gone: the window falls back to English,
    // and to the system's formats.
    QCOMPARE(QCoreApplication::translate("Podium::MainWindow", "Events"), QStringLiteral("Events"));
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::chooseLanguageFollowsPreferences_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German (Germany)")
        << QStringList{QStringLiteral("de-DE"), QStringLiteral("de")} << QStringLiteral("de");
    QTest::newRow("German (Austria), POSIX form")
        << QStringList{QStringLiteral("de_AT")} << QStringLiteral("de");
    QTest::newRow("Swiss German") << QStringList{QStringLiteral("de-CH")} << QStringLiteral("de");
    QTest::newRow("English first")
        << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")} << QStringLiteral("en");
    QTest::newRow("French, then German")
        << QStringList{QStringLiteral("fr-FR"), QStringLiteral("fr"), QStringLiteral("de")}
        << QStringLiteral("de");
    QTest::newRow("French only") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("fr")}
                                 << QStringLiteral("en");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("en");
}

void TestTranslations::chooseLanguageFollowsPreferences()
{
    QFETCH(QStringList, preferred);
    QFETCH(QString, expected);
    QCOMPARE(chooseLanguage(preferred, {QStringLiteral("en"), QStringLiteral("de")}), expected);
}

void TestTranslations::settingOverridesSystem_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    const QString system = chooseLanguage(QLocale::system().uiLanguages(), availableLanguages());
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("empty: the system's") << QString() << system;
    QTest::newRow("unknown: the system's") << QStringLiteral("xx") << system;
}

void TestTranslations::settingOverridesSystem()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QSettings().setValue(QStringLiteral("interfaceLanguage"), setting);
    QCOMPARE(interfaceLanguage(), expected);
}

void TestTranslations::mainWindowSpeaksGerman()
{
    Testing::TestDatabases databases;
    auto opened = databases.create(QStringLiteral("de.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 3, 2), &error), qPrintable(error));

    QVERIFY(installTranslations(QStringLiteral("de")));
    MainWindow window(std::move(opened.database));
    QStringList menus;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u',')));

    const auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList views;
    for (int i = 0; i < sidebar->count(); ++i)
        views << sidebar->item(i)->text();
    QCOMPARE(views.size(), 6);
    QCOMPARE(views.mid(0, 4),
             (QStringList{QStringLiteral("Veranstaltungen"), QStringLiteral("Personen"),
                          QStringLiteral("Organisationen"), QStringLiteral("Teilnehmende")}));
    // Home and Statistics are translated too, whatever the words chosen.
    QVERIFY2(views.at(4) != QLatin1StringView("Home"), qPrintable(views.at(4)));
    QVERIFY2(views.at(5) != QLatin1StringView("Statistics"), qPrintable(views.at(5)));
}

void TestTranslations::everyMessageIsTranslated()
{
    // The source, not the compiled file: lrelease would silently drop an
    // unfinished message and the window would show English.
    const QString path =
        QStringLiteral(PODIUM_TEST_DATA "/../../resources/translations/podium_de.ts");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found << it.next().captured();
        // Each plural form of a translation has them again.
        found.removeDuplicates();
        found.sort();
        return found;
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // A text with a count has its forms in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString where = context + QStringLiteral(": ") + source;
            if (!type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, type);
            else if (text.isEmpty())
                problems << QStringLiteral("%1 (empty)").arg(where);
            else if (placeholders(text) != placeholders(source))
                problems << QStringLiteral("%1 (placeholders differ)").arg(where);
            else if (source.contains(u'&') && !source.contains(QStringLiteral("&&")) &&
                     !text.contains(u'&'))
                problems << QStringLiteral("%1 (no shortcut letter)").arg(where);
        }
    }
    QVERIFY2(
        !xml.hasError(),
        qPrintable(
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString())));
    QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run scripts/update-translations.sh and translate:\n") +
                        problems.join(u'\n')));
}

namespace {

struct PluralMessage
{
    QString context;
    QString source;
    QStringList forms;
};

// The messages with a count (%n) in a translation source, with their forms.
QList<PluralMessage> pluralMessages(const QString &path)
{
    QList<PluralMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    PluralMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("message")) {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1StringView("yes");
            current = {context, {}, {}};
        } else if (xml.name() == QLatin1StringView("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("numerusform") && numerus) {
            current.forms << xml.readElementText();
            if (current.forms.size() == 2)
                out << current;
        }
    }
    return out;
}

} // namespace

void TestTranslations::pluralsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("forms");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const QList<PluralMessage> messages = pluralMessages(
            QStringLiteral(PODIUM_TEST_DATA "/../../resources/translations/podium_%1.ts")
                .arg(language));
        // English has its file for nothing else.
        if (language == QLatin1StringView("en"))
            QVERIFY(!messages.isEmpty());
        for (const PluralMessage &m : messages)
            QTest::addRow("%s: %s", qPrintable(language), qPrintable(m.source))
                << language << m.context << m.source << m.forms;
    }
}

void TestTranslations::pluralsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QStringList, forms);
    QVERIFY(installTranslations(language));
    const QByteArray c = context.toUtf8();
    const QByteArray s = source.toUtf8();
    QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), nullptr, 1),
             QString(forms.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
    QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), nullptr, 3),
             QString(forms.at(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestTranslations, QStringList{})
#include "tst_translations.moc"
