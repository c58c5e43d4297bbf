// The organisation's settings: stored once in the database, validated,
// edited in their dialog with undo, and used by the exports.
#include "domain/demodata.h"
#include "io/programmedata.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"

#include "backendwidgettest.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Podium;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripWithUnicodeAndLogo();
    void validation_data();
    void validation();
    void dialogSavesAndUndoes();
    void exportsUseTheSettings();
    void personalPreferenceKeys();
    void personalTabSavesPreferences();
    void refusedSaveKeepsPreferences();

private:
    // Pictures are written here.
    QTemporaryDir m_dir;
    // Files, or databases on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestSettings::initTestCase()
{
    // Personal preferences go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumSettingsTest"));
}

void TestSettings::init()
{
    QSettings().clear();
    auto opened = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) +
                                     QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
}

void TestSettings::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
}

void TestSettings::roundTripWithUnicodeAndLogo()
{
    // A new database has no settings yet: the defaults.
    QCOMPARE(OrganisationSettings::load(*m_db).retentionMonths, 24);
    QVERIFY(OrganisationSettings::load(*m_db).foundationName.isEmpty());

    OrganisationSettings s;
    s.foundationName = QStringLiteral("Stiftung Entwicklung und Frieden (sef:)");
    s.organiserEmail = QStringLiteral("veranstaltungen@example.org");
    s.contactLine = QStringLiteral("Dechenstraße 2 · 53115 Bonn · Grüße aus Łódź 🎤");
    s.retentionMonths = 36;
    QImage logo(40, 20, QImage::Format_ARGB32);
    logo.fill(Qt::darkBlue);
    QBuffer buffer(&s.foundationLogo);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(logo.save(&buffer, "PNG"));
    QString error;
    QVERIFY2(s.save(*m_db, &error), qPrintable(error));
    QCOMPARE(OrganisationSettings::load(*m_db), s);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'setting'"))
            .toInt(),
        5);
}

void TestSettings::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QString() << QString() << 24 << QStringLiteral("foundationName");
    QTest::newRow("bad email") << QStringLiteral("sef:") << QStringLiteral("events@") << 24
                               << QStringLiteral("organiserEmail");
    QTest::newRow("zero months") << QStringLiteral("sef:") << QString() << 0
                                 << QStringLiteral("retentionMonths");
    QTest::newRow("fine") << QStringLiteral("sef:") << QStringLiteral("a@example.org") << 12
                          << QString();
}

void TestSettings::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(int, months);
    QFETCH(QString, field);
    OrganisationSettings s;
    s.foundationName = name;
    s.organiserEmail = email;
    s.retentionMonths = months;
    const auto issues = s.validate();
    QCOMPARE(issues.isEmpty() ? QString() : issues.first().field, field);
    QString error;
    QCOMPARE(s.save(*m_db, &error), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM setting")).toInt(), 0);
}

void TestSettings::dialogSavesAndUndoes()
{
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    const OrganisationSettings before = OrganisationSettings::load(*m_db);
    QUndoStack stack;
    SettingsDialog dialog(*m_db, &stack);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("foundationNameEdit"));
    QCOMPARE(name->text(), before.foundationName);
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("organiserEmailEdit"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    save->click();
    QVERIFY(dialog.isVisible());
    bool shown = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        shown |= l->isVisible() &&
                 l->text() == QStringLiteral("“not-an-address” is not a valid email address.");
    QVERIFY(shown);
    QCOMPARE(OrganisationSettings::load(*m_db), before);

    email->clear();
    QTest::keyClicks(email, QStringLiteral("dialog@example.org"));
    dialog.findChild<QSpinBox *>(QStringLiteral("retentionSpin"))->setValue(18);
    const QString logoFile = m_dir.filePath(QStringLiteral("logo.png"));
    QImage logo(64, 32, QImage::Format_RGB32);
    logo.fill(Qt::red);
    QVERIFY(logo.save(logoFile));
    QVERIFY2(dialog.setLogoFile(logoFile, &error), qPrintable(error));
    // A file that is no picture is refused.
    const QString notAPicture = m_dir.filePath(QStringLiteral("not-a-picture.png"));
    {
        QFile text(notAPicture);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("This is text, not a picture.\n");
    }
    QVERIFY(!dialog.setLogoFile(notAPicture, &error));
    save->click();
    QVERIFY(!dialog.isVisible());
    const OrganisationSettings after = OrganisationSettings::load(*m_db);
    QCOMPARE(after.organiserEmail, QStringLiteral("dialog@example.org"));
    QCOMPARE(after.retentionMonths, 18);
    QVERIFY(!QImage::fromData(after.foundationLogo).isNull());

    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(OrganisationSettings::load(*m_db), before);
    stack.redo();
    QCOMPARE(OrganisationSettings::load(*m_db), after);
}

