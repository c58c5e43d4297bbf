// Calendar export and import from the window: the export dialog, the file
// written for each choice (the public feed and an invitation above all),
// and the import preview applied as one undoable step.
#include "backendwidgettest.h"
#include "calendaractions.h"
#include "calendarexportdialog.h"
#include "domain/demodata.h"
#include "domain/eventrepository.h"
#include "ical/icalchecks.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Podium;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString unfold(const QByteArray &ics)
{
    QByteArray b = ics;
    b.replace("\r\n ", "");
    return QString::fromUtf8(b);
}

/** Saves @p widget to the folder PODIUM_SCREENSHOT_DIR names, if it is set. */
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1StringView(name));
}

/** What happened in the modal dialogs of one importFile() call. */
struct Answers
{
    int previewRows = -1;
    QStringList actions;
    QString message;
};

/**
 * Answers the modal dialogs that importFile() opens: the preview is read
 * and accepted (or rejected), the closing message read and closed.
 */
void answerImport(Answers *answers, bool accept, const char *shot = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *preview = qobject_cast<CalendarImportPreviewDialog *>(modal)) {
            auto *table = preview->findChild<QTableWidget *>(QStringLiteral("previewTable"));
            answers->previewRows = table->rowCount();
            for (int r = 0; r < table->rowCount(); ++r)
                answers->actions.append(table->item(r, 0)->text());
            if (shot)
                screenshot(preview, shot);
            if (accept) {
                preview->accept();
            } else {
                preview->reject();
                timer->deleteLater();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answers->message = box->text();
            box->accept();
            timer->deleteLater();
        }
    });
    timer->start();
}

const QByteArray nightTalks = QByteArrayLiteral(
    "BEGIN:VCALENDAR\r\nPRODID:-//Podium tests//EN\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:night-1@example.org\r\nDTSTAMP:20230901T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20231029T023000\r\nDTEND;TZID=Europe/Berlin:20231029T033000\r\n"
    "SUMMARY:Night talk in the repeated hour\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:night-2@example.org\r\nDTSTAMP:20230901T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20231105T190000\r\nDTEND;TZID=Europe/Berlin:20231105T210000\r\n"
    "SUMMARY:Evening talk on cities\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n");

const QByteArray nightTalksChanged = QByteArrayLiteral(
    "BEGIN:VCALENDAR\r\nPRODID:-//Podium tests//EN\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:night-1@example.org\r\nDTSTAMP:20230902T080000Z\r\nSEQUENCE:1\r\n"
    "DTSTART;TZID=Europe/Berlin:20231029T023000\r\nDTEND;TZID=Europe/Berlin:20231029T040000\r\n"
    "SUMMARY:Night talk in the repeated hour\\, extended\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:night-2@example.org\r\nDTSTAMP:20230901T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20231105T190000\r\nDTEND;TZID=Europe/Berlin:20231105T210000\r\n"
    "SUMMARY:Evening talk on cities\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:night-3@example.org\r\nDTSTAMP:20230902T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20231112T110000\r\nDTEND;TZID=Europe/Berlin:20231112T123000\r\n"
    "SUMMARY:Sunday morning debate\r\nLOCATION:Zoom\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:night-4@example.org\r\nDTSTAMP:20230902T080000Z\r\n"
    "DTSTART;TZID=Mars/Olympus_Mons:20231112T110000\r\nSUMMARY:Far away\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n");

} // namespace

class TestCalendarActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actions();
    void invitationDialog();
    void publicFeedNamesNoAttendee();
    void invitationNamesTheChosenOnly();
    void failedExportKeepsTheFile();
    void importPreviewApplyUndoRedo();
    void cancelledImportChangesNothing();

private:
    QString write(const char *name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(QLatin1StringView(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }
    int count(const QString &sql) const { return m_db->scalar(sql).toInt(); }

    // The calendar files; the database comes from m_databases.
    QTemporaryDir m_dir;
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<CalendarActions> m_actions;
    qint64 m_event = 0;
    QList<qint64> m_selected;
};

void TestCalendarActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = m_databases.createDemo(QDate(2023, 9, 1));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    // The event with the most registered people who have an address.
    m_event = m_db->scalar(QStringLiteral(
                               "SELECT g.event_id FROM registration g JOIN person p ON p.id = "
                               "g.person_id WHERE p.email IS NOT NULL AND g.status <> 'cancelled'"
                               " GROUP BY g.event_id ORDER BY count(*) DESC, g.event_id LIMIT 1"))
                  .toLongLong();
    QVERIFY(m_event > 0);
    m_selected = {m_event};
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<CalendarActions>(
        *m_db, &m_undo, [this] { return m_selected; }, m_window.get());
}

