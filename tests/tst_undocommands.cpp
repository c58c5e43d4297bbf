// Undo and redo of saved edits, new records and deletes, each written back
// in a transaction of its own, with everything a delete took along.
#include "domain/demodata.h"
#include "domain/eventrepository.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "models/changesetcommand.h"
#include "models/programmemodel.h"
#include "models/recordcommands.h"
#include "privacyfixture.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Podium;
using Podium::Testing::TestDatabases;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeUndoRedo();
    void insertUndoRedoKeepsId();
    void deletePersonRestoresRegistrations();
    void deleteEventRestoresEverything();
    void failedUndoIsReported();
    void undoNeverLowersTheCalendarSequence();
    void undoLeavesSomeoneElsesChangeAlone();
    void changeSetLeavesSomeoneElsesChangeAlone();
    void programmeEditLeavesSomeoneElsesChangeAlone();

private:
    // Every table but the change log, row by row, bookkeeping included
    // except modified_at and row_version, which an undo moves on.
    QStringList dump() const;
    qint64 personId(const QString &family) const
    {
        return m_db->scalar(QStringLiteral("SELECT id FROM person WHERE family_name = ?"), {family})
            .toLongLong();
    }

    TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    QUndoStack m_stack;
    QStringList m_errors;
};

void TestUndoCommands::init()
{
    m_stack.clear();
    m_errors.clear();
    Database::OpenOptions options;
    options.create = true;
    auto opened = m_dbs.create(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".podium"), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
}

void TestUndoCommands::cleanup()
{
    m_stack.clear();
    m_db.reset();
    if (TestDatabases::onServer())
        m_dbs.dropAll();
}

QStringList TestUndoCommands::dump() const
{
    QStringList lines;
    for (const QString &table : PrivacyFixture::tables(*m_db)) {
        if (table == QLatin1StringView("change_log"))
            continue;
        QSqlQuery rows = m_db->prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        Database::exec(rows);
        while (rows.next()) {
            QStringList cells{table};
            const QSqlRecord rec = rows.record();
            for (int i = 0; i < rec.count(); ++i) {
                if (rec.fieldName(i) != QLatin1StringView("modified_at") &&
                    rec.fieldName(i) != QLatin1StringView("row_version"))
                    cells << rec.fieldName(i) + QLatin1Char('=') + rows.value(i).toString();
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

void TestUndoCommands::changeUndoRedo()
{
    const qint64 id = personId(QStringLiteral("Valdés Cano"));
    PersonRepository repo(*m_db);
    RecordStore store(*m_db);
    const QVariantMap before = store.fetch(QStringLiteral("person"), id);
    Person p = *repo.find(id);
    p.email = QStringLiteral("laura.valdes@example.org");
    p.position = QStringLiteral("Director of Policy");
    QString error;
    QVERIFY2(repo.update(p, &error), qPrintable(error));
    const QVariantMap after = store.fetch(QStringLiteral("person"), id);
    m_stack.push(new ChangeRecordCommand(*m_db, QStringLiteral("person"), id, before, after,
                                         QStringLiteral("Edit Laura Valdés Cano"),
                                         [this](const QString &m) { m_errors << m; }));
    // Pushing does not write the change a second time.
    QCOMPARE(store.fetch(QStringLiteral("person"), id).value(QStringLiteral("row_version")),
             after.value(QStringLiteral("row_version")));
    m_stack.undo();
    QCOMPARE(repo.find(id)->email, before.value(QStringLiteral("email")).toString());
    QCOMPARE(repo.find(id)->position, QStringLiteral("Head of Policy"));
    // The search key goes back too.
    QCOMPARE(store.fetch(QStringLiteral("person"), id).value(QStringLiteral("search_key")),
             before.value(QStringLiteral("search_key")));
    m_stack.redo();
    QCOMPARE(repo.find(id)->email, QStringLiteral("laura.valdes@example.org"));
    QCOMPARE(repo.find(id)->position, QStringLiteral("Director of Policy"));
    QVERIFY(m_errors.isEmpty());
    // Each step is in the change log.
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM change_log WHERE table_name = 'person' AND "
                              "record_id = ? AND summary LIKE 'Undo:%'"),
                          {id})
                 .toInt(),
             1);
}

void TestUndoCommands::insertUndoRedoKeepsId()
{
    const QStringList before = dump();
    OrganisationRepository repo(*m_db);
    Organisation o;
    o.name = QStringLiteral("Städtetag Łódź");
    o.city = QStringLiteral("Łódź");
    QString error;
    QVERIFY2(repo.insert(o, &error), qPrintable(error));
    m_stack.push(new InsertRecordCommand(*m_db, QStringLiteral("organisation"), o.id,
                                         QStringLiteral("New organisation"),
                                         [this](const QString &m) { m_errors << m; }));
    const QStringList withIt = dump();
    m_stack.undo();
    QVERIFY(!repo.find(o.id));
    QCOMPARE(dump(), before);
    m_stack.redo();
    QCOMPARE(repo.find(o.id)->name, QStringLiteral("Städtetag Łódź"));
    QCOMPARE(dump(), withIt);
    QVERIFY(m_errors.isEmpty());
}

void TestUndoCommands::deletePersonRestoresRegistrations()
{
    // An attendee (no roles), with registrations that go with the person.
    const qint64 id =
        m_db->scalar(QStringLiteral(
                         "SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM role r WHERE "
                         "r.person_id = p.id) AND (SELECT count(*) FROM registration g WHERE "
                         "g.person_id = p.id) >= 2 ORDER BY p.id LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    const QStringList before = dump();
    auto *command = new DeleteRecordCommand(*m_db, QStringLiteral("person"), id,
                                            QStringLiteral("Delete person"),
                                            [this](const QString &m) { m_errors << m; });
    QString error;
    QVERIFY2(command->execute(&error), qPrintable(error));
    m_stack.push(command);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"), {id})
            .toInt(),
        0);
    const QStringList deleted = dump();
    m_stack.undo();
    QCOMPARE(dump(), before);
    m_stack.redo();
    QCOMPARE(dump(), deleted);
    m_stack.undo();
    QCOMPARE(dump(), before);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(PrivacyFixture::foreignKeyProblems(*m_db), QStringList());
}

void TestUndoCommands::deleteEventRestoresEverything()
{
    const qint64 id =
        m_db->scalar(QStringLiteral(
                         "SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    const QStringList before = dump();
    auto *command =
        new DeleteRecordCommand(*m_db, QStringLiteral("event"), id, QStringLiteral("Delete event"),
                                [this](const QString &m) { m_errors << m; });
    QString error;
    QVERIFY2(command->execute(&error), qPrintable(error));
    m_stack.push(command);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM role WHERE event_id = ?"), {id}).toInt(),
        0);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {id})
            .toInt(),
        0);
    m_stack.undo();
    QCOMPARE(dump(), before);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM role WHERE event_id = ?"), {id})
                .toInt() >= 5);
    QVERIFY(m_errors.isEmpty());
}