void TestSettings::exportsUseTheSettings()
{
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    OrganisationSettings s = OrganisationSettings::load(*m_db);
    s.foundationName = QStringLiteral("Stiftung Frieden");
    s.contactLine = QStringLiteral("Kontakt: info@example.org");
    QVERIFY(s.save(*m_db, &error));
    const qint64 event =
        m_db->scalar(QStringLiteral("SELECT id FROM event ORDER BY start_utc LIMIT 1"))
            .toLongLong();
    const auto data = ProgrammeData::load(*m_db, event, QStringLiteral("en"), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->foundationName, QStringLiteral("Stiftung Frieden"));
    QCOMPARE(data->contactLine, QStringLiteral("Kontakt: info@example.org"));
}

void TestSettings::personalPreferenceKeys()
{
    // The defaults: the system's language and A4.
    QCOMPARE(Preferences::get(Preferences::interfaceLanguage), QString());
    QCOMPARE(Preferences::get(Preferences::defaultPaperSize), QStringLiteral("a4"));
    QCOMPARE(Preferences::defaultPageSizeId(), QPageSize::A4);
    // Other parts of Podium read these exact keys and values.
    Preferences::set(Preferences::interfaceLanguage, QStringLiteral("de"));
    Preferences::set(Preferences::defaultPaperSize, QStringLiteral("letter"));
    QCOMPARE(QSettings().value(QStringLiteral("interfaceLanguage")).toString(),
             QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("defaultPaperSize")).toString(),
             QStringLiteral("letter"));
    QCOMPARE(Preferences::defaultPageSizeId(), QPageSize::Letter);
    QCOMPARE(Preferences::interfaceLanguages(),
             (QStringList{QString(), QStringLiteral("de"), QStringLiteral("en")}));
    QCOMPARE(Preferences::paperSizes(),
             (QStringList{QStringLiteral("a4"), QStringLiteral("letter"), QStringLiteral("a5")}));
    QCOMPARE(Preferences::pageSizeId(QStringLiteral("a5")), QPageSize::A5);
    QCOMPARE(Preferences::pageSizeId(QStringLiteral("tabloid")), QPageSize::A4);
}

void TestSettings::personalTabSavesPreferences()
{
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    const OrganisationSettings before = OrganisationSettings::load(*m_db);
    // A value this version does not know shows as the first choice.
    QSettings().setValue(QStringLiteral("interfaceLanguage"), QStringLiteral("fr"));
    QUndoStack stack;
    {
        SettingsDialog dialog(*m_db, &stack);
        dialog.show();
        QTabWidget *tabs = dialog.tabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(SettingsDialog::PersonalTab), QStringLiteral("&Personal"));
        // The organisation's fields are on the first tab.
        QVERIFY(tabs->widget(SettingsDialog::OrganisationTab)
                    ->isAncestorOf(
                        dialog.findChild<QLineEdit *>(QStringLiteral("foundationNameEdit"))));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperSizeCombo"));
        QVERIFY(tabs->widget(SettingsDialog::PersonalTab)->isAncestorOf(language));
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(language->itemText(1), QStringLiteral("Deutsch"));
        QCOMPARE(paper->currentData().toString(), QStringLiteral("a4"));
        QCOMPARE(paper->itemText(1), QStringLiteral("US Letter"));
        QVERIFY(!dialog.isModified());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
        QVERIFY(dialog.isModified());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog.isVisible());
    }
    QCOMPARE(QSettings().value(QStringLiteral("interfaceLanguage")).toString(),
             QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("defaultPaperSize")).toString(),
             QStringLiteral("letter"));
    // The organisation's settings are untouched, and nothing is on the undo stack.
    QCOMPARE(OrganisationSettings::load(*m_db), before);
    QCOMPARE(stack.count(), 0);

    // Opened again, the dialog shows the saved choices; "System default" is "".
    SettingsDialog again(*m_db, &stack);
    auto *language = again.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("paperSizeCombo"))->currentIndex(), 1);
    language->setCurrentIndex(0);
    QVERIFY(again.trySave());
    QVERIFY(QSettings().contains(QStringLiteral("interfaceLanguage")));
    QCOMPARE(QSettings().value(QStringLiteral("interfaceLanguage")).toString(), QString());
}

void TestSettings::refusedSaveKeepsPreferences()
{
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    SettingsDialog dialog(*m_db, nullptr);
    dialog.show();
    dialog.tabs()->setCurrentIndex(SettingsDialog::PersonalTab);
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperSizeCombo"));
    paper->setCurrentIndex(paper->findData(QStringLiteral("a5")));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("organiserEmailEdit"));
    email->setText(QStringLiteral("events@"));
    QVERIFY(!dialog.trySave());
    // Nothing is written, and the tab with the problem is shown.
    QVERIFY(!QSettings().contains(QStringLiteral("defaultPaperSize")));
    QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::OrganisationTab));
    email->setText(QStringLiteral("events@example.org"));
    QVERIFY(dialog.trySave());
    QCOMPARE(Preferences::get(Preferences::defaultPaperSize), QStringLiteral("a5"));
    QCOMPARE(OrganisationSettings::load(*m_db).organiserEmail,
             QStringLiteral("events@example.org"));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestSettings, QStringList{})
#include "tst_settings.moc"