void TestCalendarActions::actions()
{
    QCOMPARE(m_actions->exportAction()->text(), QStringLiteral("Export Calendar…"));
    QCOMPARE(m_actions->importAction()->text(), QStringLiteral("Import Calendar…"));
}

void TestCalendarActions::invitationDialog()
{
    CalendarExportDialog dialog(*m_db, m_selected);
    dialog.show();
    QCOMPARE(dialog.request().scope, CalendarExportRequest::Scope::SelectedEvents);
    QCOMPARE(dialog.request().eventIds, m_selected);
    QVERIFY(dialog.request().invitees.isEmpty());

    const int registered =
        count(QStringLiteral(
                  "SELECT count(*) FROM registration g JOIN person p ON p.id = g.person_id WHERE "
                  "g.event_id = %1 AND p.email IS NOT NULL AND g.status <> 'cancelled'")
                  .arg(m_event));
    QListWidget *list = dialog.recipientList();
    QCOMPARE(list->count(), registered);
    dialog.setScope(CalendarExportRequest::Scope::Invitation);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // Nobody is invited until someone is ticked.
    QVERIFY(!ok->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked);
    QVERIFY(ok->isEnabled());
    const CalendarExportRequest request = dialog.request();
    QCOMPARE(request.scope, CalendarExportRequest::Scope::Invitation);
    QCOMPARE(request.invitees.size(), 2);
    QVERIFY(list->item(0)->text().contains(request.invitees.at(0).email));
    QVERIFY(list->item(2)->text().contains(request.invitees.at(1).email));
    screenshot(&dialog, "calendar-export.png");

    // Several events selected: no invitation.
    CalendarExportDialog several(*m_db, {m_event, m_event + 1});
    QCOMPARE(several.recipientList()->count(), 0);
    several.setScope(CalendarExportRequest::Scope::Invitation);
    QVERIFY(several.request().scope != CalendarExportRequest::Scope::Invitation);
}

void TestCalendarActions::publicFeedNamesNoAttendee()
{
    CalendarExportRequest request;
    request.scope = CalendarExportRequest::Scope::PublicFeed;
    request.programmeItems = true;
    const QString path = m_dir.filePath(QStringLiteral("feed.ics"));
    QString error;
    const int written = m_actions->exportTo(request, path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(written, count(QStringLiteral("SELECT count(*) FROM event WHERE published = 1")));
    const QByteArray ics = readFile(path);
    const QString text = unfold(ics);
    QVERIFY(text.contains(QLatin1StringView("METHOD:PUBLISH\r\n")));
    QVERIFY(!text.contains(QLatin1StringView("ATTENDEE")));
    // No attendee's name or address, nor anyone's address but the organiser's.
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT p.given_name || ' ' || p.family_name, p.email FROM person p"
                       " WHERE EXISTS (SELECT 1 FROM registration g WHERE g.person_id = p.id)"
                       "   AND NOT EXISTS (SELECT 1 FROM role r WHERE r.person_id = p.id)"));
    QVERIFY(Database::exec(q));
    int attendees = 0;
    while (q.next()) {
        ++attendees;
        QVERIFY2(!text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
        if (!q.value(1).toString().isEmpty())
            QVERIFY2(!text.contains(q.value(1).toString(), Qt::CaseInsensitive),
                     qPrintable(q.value(1).toString()));
    }
    QVERIFY(attendees > 10);
    for (const IcalChecks::Result &parsed : {IcalChecks::libical(ics), IcalChecks::icalJs(ics)})
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
}

void TestCalendarActions::invitationNamesTheChosenOnly()
{
    CalendarExportDialog dialog(*m_db, m_selected);
    dialog.setScope(CalendarExportRequest::Scope::Invitation);
    QListWidget *list = dialog.recipientList();
    QVERIFY(list->count() >= 3);
    list->item(1)->setCheckState(Qt::Checked);
    const CalendarExportRequest request = dialog.request();
    QCOMPARE(request.invitees.size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("invitation.ics"));
    QString error;
    QCOMPARE(m_actions->exportTo(request, path, &error), 1);
    QCOMPARE(error, QString());
    const QByteArray ics = readFile(path);
    const QString text = unfold(ics);
    QVERIFY(text.contains(QLatin1StringView("METHOD:REQUEST\r\n")));
    QVERIFY(text.contains(QLatin1StringView("ORGANIZER;")));
    QCOMPARE(text.count(QLatin1StringView("\r\nATTENDEE")), 1);
    const ICalEvents::Recipient &chosen = request.invitees.constFirst();
    QVERIFY2(text.contains(QStringLiteral("ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                                          "mailto:") +
                           chosen.email + QStringLiteral("\r\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ATTENDEE;CN=") + chosen.name));
    // The others offered are not in it.
    QList<ICalEvents::Recipient> registered;
    QVERIFY(ICalEvents::registered(*m_db, m_event, &registered, &error));
    for (const ICalEvents::Recipient &r : std::as_const(registered)) {
        if (r.personId != chosen.personId)
            QVERIFY2(!text.contains(r.email, Qt::CaseInsensitive), qPrintable(r.email));
    }
    for (const IcalChecks::Result &parsed : {IcalChecks::libical(ics), IcalChecks::icalJs(ics)}) {
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.starts.size(), 1);
    }
}