void TestUndoCommands::failedUndoIsReported()
{
    // Undoing the creation of an organisation that someone has since given
    // a member is refused by the schema; the user is told, nothing changes.
    OrganisationRepository orgs(*m_db);
    Organisation o;
    o.name = QStringLiteral("Neue Stiftung");
    QString error;
    QVERIFY(orgs.insert(o, &error));
    m_stack.push(new InsertRecordCommand(*m_db, QStringLiteral("organisation"), o.id,
                                         QStringLiteral("New organisation"),
                                         [this](const QString &m) { m_errors << m; }));
    PersonRepository people(*m_db);
    Person p = *people.find(personId(QStringLiteral("Witt")));
    p.organisationId = o.id;
    QVERIFY(people.update(p, &error));
    const QStringList before = dump();
    m_stack.undo();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(!m_errors.first().isEmpty(), qPrintable(m_errors.first()));
    QCOMPARE(dump(), before);
    // The failed step is dropped from the stack rather than left to fail again.
    QCOMPARE(m_stack.count(), 0);
}

void TestUndoCommands::undoLeavesSomeoneElsesChangeAlone()
{
    const qint64 id = personId(QStringLiteral("Valdés Cano"));
    PersonRepository repo(*m_db);
    RecordStore store(*m_db);
    const QVariantMap before = store.fetch(QStringLiteral("person"), id);
    Person p = *repo.find(id);
    p.position = QStringLiteral("Director of Policy");
    QString error;
    QVERIFY2(repo.update(p, &error), qPrintable(error));
    m_stack.push(new ChangeRecordCommand(
        *m_db, QStringLiteral("person"), id, before, store.fetch(QStringLiteral("person"), id),
        QStringLiteral("Edit Laura Valdés Cano"), [this](const QString &m) { m_errors << m; }));

    // A colleague, in another window on the same file, changes her again.
    auto other = Database::open(m_db->path(), {});
    QVERIFY2(other.database, qPrintable(other.message));
    PersonRepository theirs(*other.database);
    Person q = *theirs.find(id);
    q.position = QStringLiteral("Managing Director");
    QVERIFY2(theirs.update(q, &error), qPrintable(error));

    // Undo would write over the colleague's change: it is refused and said.
    m_stack.undo();
    QCOMPARE(repo.find(id)->position, QStringLiteral("Managing Director"));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().startsWith(QStringLiteral("Cannot undo “Edit Laura Valdés Cano”")),
             qPrintable(m_errors.first()));
    QVERIFY2(m_errors.first().contains(QStringLiteral("Someone else changed this record")),
             qPrintable(m_errors.first()));

    // Without a colleague in between, undo and redo follow each other.
    m_errors.clear();
    m_stack.clear();
    const QVariantMap now = store.fetch(QStringLiteral("person"), id);
    Person r = *repo.find(id);
    r.position = QStringLiteral("Chair of the Board");
    QVERIFY2(repo.update(r, &error), qPrintable(error));
    m_stack.push(new ChangeRecordCommand(
        *m_db, QStringLiteral("person"), id, now, store.fetch(QStringLiteral("person"), id),
        QStringLiteral("Edit again"), [this](const QString &m) { m_errors << m; }));
    m_stack.undo();
    m_stack.redo();
    m_stack.undo();
    QCOMPARE(repo.find(id)->position, QStringLiteral("Managing Director"));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void TestUndoCommands::undoNeverLowersTheCalendarSequence()
{
    EventRepository events(*m_db);
    RecordStore store(*m_db);
    const qint64 id =
        m_db->scalar(QStringLiteral(
                         "SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    const QVariantMap before = store.fetch(QStringLiteral("event"), id);
    const int sequence = before.value(QStringLiteral("ical_sequence")).toInt();
    Event e = *events.find(id);
    e.title.en = QStringLiteral("Can cities really save the world?");
    QString error;
    QVERIFY2(events.update(e, &error), qPrintable(error));
    QCOMPARE(events.find(id)->icalSequence, sequence + 1);
    m_stack.push(new ChangeRecordCommand(
        *m_db, QStringLiteral("event"), id, before, store.fetch(QStringLiteral("event"), id),
        QStringLiteral("Edit event"), [this](const QString &m) { m_errors << m; }));
    // Undo brings the old title back, and subscribers must see that too.
    m_stack.undo();
    QCOMPARE(events.find(id)->title.en, QStringLiteral("Can cities save the world?"));
    QCOMPARE(events.find(id)->icalSequence, sequence + 2);
    m_stack.redo();
    QCOMPARE(events.find(id)->icalSequence, sequence + 3);

    // A change no subscriber sees (the notes) moves nothing, in either direction.
    const QVariantMap notesBefore = store.fetch(QStringLiteral("event"), id);
    e = *events.find(id);
    e.notes = QStringLiteral("Caterer confirmed.");
    QVERIFY(events.update(e, &error));
    m_stack.push(new ChangeRecordCommand(
        *m_db, QStringLiteral("event"), id, notesBefore, store.fetch(QStringLiteral("event"), id),
        QStringLiteral("Edit notes"), [this](const QString &m) { m_errors << m; }));
    m_stack.undo();
    QCOMPARE(events.find(id)->icalSequence, sequence + 3);
    QVERIFY(m_errors.isEmpty());
}

// A step of several rows (a programme reordered, a registration cancelled)
// never writes over a column a colleague changed since: undo and redo are
// refused and said, and the colleague's value stays. A colleague's change to
// another column of the same row does not stand in the way.
void TestUndoCommands::changeSetLeavesSomeoneElsesChangeAlone()
{
    const qint64 id =
        m_db->scalar(QStringLiteral("SELECT min(id) FROM programme_item")).toLongLong();
    QVERIFY(id > 0);
    RecordStore store(*m_db);
    const auto itemTitle = [&store, id] {
        return store.fetch(QStringLiteral("programme_item"), id)
            .value(QStringLiteral("title_en"))
            .toString();
    };
    RowChange change{QStringLiteral("programme_item"),
                     id,
                     store.fetch(QStringLiteral("programme_item"), id),
                     {}};
    change.after = change.before;
    change.after.insert(QStringLiteral("title_en"), QStringLiteral("Mine"));
    auto *command = new ChangeSetCommand(*m_db, {change}, QStringLiteral("Rename the item"),
                                         [this](const QString &m) { m_errors << m; });
    QString error;
    QVERIFY2(command->execute(&error), qPrintable(error));
    m_stack.push(command);
    QCOMPARE(itemTitle(), QStringLiteral("Mine"));

    // A colleague changes another column: undo still takes back the title.
    auto other = Database::open(m_db->path(), {});
    QVERIFY2(other.database, qPrintable(other.message));
    RecordStore theirs(*other.database);
    QVERIFY2(
        theirs.update(QStringLiteral("programme_item"), id,
                      {{QStringLiteral("description_en"), QStringLiteral("Bring the microphones")}},
                      QStringLiteral("Note"), 0, &error),
        qPrintable(error));
    m_stack.undo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(itemTitle(), change.before.value(QStringLiteral("title_en")).toString());
    m_stack.redo();
    QCOMPARE(itemTitle(), QStringLiteral("Mine"));

    // The colleague renames it: undo would write over that, and is refused.
    QVERIFY2(theirs.update(QStringLiteral("programme_item"), id,
                           {{QStringLiteral("title_en"), QStringLiteral("Theirs")}},
                           QStringLiteral("Rename"), 0, &error),
             qPrintable(error));
    m_stack.undo();
    QCOMPARE(itemTitle(), QStringLiteral("Theirs"));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("Someone else changed this record")),
             qPrintable(m_errors.first()));
    QCOMPARE(
        store.fetch(QStringLiteral("programme_item"), id).value(QStringLiteral("description_en")),
        QVariant(QStringLiteral("Bring the microphones")));
}

