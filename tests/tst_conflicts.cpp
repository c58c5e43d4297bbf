// Two people save the same record: the second save is refused and a
// ConflictDialog shows both versions, field by field, with three ways on
// (keep editing, take theirs, save mine over theirs), in the person and
// organisation forms and in the event workspace. Nothing typed is lost, and
// Undo takes back only one's own save.
//
// "Someone else" is a second connection to the same database, as a second
// Podium would have: a second connection to the file by default, or to the
// server database when PODIUM_TEST_SERVER is set (ctest label "server").
#include "conflictdialog.h"
#include "domain/demodata.h"
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/organisation.h"
#include "domain/organisationrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "eventworkspace.h"
#include "organisationdialog.h"
#include "persondialog.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/datetext.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Podium;
using Podium::Testing::TestDatabases;

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void personKeepEditingLosesNothing();
    void personTakeTheirsShowsTheStoredRecord();
    void personSaveMineIsOneUndoStep();
    void organisationSaveMine();
    void eventKeepEditingThenSaveMine();
    void eventTakeTheirs();
    void eventUndoLeavesTheirLaterChangeAlone();
    void noConflictWithoutSomeoneElse();

private:
    /**
     * Answers a conflict as a person would: shows the real dialog, reads what
     * it lists, and presses the button of @p choice.
     */
    ConflictResolver press(ConflictDialog::Choice choice);
    /** The row of the dialog's table whose field is @p label, or -1. */
    int rowOf(const QString &label) const;
    qint64 firstId(const QString &table) const;
    bool renamePersonElsewhere(qint64 id, const QString &givenName, const QString &phone);
    bool retitleEventElsewhere(qint64 id, const QString &title, const QString &subtitle = {});
    QString storedTitle(qint64 eventId) const;

    TestDatabases m_dbs;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
    QUndoStack m_stack;

    // What the last dialog showed.
    int m_asked = 0;
    RecordConflict m_conflict;
    QList<QStringList> m_rows;
    QString m_theirHeader;
    QString m_message;
};

void TestConflicts::init()
{
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumConflictTest"));
    m_stack.clear();
    m_asked = 0;
    m_rows.clear();
    auto opened =
        m_dbs.create(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_mine = std::move(opened.database);
    QString error;
    QVERIFY2(DemoData::populate(*m_mine, QDate(2026, 11, 29), &error), qPrintable(error));
    auto other = Database::open(m_dbs.lastLocation(), Database::OpenOptions{});
    QVERIFY2(other.database, qPrintable(other.message));
    m_theirs = std::move(other.database);
}

void TestConflicts::cleanup()
{
    m_stack.clear();
    m_theirs.reset();
    m_mine.reset();
    m_dbs.dropAll();
}

ConflictResolver TestConflicts::press(ConflictDialog::Choice choice)
{
    return [this, choice](const RecordConflict &conflict) {
        ++m_asked;
        m_conflict = conflict;
        ConflictDialog dialog(conflict);
        dialog.show();
        m_rows.clear();
        const QTableWidget *table = dialog.fieldsTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            m_rows.append({table->item(row, 0)->text(), table->item(row, 1)->text(),
                           table->item(row, 2)->text()});
        }
        m_theirHeader = table->horizontalHeaderItem(2)->text();
        m_message = dialog.message();
        const QImage shot = dialog.grab().toImage();
        if (shot.isNull() || shot.width() < 200)
            qWarning("the conflict dialog grabbed as an empty picture");
        // Set to refresh docs/screenshots/conflict.png.
        const QString shotDir = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR");
        if (!shotDir.isEmpty() &&
            qstrcmp(QTest::currentTestFunction(), "personKeepEditingLosesNothing") == 0)
            shot.save(shotDir + QStringLiteral("/conflict.png"));
        dialog.button(choice)->click();
        if (dialog.isVisible())
            qWarning("the conflict dialog stayed open after a button was pressed");
        return dialog.choice();
    };
}

int TestConflicts::rowOf(const QString &label) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).first() == label)
            return i;
    }
    return -1;
}

qint64 TestConflicts::firstId(const QString &table) const
{
    return m_mine->scalar(QStringLiteral("SELECT min(id) FROM %1").arg(table)).toLongLong();
}