void TestCalendarActions::failedExportKeepsTheFile()
{
    const QString path = write("kept.ics", "previous export\r\n");
    CalendarExportRequest request;
    request.scope = CalendarExportRequest::Scope::Invitation;
    request.eventIds = {m_event, m_event + 1};
    request.invitees = {{0, QStringLiteral("Guest"), QStringLiteral("guest@example.org"), {}}};
    QString error;
    QCOMPARE(m_actions->exportTo(request, path, &error), -1);
    QVERIFY2(error.contains(QLatin1StringView("exactly one event")), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("previous export\r\n"));
}

void TestCalendarActions::importPreviewApplyUndoRedo()
{
    EventRepository events(*m_db);
    const int before = count(QStringLiteral("SELECT count(*) FROM event"));
    int changes = 0;
    connect(m_actions.get(), &CalendarActions::eventsChanged, this, [&changes] { ++changes; });

    Answers first;
    answerImport(&first, true);
    QVERIFY(m_actions->importFile(write("night.ics", nightTalks)));
    QCOMPARE(first.previewRows, 2);
    QCOMPARE(first.actions, (QStringList{QStringLiteral("Create"), QStringLiteral("Create")}));
    QVERIFY2(first.message.contains(QLatin1StringView("2 created, 0 updated, 0 skipped")),
             qPrintable(first.message));
    QVERIFY(changes > 0);
    const std::optional<Event> night = events.findByUid(QStringLiteral("night-1@example.org"));
    QVERIFY(night);
    // RFC 5545 §3.3.5: the first 02:30 of the night the clocks go back.
    QCOMPARE(night->start, QDateTime(QDate(2023, 10, 29), QTime(0, 30), QTimeZone::utc()));
    QCOMPARE(m_undo.count(), 1);

    Answers second;
    answerImport(&second, true, "calendar-import-preview.png");
    QVERIFY(m_actions->importFile(write("night-changed.ics", nightTalksChanged)));
    QCOMPARE(second.actions, (QStringList{QStringLiteral("Update"), QStringLiteral("Skip"),
                                          QStringLiteral("Create"), QStringLiteral("Skip")}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before + 3);
    QCOMPARE(events.findByUid(QStringLiteral("night-1@example.org"))->title.en,
             QStringLiteral("Night talk in the repeated hour, extended"));
    QCOMPARE(m_undo.count(), 2);

    // Each import is one step back: the update is undone, then the creations.
    m_undo.undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before + 2);
    const std::optional<Event> undone = events.findByUid(QStringLiteral("night-1@example.org"));
    QCOMPARE(undone->title.en, QStringLiteral("Night talk in the repeated hour"));
    QCOMPARE(undone->end, night->end);
    // What subscribers saw change, changes again: SEQUENCE never goes back.
    QVERIFY(undone->icalSequence > 1);
    m_undo.undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before);
    QVERIFY(!events.findByUid(QStringLiteral("night-2@example.org")));

    m_undo.redo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before + 2);
    QCOMPARE(events.findByUid(QStringLiteral("night-1@example.org"))->id, night->id);
    m_undo.redo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before + 3);
    QCOMPARE(events.findByUid(QStringLiteral("night-1@example.org"))->title.en,
             QStringLiteral("Night talk in the repeated hour, extended"));
}

void TestCalendarActions::cancelledImportChangesNothing()
{
    const int before = count(QStringLiteral("SELECT count(*) FROM event"));
    const int steps = m_undo.count();
    Answers answers;
    answerImport(&answers, false);
    const QByteArray other = QByteArray(nightTalks).replace("night-", "other-");
    QVERIFY(!m_actions->importFile(write("other.ics", other)));
    QCOMPARE(answers.previewRows, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before);
    QCOMPARE(m_undo.count(), steps);

    // A file that is no calendar: a message naming it, nothing changed.
    Answers bad;
    answerImport(&bad, true);
    QVERIFY(!m_actions->importFile(write("notes.ics", "just some notes\r\n")));
    QCOMPARE(bad.previewRows, -1);
    QVERIFY2(bad.message.contains(QLatin1StringView("notes.ics")), qPrintable(bad.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), before);
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestCalendarActions, QStringList{})
#include "tst_calendaractions.moc"
