// The bulk and data-protection dialogs: importing registrations with a
// column-mapping step, a dry-run preview and undo; reviewing and merging
// duplicates with undo; exporting, erasing and the retention run. With
// PODIUM_SCREENSHOTS=DIR set, each dialog is also saved as a picture there.
#include "duplicatesdialog.h"
#include "io/registrationimport.h"
#include "privacydialog.h"
#include "privacyfixture.h"
#include "registrationimportdialog.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Podium;
using namespace PrivacyFixture;
using Podium::Testing::TestDatabases;

namespace {

void grab(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("PODIUM_SCREENSHOTS");
    w.show();
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
}

int count(const Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)))
        .toInt();
}

} // namespace

class TestPrivacyUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importPreviewMappingAndUndo();
    void duplicatesMergeAndUndo();
    void privacyExportEraseAndRetention();

private:
    TestDatabases m_dbs;
    // Files the dialogs read and write, and the database file on the file backend.
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    Ids m_ids;
};

void TestPrivacyUi::init()
{
    m_dir = new QTemporaryDir;
    Database::OpenOptions options;
    options.create = true;
    auto opened = TestDatabases::onServer()
                      ? m_dbs.create()
                      : Database::open(m_dir->filePath(QStringLiteral("ui.podium")), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_ids = populate(*m_db);
}

void TestPrivacyUi::cleanup()
{
    m_db.reset();
    m_dbs.dropAll();
    delete m_dir;
    m_dir = nullptr;
}

void TestPrivacyUi::importPreviewMappingAndUndo()
{
    // One unknown header ("Rufnummer privat") to map by hand, one row rejected for a bad address.
    const QString path = m_dir->filePath(QStringLiteral("guests.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Vorname;Nachname;E-Mail;Rufnummer privat\n"
            "Anna;Schmidt;anna@example.org;+49 170 1111111\n"
            "Max;Mustermann;max@example.org;+49 170 2222222\n"
            "Jan;Bad;not-an-address;\n");
    f.close();
    QUndoStack stack;
    RegistrationImportDialog dialog(*m_db, &stack, nullptr, m_ids.comingEvent);
    QVERIFY(dialog.loadFile(path));
    auto *mapping = dialog.findChildren<QTableWidget *>().value(0);
    QVERIFY(mapping);
    QCOMPARE(mapping->rowCount(), 1);
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Rufnummer privat"));
    QCOMPARE(dialog.plan().rejectedCount(), 1);
    QVERIFY(!dialog.plan().canApply());
    // The reason, however long, can be read in full in its tooltip.
    auto *preview = dialog.findChildren<QTableWidget *>().value(1);
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 3);
    QVERIFY2(preview->item(2, 4)->text().contains(QStringLiteral("not-an-address")),
             qPrintable(preview->item(2, 4)->text()));
    QCOMPARE(preview->item(2, 4)->toolTip(), preview->item(2, 4)->text());
    grab(dialog, "import-preview.png");
    QVERIFY(!dialog.runImport());

    // Without the bad row, and "Rufnummer privat" mapped to the phone.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("Vorname;Nachname;E-Mail;Rufnummer privat\n"
            "Anna;Schmidt;anna@example.org;+49 170 1111111\n"
            "Max;Mustermann;max@example.org;+49 170 2222222\n");
    f.close();
    QVERIFY(dialog.loadFile(path));
    auto *fields = qobject_cast<QComboBox *>(mapping->cellWidget(0, 2));
    QVERIFY(fields);
    fields->setCurrentIndex(fields->findData(int(RegistrationImport::Field::Phone)));
    QVERIFY(dialog.plan().canApply());
    QCOMPARE(dialog.plan().count(RegistrationImport::PersonAction::Match), 1);
    const int people = count(*m_db, "person");
    const int registrations = count(*m_db, "registration");
    QVERIFY(dialog.runImport());
    QCOMPARE(count(*m_db, "person"), people + 1);
    QCOMPARE(count(*m_db, "registration"), registrations + 1); // Max was registered already
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT phone FROM person WHERE email = ?"),
                          {QStringLiteral("anna@example.org")})
                 .toString(),
             QStringLiteral("+49 170 1111111"));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(count(*m_db, "person"), people);
    QCOMPARE(count(*m_db, "registration"), registrations);
    stack.redo();
    QCOMPARE(count(*m_db, "person"), people + 1);
}

void TestPrivacyUi::duplicatesMergeAndUndo()
{
    const qint64 twin = addPerson(*m_db, QStringLiteral("Laura"), QStringLiteral("Valdes Cana"),
                                  QStringLiteral("LAURA.VALDES@example.org"), m_ids.organisation,
                                  false, QStringLiteral("Met at the reception."));
    addRegistration(*m_db, twin, m_ids.pastEvent, RegistrationStatus::NoShow);
    QUndoStack stack;
    DuplicatesDialog dialog(*m_db, &stack);
    QCOMPARE(dialog.pairCount(), 1);
    dialog.selectPair(0);
    grab(dialog, "duplicates.png");
    const QStringList before =
        rows(*m_db, QStringLiteral("person")) + rows(*m_db, QStringLiteral("registration"));
    QVERIFY(dialog.mergeSelected(true));
    QCOMPARE(dialog.pairCount(), 0);
    QVERIFY(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {twin}).toInt() ==
        0);
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(rows(*m_db, QStringLiteral("person")) + rows(*m_db, QStringLiteral("registration")),
             before);
    dialog.refresh();
    QCOMPARE(dialog.pairCount(), 1);
}

void TestPrivacyUi::privacyExportEraseAndRetention()
{
    QUndoStack stack;
    stack.push(new QUndoCommand(QStringLiteral("an earlier edit")));
    PrivacyDialog dialog(*m_db, &stack, nullptr, m_ids.laura);
    QCOMPARE(dialog.personId(), m_ids.laura);
    dialog.previewRetention();
    QVERIFY(
        dialog.retentionPreview().contains(QStringLiteral("anonymise person %1:").arg(m_ids.ola)));
    grab(dialog, "privacy.png");

    const QString json = m_dir->filePath(QStringLiteral("laura.json"));
    QString error;
    QVERIFY2(dialog.exportPerson(json, &error), qPrintable(error));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll())
                 .object()
                 .value(QStringLiteral("person"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("laura.valdes@example.org"));
    QCOMPARE(QFileInfo(json).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);

    QVERIFY(dialog.erasePerson(true));
    QCOMPARE(stack.count(), 0); // nothing left that could write her back
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person WHERE email = ?"),
                          {QStringLiteral("laura.valdes@example.org")})
                 .toInt(),
             0);
    // A file gets a copy beside it first; a server database none (its
    // administrator keeps the backups), and the dialog says so.
    const int copies =
        QDir(m_dir->path()).entryList({QStringLiteral("*.before-erasure-*.bak")}).size();
    QCOMPARE(copies, Podium::Testing::TestDatabases::onServer() ? 0 : 1);
    QCOMPARE(dialog.statusText().contains(QStringLiteral("copy made before")),
             !Podium::Testing::TestDatabases::onServer());

    dialog.previewRetention();
    QVERIFY(dialog.runRetention(true));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person WHERE email IN (?, ?)"),
                          {QStringLiteral("ola@example.org"), QStringLiteral("olaf@example.org")})
                 .toInt(),
             0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestPrivacyUi tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return Podium::Testing::runTests(tc, argc, argv, {});
}
#include "tst_privacyui.moc"