// Editing a programme cell or moving a row never writes over what a
// colleague changed in that item since the programme was read: the edit is
// refused and said, and the programme shows their version.
void TestUndoCommands::programmeEditLeavesSomeoneElsesChangeAlone()
{
    const qint64 eventId =
        m_db->scalar(QStringLiteral("SELECT event_id FROM programme_item GROUP BY event_id "
                                    "HAVING count(*) >= 2 ORDER BY event_id LIMIT 1"))
            .toLongLong();
    QVERIFY(eventId > 0);
    ProgrammeModel model(*m_db, &m_stack, Language::English);
    model.setEvent(eventId);
    QVERIFY(model.rowCount() >= 2);
    QStringList refused;
    connect(&model, &ProgrammeModel::errorOccurred, this,
            [&refused](const QString &m) { refused << m; });
    const QModelIndex title = model.index(0, ProgrammeModel::TitleEnColumn);
    const qint64 id =
        m_db->scalar(QStringLiteral("SELECT id FROM programme_item WHERE event_id = ? "
                                    "ORDER BY position, id LIMIT 1"),
                     {eventId})
            .toLongLong();

    // A colleague renames the first item after this programme was read.
    auto other = Database::open(m_db->path(), {});
    QVERIFY2(other.database, qPrintable(other.message));
    RecordStore theirs(*other.database);
    QString error;
    QVERIFY2(theirs.update(QStringLiteral("programme_item"), id,
                           {{QStringLiteral("title_en"), QStringLiteral("Theirs")}},
                           QStringLiteral("Rename"), 0, &error),
             qPrintable(error));
    QVERIFY(!model.setData(title, QStringLiteral("Mine"), Qt::EditRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().contains(QStringLiteral("Someone else changed")) &&
                 refused.first().contains(QStringLiteral("You had typed: “Mine”.")),
             qPrintable(refused.first()));
    RecordStore store(*m_db);
    QCOMPARE(store.fetch(QStringLiteral("programme_item"), id).value(QStringLiteral("title_en")),
             QVariant(QStringLiteral("Theirs")));
    QCOMPARE(model.index(0, ProgrammeModel::TitleEnColumn).data().toString(),
             QStringLiteral("Theirs"));

    // Read again, the edit goes through.
    QVERIFY(model.setData(model.index(0, ProgrammeModel::TitleEnColumn), QStringLiteral("Mine"),
                          Qt::EditRole));
    QCOMPARE(store.fetch(QStringLiteral("programme_item"), id).value(QStringLiteral("title_en")),
             QVariant(QStringLiteral("Mine")));

    // A colleague's change to another column does not stand in the way of a
    // move; a change to its position does.
    QVERIFY2(theirs.update(QStringLiteral("programme_item"), id,
                           {{QStringLiteral("title_de"), QStringLiteral("Ihres")}},
                           QStringLiteral("Rename"), 0, &error),
             qPrintable(error));
    QVERIFY(model.moveItem(0, 1)); // their change is to another column
    const QVariantMap moved = store.fetch(QStringLiteral("programme_item"), id);
    QCOMPARE(moved.value(QStringLiteral("title_de")), QVariant(QStringLiteral("Ihres")));
    QVERIFY2(theirs.update(QStringLiteral("programme_item"), id, {{QStringLiteral("position"), 7}},
                           QStringLiteral("Move"), 0, &error),
             qPrintable(error));
    refused.clear();
    QVERIFY(!model.moveItem(1, 0));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(
        store.fetch(QStringLiteral("programme_item"), id).value(QStringLiteral("position")).toInt(),
        7);
}

PODIUM_BACKEND_TEST_MAIN(TestUndoCommands, QStringList{})
#include "tst_undocommands.moc"