bool TestConflicts::renamePersonElsewhere(qint64 id, const QString &givenName, const QString &phone)
{
    PersonRepository people(*m_theirs);
    std::optional<Person> p = people.find(id);
    if (!p)
        return false;
    p->givenName = givenName;
    p->phone = phone;
    QString error;
    if (!people.update(*p, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestConflicts::retitleEventElsewhere(qint64 id, const QString &title, const QString &subtitle)
{
    EventRepository events(*m_theirs);
    std::optional<Event> e = events.find(id);
    if (!e)
        return false;
    e->title.en = title;
    if (!subtitle.isEmpty())
        e->subtitle.en = subtitle;
    QString error;
    if (!events.update(*e, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TestConflicts::storedTitle(qint64 eventId) const
{
    return EventRepository(*m_mine).find(eventId)->title.en;
}

void TestConflicts::personKeepEditingLosesNothing()
{
    const qint64 id = firstId(QStringLiteral("person"));
    const Person original = *PersonRepository(*m_mine).find(id);
    PersonDialog dialog(*m_mine, &m_stack, id);
    dialog.setConflictResolver(press(ConflictDialog::KeepEditing));
    auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    auto *generalError = dialog.findChild<QLabel *>(QStringLiteral("generalError"));
    QVERIFY(given && notes && generalError);
    given->setText(QStringLiteral("Mine"));
    notes->setPlainText(QStringLiteral("My notes,\nover two lines"));
    QVERIFY(renamePersonElsewhere(id, QStringLiteral("Theirs"), QStringLiteral("+49 30 1234")));

    QVERIFY(!dialog.trySave());
    QCOMPARE(m_asked, 1);
    // The dialog lists what differs, and who saved theirs.
    QCOMPARE(m_conflict.yourVersion, original.rowVersion);
    QCOMPARE(m_conflict.theirVersion, original.rowVersion + 1);
    QVERIFY(!m_conflict.savedBy.isEmpty());
    QVERIFY(m_conflict.savedAt.isValid());
    QVERIFY2(m_theirHeader.startsWith(
                 QStringLiteral("Their version\n(saved by %1 at ").arg(m_conflict.savedBy)),
             qPrintable(m_theirHeader));
    // When, with the whole year and to the minute, as lists write it.
    const QDateTime savedAt = m_conflict.savedAt.toLocalTime();
    QVERIFY2(m_theirHeader.endsWith(QLocale().toString(savedAt, numericDateTimeFormat()) +
                                    QLatin1Char(')')),
             qPrintable(m_theirHeader));
    QVERIFY2(m_theirHeader.contains(QString::number(savedAt.date().year())),
             qPrintable(m_theirHeader));
    // The record goes by its name as stored now.
    QVERIFY2(m_message.contains(QStringLiteral("“Theirs %1”").arg(original.familyName)),
             qPrintable(m_message));
    const int givenRow = rowOf(QStringLiteral("Given name"));
    QVERIFY(givenRow >= 0);
    QCOMPARE(m_rows.at(givenRow), (QStringList{QStringLiteral("Given name"), QStringLiteral("Mine"),
                                               QStringLiteral("Theirs")}));
    const int phoneRow = rowOf(QStringLiteral("Phone"));
    QVERIFY(phoneRow >= 0);
    QCOMPARE(m_rows.at(phoneRow).at(2), QStringLiteral("+49 30 1234"));
    QVERIFY(rowOf(QStringLiteral("Notes")) >= 0);
    // Fields that are the same on both sides are not listed.
    QCOMPARE(rowOf(QStringLiteral("Family name")), -1);

    // Nothing typed is lost, nothing is saved.
    QCOMPARE(given->text(), QStringLiteral("Mine"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("My notes,\nover two lines"));
    QVERIFY(dialog.isModified());
    QVERIFY(!generalError->isHidden());
    QVERIFY2(generalError->text().startsWith(QStringLiteral("Not saved")),
             qPrintable(generalError->text()));
    const Person stored = *PersonRepository(*m_mine).find(id);
    QCOMPARE(stored.givenName, QStringLiteral("Theirs"));
    QCOMPARE(stored.notes, original.notes);
    QCOMPARE(m_stack.count(), 0);

    // Saving again asks again, since theirs is still newer than the form.
    dialog.setConflictResolver(press(ConflictDialog::SaveMine));
    QVERIFY(dialog.trySave());
    QCOMPARE(m_asked, 2);
    QCOMPARE(PersonRepository(*m_mine).find(id)->givenName, QStringLiteral("Mine"));
}

void TestConflicts::personTakeTheirsShowsTheStoredRecord()
{
    const qint64 id = firstId(QStringLiteral("person"));
    PersonDialog dialog(*m_mine, &m_stack, id);
    dialog.setConflictResolver(press(ConflictDialog::TakeTheirs));
    auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    QVERIFY(given && phone);
    given->setText(QStringLiteral("Mine"));
    QVERIFY(renamePersonElsewhere(id, QStringLiteral("Theirs"), QStringLiteral("+49 30 1234")));

    QVERIFY(!dialog.trySave());
    QCOMPARE(m_asked, 1);
    QCOMPARE(given->text(), QStringLiteral("Theirs"));
    QCOMPARE(phone->text(), QStringLiteral("+49 30 1234"));
    QVERIFY(!dialog.isModified());
    QCOMPARE(PersonRepository(*m_mine).find(id)->givenName, QStringLiteral("Theirs"));
    QCOMPARE(m_stack.count(), 0);
    // The form now edits their version: the next save goes through.
    given->setText(QStringLiteral("After theirs"));
    QVERIFY(dialog.trySave());
    QCOMPARE(m_asked, 1);
    QCOMPARE(PersonRepository(*m_mine).find(id)->givenName, QStringLiteral("After theirs"));
}

void TestConflicts::personSaveMineIsOneUndoStep()
{
    const qint64 id = firstId(QStringLiteral("person"));
    const Person original = *PersonRepository(*m_mine).find(id);
    const auto updates = [&] {
        return m_mine
            ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'person' "
                                    "AND record_id = ? AND action = 'update'"),
                     {id})
            .toInt();
    };
    const int updatesBefore = updates();
    PersonDialog dialog(*m_mine, &m_stack, id);
    dialog.setConflictResolver(press(ConflictDialog::SaveMine));
    auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    QVERIFY(given);
    given->setText(QStringLiteral("Mine"));
    QVERIFY(renamePersonElsewhere(id, QStringLiteral("Theirs"), QStringLiteral("+49 30 1234")));

    QVERIFY(dialog.trySave());
    QCOMPARE(m_asked, 1);
    const Person stored = *PersonRepository(*m_mine).find(id);
    // Mine over theirs: every field of the form, as the dialog listed it.
    QCOMPARE(stored.givenName, QStringLiteral("Mine"));
    QCOMPARE(stored.phone, original.phone);
    QCOMPARE(stored.rowVersion, original.rowVersion + 2);
    // Recorded as usual: their update and mine.
    QCOMPARE(updates(), updatesBefore + 2);
    QCOMPARE(m_stack.count(), 1);
    // Undo puts back their version, not the one the form started from.
    m_stack.undo();
    const Person undone = *PersonRepository(*m_mine).find(id);
    QCOMPARE(undone.givenName, QStringLiteral("Theirs"));
    QCOMPARE(undone.phone, QStringLiteral("+49 30 1234"));
    m_stack.redo();
    QCOMPARE(PersonRepository(*m_mine).find(id)->givenName, QStringLiteral("Mine"));
}

void TestConflicts::organisationSaveMine()
{
    const qint64 id = firstId(QStringLiteral("organisation"));
    OrganisationDialog dialog(*m_mine, &m_stack, id);
    dialog.setConflictResolver(press(ConflictDialog::SaveMine));
    auto *city = dialog.findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    QVERIFY(city);
    city->setText(QStringLiteral("Bonn, mine"));
    {
        OrganisationRepository theirs(*m_theirs);
        Organisation o = *theirs.find(id);
        o.city = QStringLiteral("Köln, theirs");
        QString error;
        QVERIFY2(theirs.update(o, &error), qPrintable(error));
    }
    QVERIFY(dialog.trySave());
    QCOMPARE(m_asked, 1);
    const int row = rowOf(QStringLiteral("City"));
    QVERIFY(row >= 0);
    QCOMPARE(m_rows.at(row).mid(1),
             (QStringList{QStringLiteral("Bonn, mine"), QStringLiteral("Köln, theirs")}));
    QCOMPARE(m_rows.size(), 1);
    QCOMPARE(OrganisationRepository(*m_mine).find(id)->city, QStringLiteral("Bonn, mine"));
    QCOMPARE(m_stack.count(), 1);
}

void TestConflicts::eventKeepEditingThenSaveMine()
{
    const qint64 id = firstId(QStringLiteral("event"));
    EventWorkspace workspace(*m_mine, &m_stack, id);
    QStringList messages;
    workspace.setMessageSink([&](const QString &m) { messages << m; });
    int prompts = 0;
    workspace.setTextPrompt([&](const QString &, const QString &) -> std::optional<QString> {
        ++prompts;
        return QStringLiteral("Eine neue Reihe");
    });
    workspace.setConflictResolver(press(ConflictDialog::KeepEditing));
    auto *title = workspace.findChild<QLineEdit *>(QStringLiteral("titleEnEdit"));
    auto *series = workspace.findChild<QComboBox *>(QStringLiteral("seriesCombo"));
    auto *generalError = workspace.findChild<QLabel *>(QStringLiteral("generalError"));
    QVERIFY(title && series && generalError);
    title->setText(QStringLiteral("My title"));
    series->setEditText(QStringLiteral("A new series"));
    QVERIFY(retitleEventElsewhere(id, QStringLiteral("Their title")));
    const auto seriesCount = [&] {
        return m_mine
            ->scalar(QStringLiteral("SELECT count(*) FROM series WHERE name_en = 'A new series'"))
            .toInt();
    };

    QVERIFY(!workspace.save());
    QCOMPARE(m_asked, 1);
    const int titleRow = rowOf(QStringLiteral("Title in English"));
    QVERIFY(titleRow >= 0);
    QCOMPARE(m_rows.at(titleRow).mid(1),
             (QStringList{QStringLiteral("My title"), QStringLiteral("Their title")}));
    QVERIFY(rowOf(QStringLiteral("Series")) >= 0);
    QCOMPARE(title->text(), QStringLiteral("My title"));
    QCOMPARE(series->currentText(), QStringLiteral("A new series"));
    QVERIFY(workspace.isModified());
    QVERIFY2(generalError->text().startsWith(QStringLiteral("Not saved")),
             qPrintable(generalError->text()));
    QCOMPARE(storedTitle(id), QStringLiteral("Their title"));
    // The series made on the way went back with the refused save.
    QCOMPARE(seriesCount(), 0);
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(prompts, 1);

    workspace.setConflictResolver(press(ConflictDialog::SaveMine));
    QVERIFY(workspace.save());
    QCOMPARE(m_asked, 2);
    // Asked once for this save, not again for the second attempt after the conflict.
    QCOMPARE(prompts, 2);
    QCOMPARE(storedTitle(id), QStringLiteral("My title"));
    QCOMPARE(seriesCount(), 1);
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(!workspace.isModified());
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    // One undo step takes back the whole save, to their version.
    m_stack.undo();
    QCOMPARE(storedTitle(id), QStringLiteral("Their title"));
    QCOMPARE(seriesCount(), 0);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestConflicts::eventTakeTheirs()
{
    const qint64 id = firstId(QStringLiteral("event"));
    EventWorkspace workspace(*m_mine, &m_stack, id);
    workspace.setConflictResolver(press(ConflictDialog::TakeTheirs));
    auto *title = workspace.findChild<QLineEdit *>(QStringLiteral("titleEnEdit"));
    QVERIFY(title);
    title->setText(QStringLiteral("My title"));
    QVERIFY(retitleEventElsewhere(id, QStringLiteral("Their title")));
    QVERIFY(!workspace.save());
    QCOMPARE(m_asked, 1);
    QCOMPARE(title->text(), QStringLiteral("Their title"));
    QVERIFY(!workspace.isModified());
    QCOMPARE(storedTitle(id), QStringLiteral("Their title"));
    QCOMPARE(m_stack.count(), 0);
}

// Undo only undoes one's own changes: after "save mine", a colleague changes
// the event again; undoing the save would overwrite that, so it is refused
// and said, and the colleague's change stays.
void TestConflicts::eventUndoLeavesTheirLaterChangeAlone()
{
    const qint64 id = firstId(QStringLiteral("event"));
    EventWorkspace workspace(*m_mine, &m_stack, id);
    QStringList messages;
    workspace.setMessageSink([&](const QString &m) { messages << m; });
    workspace.setConflictResolver(press(ConflictDialog::SaveMine));
    auto *title = workspace.findChild<QLineEdit *>(QStringLiteral("titleEnEdit"));
    QVERIFY(title);
    title->setText(QStringLiteral("My title"));
    QVERIFY(retitleEventElsewhere(id, QStringLiteral("Their title")));
    QVERIFY(workspace.save());
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(retitleEventElsewhere(id, QStringLiteral("My title"),
                                  QStringLiteral("Their later subtitle")));

    m_stack.undo();
    const Event stored = *EventRepository(*m_mine).find(id);
    QCOMPARE(stored.title.en, QStringLiteral("My title"));
    QCOMPARE(stored.subtitle.en, QStringLiteral("Their later subtitle"));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("Someone else changed this record")),
             qPrintable(messages.first()));
}

// A save with nobody in between never asks, and a refusal for another
// reason (a validation message) is not taken for a conflict.
void TestConflicts::noConflictWithoutSomeoneElse()
{
    const qint64 id = firstId(QStringLiteral("person"));
    PersonDialog dialog(*m_mine, &m_stack, id);
    dialog.setConflictResolver(press(ConflictDialog::SaveMine));
    auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    auto *family = dialog.findChild<QLineEdit *>(QStringLiteral("familyNameEdit"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    QVERIFY(given && family && email);
    given->setText(QStringLiteral("Once"));
    QVERIFY(dialog.trySave());
    given->setText(QStringLiteral("Twice"));
    QVERIFY(dialog.trySave());
    QCOMPARE(PersonRepository(*m_mine).find(id)->givenName, QStringLiteral("Twice"));
    email->setText(QStringLiteral("not an address"));
    QVERIFY(!dialog.trySave());
    QCOMPARE(m_asked, 0);
    QCOMPARE(email->text(), QStringLiteral("not an address"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestConflicts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return Podium::Testing::runTests(test, argc, argv, QStringList{});
}

#include "tst_conflicts.moc"
