// The event workspace driven as a planner drives it: typing into the
// details, building a programme with its speakers, reordering it by keys,
// registering beyond the capacity, duplicating an event, and undoing it all
// step by step from the window's undo stack.
#include "backendwidgettest.h"
#include "domain/demodata.h"
#include "domain/eventrepository.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "eventworkspace.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "models/programmemodel.h"
#include "recordview.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Podium;

namespace {

const QTimeZone berlin("Europe/Berlin");

// Types @p text as key presses; QTest::keyClicks() takes ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QDateTime local(int y, int m, int d, int hour, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), berlin).toUTC();
}

} // namespace

class TestEventWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createEventWithProgrammeThenUndoStepByStep();
    void validationMessagesBesideFields();
    void newVenueAndSeriesOnTheSpot();
    void closingAsksBeforeLosingChanges();
    void reorderByKeysShiftsTimes();
    void startAndEndInTheInterfaceLanguage_data();
    void startAndEndInTheInterfaceLanguage();
    void capacityWaitingListAndPromotion();
    void duplicateShowsClashWarnings();
    void documentsAddAndRemove();
    void documentFilesKeptInTheDatabase();
    void markdownPreview();

private:
    EventWorkspace *openNew();
    EventWorkspace *openEvent(const QString &titleEn);
    qint64 eventId(const QString &titleEn) const;
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void clickButton(QWidget *parent, const char *name)
    {
        QPushButton *b = child<QPushButton>(parent, name);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void addPerson(EventWorkspace *ws, const QString &name, RoleKind kind);
    int count(const QString &sql, const QVariantList &bindings = {}) const
    {
        return m_window->database().scalar(sql, bindings).toInt();
    }

    // Files the workspace reads and writes; the databases come from m_databases.
    QTemporaryDir m_dir;
    Testing::TestDatabases m_templates;
    Testing::TestDatabases m_databases;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages;
};

void TestEventWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumWorkspaceTest"));
    QSettings().clear();
    auto opened = m_templates.create(QStringLiteral("demo.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
    m_demo = m_templates.lastLocation();
    // One database for each test, copied from this one while nothing has it open
    // (a file with everything written into it, not left in its journal).
    if (!Testing::TestDatabases::onServer())
        QVERIFY(opened.database->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    opened.database.reset();
}

void TestEventWorkspace::init()
{
    Clock::setSource([] { return QDateTime(QDate(2026, 11, 29), QTime(17, 0), Qt::UTC); });
    const QString location = m_databases.copyOf(m_demo);
    QVERIFY2(!location.isEmpty(), qPrintable(m_databases.error()));
    if (!Testing::TestDatabases::onServer())
        QFile::setPermissions(location, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Database::open(location, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_window = std::make_unique<MainWindow>(std::move(opened.database));
    m_messages.clear();
    m_window->setMessageSink([this](const QString &m) { m_messages << m; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEventWorkspace::cleanup()
{
    m_window.reset();
    m_databases.dropAll();
    Clock::setSource({});
}

qint64 TestEventWorkspace::eventId(const QString &titleEn) const
{
    return m_window->database()
        .scalar(QStringLiteral("SELECT id FROM event WHERE title_en = ?"), {titleEn})
        .toLongLong();
}

EventWorkspace *TestEventWorkspace::openNew()
{
    QAction *action = m_window->eventMenu()->findChild<QAction *>(QStringLiteral("newEventAction"));
    if (!action) {
        for (QAction *a : m_window->eventMenu()->actions()) {
            if (a->objectName() == QLatin1StringView("newEventAction"))
                action = a;
        }
    }
    if (!action)
        return nullptr;
    // A workspace closed before is deleted first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    action->trigger();
    EventWorkspace *ws = nullptr;
    for (EventWorkspace *w : m_window->findChildren<EventWorkspace *>()) {
        if (w->isVisible())
            ws = w;
    }
    if (ws) {
        ws->setMessageSink([this](const QString &m) { m_messages << m; });
        if (!QTest::qWaitForWindowExposed(ws))
            return nullptr;
    }
    return ws;
}

EventWorkspace *TestEventWorkspace::openEvent(const QString &titleEn)
{
    const qint64 id = eventId(titleEn);
    m_window->showView(MainWindow::EventsView);
    if (!m_window->selectRecord(MainWindow::EventsView, id))
        return nullptr;
    // Enter on the table opens the workspace.
    QTableView *table = m_window->recordView(MainWindow::EventsView)->tableView();
    table->setFocus();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(table, Qt::Key_Return);
    EventWorkspace *ws = nullptr;
    for (EventWorkspace *w : m_window->findChildren<EventWorkspace *>()) {
        if (w->isVisible())
            ws = w;
    }
    if (ws) {
        ws->setMessageSink([this](const QString &m) { m_messages << m; });
        if (!QTest::qWaitForWindowExposed(ws))
            return nullptr;
    }
    return ws;
}

void TestEventWorkspace::addPerson(EventWorkspace *ws, const QString &name, RoleKind kind)
{
    auto *person = child<QComboBox>(ws, "rolePersonCombo");
    auto *kindCombo = child<QComboBox>(ws, "roleKindCombo");
    QVERIFY(person && kindCombo);
    person->lineEdit()->clear();
    typeText(person->lineEdit(), name);
    kindCombo->setCurrentIndex(kindCombo->findData(toStorage(kind)));
    clickButton(ws, "addRoleButton");
}

void TestEventWorkspace::createEventWithProgrammeThenUndoStepByStep()
{
    QUndoStack *stack = m_window->undoStack();
    const int events = count(QStringLiteral("SELECT count(*) FROM event"));
    EventWorkspace *ws = openNew();
    QVERIFY(ws);
    QCOMPARE(ws->windowTitle(), QStringLiteral("New Event"));
    // Nothing but the details can be planned before the event exists.
    QVERIFY(!ws->tabWidget()->isTabEnabled(EventWorkspace::ProgrammeTab));

    typeText(child<QLineEdit>(ws, "titleEnEdit"), QStringLiteral("Cities and the sea"));
    typeText(child<QLineEdit>(ws, "titleDeEdit"), QStringLiteral("Städte und das Meer"));
    child<QDateTimeEdit>(ws, "startEdit")->setDateTime(QDateTime(QDate(2027, 5, 4), QTime(18, 0)));
    child<QDateTimeEdit>(ws, "endEdit")->setDateTime(QDateTime(QDate(2027, 5, 4), QTime(20, 0)));
    QComboBox *venue = child<QComboBox>(ws, "venueCombo");
    typeText(venue->lineEdit(), QStringLiteral("Forum Beispielhaus, Bonn"));
    QComboBox *room = child<QComboBox>(ws, "roomCombo");
    typeText(room->lineEdit(), QStringLiteral("Saal"));
    child<QSpinBox>(ws, "capacitySpin")->setValue(60);
    QVERIFY(ws->isModified());
    clickButton(ws, "saveButton");

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), events + 1);
    const qint64 id = ws->eventId();
    QVERIFY(id);
    const Event saved = *EventRepository(m_window->database()).find(id);
    QCOMPARE(saved.title.de, QStringLiteral("Städte und das Meer"));
    QCOMPARE(saved.start, local(2027, 5, 4, 18));
    QCOMPARE(saved.capacity.value_or(-1), 60);
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT name FROM room WHERE id = ?"), {saved.roomId})
                 .toString(),
             QStringLiteral("Saal"));
    QVERIFY(!ws->isModified());
    QCOMPARE(stack->count(), 1);
    QVERIFY(ws->tabWidget()->isTabEnabled(EventWorkspace::ProgrammeTab));
    // The main window shows and selects the new event.
    QCOMPARE(m_window->selectedEventIds(), QList<qint64>{id});

    // The programme: two items, titled in the table's editor.
    ws->showTab(EventWorkspace::ProgrammeTab);
    QTableView *view = ws->programmeView();
    auto addItem = [&](const QString &title) {
        QToolButton *add = nullptr;
        for (QToolButton *b : ws->findChildren<QToolButton *>()) {
            if (b->defaultAction() &&
                b->defaultAction()->objectName() == QLatin1StringView("addItemAction"))
                add = b;
        }
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits once the event loop runs.
        const int row = view->currentIndex().row();
        QTRY_COMPARE(ws->programmeModel()->item(row).title.en, title);
    };
    addItem(QStringLiteral("Opening panel"));
    addItem(QStringLiteral("Reception"));
    QCOMPARE(ws->programmeModel()->rowCount(), 2);
    const QList<ProgrammeItem> items = ProgrammeItemRepository(m_window->database()).forEvent(id);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).title.en, QStringLiteral("Opening panel"));
    QCOMPARE(items.at(0).start, local(2027, 5, 4, 18));
    QCOMPARE(items.at(1).title.en, QStringLiteral("Reception"));
    QCOMPARE(items.at(1).start, local(2027, 5, 4, 18, 30));
    QCOMPARE(stack->count(), 5); // event, two items, two titles

    // Three panellists on the panel, and the chair of the evening.
    view->selectRow(0);
    QCOMPARE(ws->rolesTarget(), items.at(0).id);
    addPerson(ws, QStringLiteral("Valdés Cano"), RoleKind::Panellist);
    addPerson(ws, QStringLiteral("Kihlgren"), RoleKind::Panellist);
    addPerson(ws, QStringLiteral("malaret"), RoleKind::Panellist);
    QCOMPARE(ws->rolesTable()->rowCount(), 3);
    QCOMPARE(ws->rolesTable()->item(0, 0)->text(), QStringLiteral("Laura Valdés Cano"));
    auto *target = child<QComboBox>(ws, "rolesTargetCombo");
    target->setCurrentIndex(target->findData(qint64(0)));
    addPerson(ws, QStringLiteral("Nora Witt"), RoleKind::Chair);
    QCOMPARE(ws->rolesTable()->rowCount(), 1);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    RoleRepository roles(m_window->database());
    QCOMPARE(roles.forItem(items.at(0).id).size(), 3);
    QCOMPARE(roles.forItem(items.at(0).id).at(2).kind, RoleKind::Panellist);
    QCOMPARE(roles.onEventAsWhole(id).size(), 1);
    QCOMPARE(roles.onEventAsWhole(id).first().kind, RoleKind::Chair);
    QCOMPARE(stack->count(), 9);

    // Undo, one step at a time.
    const QString roleCount = QStringLiteral("SELECT count(*) FROM role WHERE event_id = ?");
    for (int expected = 3; expected >= 0; --expected) {
        stack->undo();
        QCOMPARE(count(roleCount, {id}), expected);
    }
    stack->undo(); // the title of the reception
    QCOMPARE(ProgrammeItemRepository(m_window->database()).find(items.at(1).id)->title.en,
             QStringLiteral("New item"));
    stack->undo(); // the reception
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {id}),
             1);
    stack->undo(); // the panel's title
    stack->undo(); // the panel
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {id}),
             0);
    stack->undo(); // the event
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), events);
    QVERIFY(!stack->canUndo());
    QTRY_COMPARE(ws->eventId(), 0);

    // And all of it again.
    for (int i = 0; i < 9; ++i)
        stack->redo();
    QCOMPARE(count(roleCount, {id}), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {id}),
             2);
}

void TestEventWorkspace::validationMessagesBesideFields()
{
    EventWorkspace *ws = openNew();
    QVERIFY(ws);
    const int events = count(QStringLiteral("SELECT count(*) FROM event"));
    child<QDateTimeEdit>(ws, "startEdit")->setDateTime(QDateTime(QDate(2027, 5, 4), QTime(18, 0)));
    child<QDateTimeEdit>(ws, "endEdit")->setDateTime(QDateTime(QDate(2027, 5, 4), QTime(17, 0)));
    child<QComboBox>(ws, "timeZoneCombo")->setEditText(QStringLiteral("Mars/Olympus"));
    clickButton(ws, "saveButton");
    QCOMPARE(ws->fieldMessage(QStringLiteral("title")),
             QStringLiteral("Please enter a title in German or English."));
    QVERIFY(ws->fieldMessage(QStringLiteral("timeZone"))
                .startsWith(QStringLiteral("Unknown time zone “Mars/Olympus”.")));
    typeText(child<QLineEdit>(ws, "titleEnEdit"), QStringLiteral("Backwards"));
    child<QComboBox>(ws, "timeZoneCombo")->setEditText(QStringLiteral("Europe/Berlin"));
    clickButton(ws, "saveButton");
    QVERIFY(ws->fieldMessage(QStringLiteral("title")).isEmpty());
    QVERIFY2(ws->fieldMessage(QStringLiteral("end")).startsWith(QStringLiteral("The end, 17:00")),
             qPrintable(ws->fieldMessage(QStringLiteral("end"))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), events);
    QCOMPARE(m_window->undoStack()->count(), 0);
    // The typed title is still there.
    QCOMPARE(child<QLineEdit>(ws, "titleEnEdit")->text(), QStringLiteral("Backwards"));
    ws->setQuestionHandler(
        [](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
}

void TestEventWorkspace::newVenueAndSeriesOnTheSpot()
{
    EventWorkspace *ws = openNew();
    QVERIFY(ws);
    QStringList asked;
    ws->setTextPrompt([&asked](const QString &label, const QString &) -> std::optional<QString> {
        asked << label;
        if (label.contains(QStringLiteral("venue")))
            return QStringLiteral("Hamburg");
        return QStringLiteral("Hafengespräch");
    });
    typeText(child<QLineEdit>(ws, "titleEnEdit"), QStringLiteral("Port cities"));
    typeText(child<QComboBox>(ws, "seriesCombo")->lineEdit(), QStringLiteral("Harbour Talk"));
    typeText(child<QComboBox>(ws, "venueCombo")->lineEdit(), QStringLiteral("Kulturspeicher"));
    typeText(child<QComboBox>(ws, "roomCombo")->lineEdit(), QStringLiteral("Loft"));
    clickButton(ws, "saveButton");
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked.at(0).contains(QStringLiteral("“Harbour Talk”")));
    QVERIFY(asked.at(1).contains(QStringLiteral("“Kulturspeicher”")));
    const Event e = *EventRepository(m_window->database()).find(ws->eventId());
    const Database &db = m_window->database();
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT city FROM venue WHERE id = ?"), {e.venueId}).toString(),
        QStringLiteral("Hamburg"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM room WHERE id = ?"), {e.roomId}).toString(),
             QStringLiteral("Loft"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name_de FROM series WHERE id = ?"), {e.seriesId})
                 .toString(),
             QStringLiteral("Hafengespräch"));
    // One step undoes the event with its new series, venue and room.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM venue WHERE name = 'Kulturspeicher'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series WHERE name_en = 'Harbour Talk'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE title_en = 'Port cities'")), 0);

    // Declining to create a venue keeps the form as typed and saves nothing.
    m_window->undoStack()->redo();
    QTRY_VERIFY(!ws->isModified());
    ws->setTextPrompt([](const QString &, const QString &) { return std::nullopt; });
    child<QComboBox>(ws, "venueCombo")->setEditText(QStringLiteral("Nowhere Hall"));
    child<QComboBox>(ws, "roomCombo")->setEditText(QString());
    clickButton(ws, "saveButton");
    QVERIFY(!ws->fieldMessage(QStringLiteral("venue")).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM venue WHERE name = 'Nowhere Hall'")), 0);
    QVERIFY(ws->isModified());
    ws->revert();
    QVERIFY(!ws->isModified());
}

void TestEventWorkspace::closingAsksBeforeLosingChanges()
{
    EventWorkspace *ws = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(ws);
    QPointer<EventWorkspace> guard(ws);
    QLineEdit *title = child<QLineEdit>(ws, "titleEnEdit");
    QCOMPARE(title->text(), QStringLiteral("Can cities save the world?"));
    title->end(false);
    typeText(title, QStringLiteral(" Yes."));
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    ws->setQuestionHandler([&](const QString &, QMessageBox::StandardButtons buttons) {
        ++asked;
        if (!(buttons & QMessageBox::Save))
            return QMessageBox::No;
        return answer;
    });
    QCOMPARE(title->text(), QStringLiteral("Can cities save the world? Yes."));
    clickButton(ws, "closeButton");
    QCOMPARE(asked, 1);
    QVERIFY(guard && ws->isVisible());
    answer = QMessageBox::Save;
    ws->close();
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!guard);
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT title_en FROM event WHERE id = ?"),
                         {eventId(QStringLiteral("Can cities save the world? Yes."))})
                 .toString(),
             QStringLiteral("Can cities save the world? Yes."));
    // Undo brings the old title back, and raises the calendar sequence again.
    const int sequence =
        count(QStringLiteral("SELECT ical_sequence FROM event WHERE title_en LIKE 'Can cities%'"));
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM event WHERE title_en = 'Can cities save the world?'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT ical_sequence FROM event WHERE title_en LIKE 'Can "
                                  "cities%'")),
             sequence + 1);
}

void TestEventWorkspace::reorderByKeysShiftsTimes()
{
    EventWorkspace *ws = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(ws);
    QVERIFY(QTest::qWaitForWindowActive(ws));
    ws->showTab(EventWorkspace::ProgrammeTab);
    QTableView *view = ws->programmeView();
    QCOMPARE(ws->programmeModel()->rowCount(), 5);
    // The times' tooltip names the day and the span as the interface's
    // language writes them.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString tip = ws->programmeModel()
                            ->index(4, ProgrammeModel::StartColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QLocale::setDefault(before);
    QCOMPARE(tip, QStringLiteral("Dienstag, 19. September 2023, 20:30–21:00 Uhr"));
    const qint64 reception = ws->programmeModel()->item(4).id;
    const qint64 questions = ws->programmeModel()->item(3).id;
    view->setFocus();
    view->setCurrentIndex(ws->programmeModel()->index(4, ProgrammeModel::TitleEnColumn));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    ProgrammeItemRepository items(m_window->database());
    // The reception (30 minutes) now follows the discussion round at 20:00,
    // the questions (30 minutes) follow it; the programme still ends at 21:00.
    QCOMPARE(items.find(reception)->start, local(2023, 9, 19, 20, 0));
    QCOMPARE(items.find(reception)->end, local(2023, 9, 19, 20, 30));
    QCOMPARE(items.find(questions)->start, local(2023, 9, 19, 20, 30));
    QCOMPARE(items.find(questions)->end, local(2023, 9, 19, 21, 0));
    QCOMPARE(ws->programmeModel()->item(3).id, reception);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(m_window->undoStack()->count(), 1);
    // Once more: it moves before the discussion round (45 minutes).
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(items.find(reception)->start, local(2023, 9, 19, 19, 15));
    QCOMPARE(items.find(reception)->end, local(2023, 9, 19, 19, 45));
    QCOMPARE(ws->programmeModel()->item(2).id, reception);
    // And down again.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(items.find(reception)->start, local(2023, 9, 19, 20, 0));
    QCOMPARE(m_window->undoStack()->count(), 3);
    // Each move is one step back.
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(items.find(reception)->start, local(2023, 9, 19, 20, 30));
    QCOMPARE(items.find(reception)->position, 4);
    QCOMPARE(items.find(questions)->start, local(2023, 9, 19, 20, 0));
    QTRY_COMPARE(ws->programmeModel()->item(4).id, reception);
}

void TestEventWorkspace::startAndEndInTheInterfaceLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("registered");
    // German: the weekday as German abbreviates it, the day with its
    // period, the 24-hour clock.
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("Di., 19.09.2023, 19:00")
                            << QStringLiteral("Di., 19.09.2023, 21:00")
                            << QStringLiteral("201020241815")
                            << QStringLiteral("So., 20.10.2024, 18:15")
                            << QStringLiteral("^\\d{1,2}\\. \\S+ \\d{4}, \\d{2}:\\d{2}$");
    QTest::newRow("British English")
        << QLocale(QLocale::English, QLocale::UnitedKingdom)
        << QStringLiteral("Tue, 19/09/2023, 19:00") << QStringLiteral("Tue, 19/09/2023, 21:00")
        << QStringLiteral("201020241815") << QStringLiteral("Sun, 20/10/2024, 18:15")
        << QStringLiteral("^\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}$");
    // The month first, the 12-hour clock.
    QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                << QStringLiteral("Tue, 9/19/2023, 7:00 PM")
                                << QStringLiteral("Tue, 9/19/2023, 9:00 PM")
                                << QStringLiteral("10202024615")
                                << QStringLiteral("Sun, 10/20/2024, 6:15 PM")
                                << QStringLiteral(
                                       "^[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M$");
}

void TestEventWorkspace::startAndEndInTheInterfaceLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, keys);
    QFETCH(QString, typed);
    QFETCH(QString, registered);
    // The window sets the default locale to the interface language before
    // it builds anything (Gui::installTranslations).
    const QLocale before;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    EventWorkspace *ws = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(ws);
    auto *startEdit = child<QDateTimeEdit>(ws, "startEdit");
    auto *endEdit = child<QDateTimeEdit>(ws, "endEdit");
    QVERIFY(startEdit && endEdit);
    // CLDR versions differ in the kind of space before AM/PM; compare words.
    const auto plain = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    };
    QCOMPARE(plain(startEdit->text()), start);
    QCOMPARE(plain(endEdit->text()), end);
    // When each guest registered, in the same language, without the weekday.
    QTableWidget *registrations = ws->registrationsTable();
    QVERIFY(registrations->rowCount() > 0);
    int dated = 0;
    for (int row = 0; row < registrations->rowCount(); ++row) {
        const QString when = plain(registrations->item(row, 2)->text());
        if (when.isEmpty())
            continue;
        ++dated;
        QVERIFY2(QRegularExpression(registered).match(when).hasMatch(), qPrintable(when));
    }
    QVERIFY(dated > 0);

    // Every part stays a field of its own: past the weekday the keys fill
    // day, month, year, hour and minute in the locale's order, each field
    // handing on to the next once it is full. The end moves along, keeping
    // the length.
    startEdit->setFocus();
    QTRY_VERIFY(startEdit->hasFocus());
    QTest::keyClick(startEdit, Qt::Key_Home);
    QCOMPARE(startEdit->currentSectionIndex(), 0);
    QTest::keyClick(startEdit, Qt::Key_Tab);
    QTest::keyClicks(startEdit, keys);
    QCOMPARE(plain(startEdit->text()), typed);
    QCOMPARE(startEdit->dateTime(), QDateTime(QDate(2024, 10, 20), QTime(18, 15)));
    QCOMPARE(endEdit->dateTime(), QDateTime(QDate(2024, 10, 20), QTime(20, 15)));
}

void TestEventWorkspace::capacityWaitingListAndPromotion()
{
    const QString title = QStringLiteral("Can cities save the world?");
    EventWorkspace *ws = openEvent(title);
    QVERIFY(ws);
    const qint64 id = ws->eventId();
    const Database &db = m_window->database();
    // 18 came; make that the capacity.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ? AND "
                                  "status = 'attended'"),
                   {id}),
             18);
    child<QSpinBox>(ws, "capacitySpin")->setValue(18);
    clickButton(ws, "saveButton");
    QVERIFY(ws->countsText().contains(QStringLiteral("18 of 18 places taken, 0 left.")));
    QVERIFY(ws->warnings().isEmpty());

    // A new registration beyond the capacity goes to the waiting list.
    ws->showTab(EventWorkspace::RegistrationsTab);
    QComboBox *person = child<QComboBox>(ws, "registerPersonCombo");
    typeText(person->lineEdit(), QStringLiteral("Laura Valdés"));
    clickButton(ws, "registerButton");
    const qint64 laura =
        db.scalar(QStringLiteral("SELECT id FROM person WHERE family_name = 'Valdés Cano'"))
            .toLongLong();
    const auto registration = RegistrationRepository(m_window->database()).find(laura, id);
    QVERIFY(registration);
    QCOMPARE(registration->status, RegistrationStatus::Waitlisted);
    QCOMPARE(registration->registeredAt, Clock::nowUtc());
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.first().contains(QStringLiteral("waiting list")));
    QVERIFY(ws->countsText().contains(QStringLiteral("Waiting list 3")));

    // Cancelling an attended guest frees a place: the first of the waiting
    // list (by time of registration, not Laura who came last) may move up.
    const qint64 firstWaiting =
        db.scalar(QStringLiteral("SELECT id FROM registration WHERE event_id = ? AND status = "
                                 "'waitlisted' ORDER BY registered_at, id LIMIT 1"),
                  {id})
            .toLongLong();
    QVERIFY(firstWaiting != registration->id);
    QString question;
    ws->setQuestionHandler([&](const QString &q, QMessageBox::StandardButtons) {
        question = q;
        return QMessageBox::Yes;
    });
    QTableWidget *table = ws->registrationsTable();
    int attendedRow = -1;
    for (int r = 0; r < table->rowCount() && attendedRow < 0; ++r) {
        if (table->item(r, 1)->text() == QStringLiteral("Attended"))
            attendedRow = r;
    }
    QVERIFY(attendedRow >= 0);
    const qint64 cancelled = table->item(attendedRow, 0)->data(Qt::UserRole).toLongLong();
    table->selectRow(attendedRow);
    clickButton(ws, "cancelRegistrationButton");
    QVERIFY2(question.startsWith(QStringLiteral("A place is free now. Move ")),
             qPrintable(question));
    RegistrationRepository regs(m_window->database());
    QCOMPARE(regs.find(cancelled)->status, RegistrationStatus::Cancelled);
    QCOMPARE(regs.find(firstWaiting)->status, RegistrationStatus::Registered);
    QCOMPARE(regs.find(registration->id)->status, RegistrationStatus::Waitlisted);
    // One undo step puts both back.
    m_window->undoStack()->undo();
    QCOMPARE(regs.find(cancelled)->status, RegistrationStatus::Attended);
    QCOMPARE(regs.find(firstWaiting)->status, RegistrationStatus::Waitlisted);

    // Declining the offer only cancels.
    ws->setQuestionHandler(
        [](const QString &, QMessageBox::StandardButtons) { return QMessageBox::No; });
    QVERIFY(ws->cancelRegistration(cancelled));
    QCOMPARE(regs.find(firstWaiting)->status, RegistrationStatus::Waitlisted);

    // Over capacity shows in the warnings strip.
    m_window->undoStack()->undo();
    child<QSpinBox>(ws, "capacitySpin")->setValue(10);
    clickButton(ws, "saveButton");
    QCOMPARE(ws->warnings(),
             QStringList{QStringLiteral("18 places are taken, but the event has only 10.")});
    auto *strip = child<QLabel>(ws, "warningStrip");
    QVERIFY(strip->isVisible());
    QVERIFY(strip->text().contains(QStringLiteral("only 10")));
}

void TestEventWorkspace::duplicateShowsClashWarnings()
{
    m_window->setDatePrompt([](const QDate &suggested) -> std::optional<QDate> {
        if (suggested != QDate(2024, 9, 17))
            return std::nullopt;
        // On the same day as the original: every speaker and room clashes.
        return QDate(2023, 9, 19);
    });
    const qint64 original = eventId(QStringLiteral("Can cities save the world?"));
    m_window->showView(MainWindow::EventsView);
    QVERIFY(m_window->selectRecord(MainWindow::EventsView, original));
    QCOMPARE(m_window->selectedEventIds(), QList<qint64>{original});
    QAction *duplicate = nullptr;
    for (QAction *a : m_window->eventMenu()->actions()) {
        if (a->objectName() == QLatin1StringView("duplicateEventAction"))
            duplicate = a;
    }
    QVERIFY(duplicate);
    QCOMPARE(duplicate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->trigger();
    EventWorkspace *ws = nullptr;
    for (EventWorkspace *w : m_window->findChildren<EventWorkspace *>())
        ws = w->isVisible() ? w : ws;
    QVERIFY(ws);
    const qint64 copy = ws->eventId();
    QVERIFY(copy && copy != original);
    const Event c = *EventRepository(m_window->database()).find(copy);
    QCOMPARE(c.status, EventStatus::Planned);
    QVERIFY(!c.published);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {copy}), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role WHERE event_id = ?"), {copy}), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ?"), {copy}),
             0);

    const QStringList warnings = ws->warnings();
    auto contains = [&warnings](const QString &text) {
        for (const QString &w : warnings) {
            if (w.contains(text))
                return true;
        }
        return false;
    };
    QVERIFY2(contains(QStringLiteral("Laura Valdés Cano is booked twice at the same time")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(contains(QStringLiteral("Großer Saal (Dialogforum Berlin-Mitte) is booked twice")));
    QVERIFY(contains(QStringLiteral("Foyer (Dialogforum Berlin-Mitte) is booked twice")));
    QVERIFY(child<QLabel>(ws, "warningStrip")->isVisible());

    // Undo removes the copy with its programme; the original keeps its own.
    ws->close();
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE id = ?"), {copy}), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM programme_item WHERE event_id = ?"), {copy}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role WHERE event_id = ?"), {original}), 5);

    // The original alone has no clash.
    EventWorkspace *again = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(again);
    QVERIFY2(again->warnings().isEmpty(), qPrintable(again->warnings().join(QLatin1Char('\n'))));
}

void TestEventWorkspace::documentsAddAndRemove()
{
    EventWorkspace *ws = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(ws);
    const int before = ws->documentsTable()->rowCount();
    QVERIFY(ws->addDocumentLink(QStringLiteral("Report"), DocumentKind::Report,
                                QStringLiteral("https://example.org/report")));
    QCOMPARE(ws->documentsTable()->rowCount(), before + 1);
    // A link that is not one is refused with the reason.
    QVERIFY(!ws->addDocumentLink(QStringLiteral("Broken"), DocumentKind::Other, QString()));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(ws->documentsTable()->rowCount(), before + 1);
    const qint64 id = ws->documentsTable()->item(before, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(ws->removeDocument(id));
    QCOMPARE(ws->documentsTable()->rowCount(), before);
    m_window->undoStack()->undo();
    QTRY_COMPARE(ws->documentsTable()->rowCount(), before + 1);
}

void TestEventWorkspace::documentFilesKeptInTheDatabase()
{
    EventWorkspace *ws = openEvent(QStringLiteral("Can cities save the world?"));
    QVERIFY(ws);
    QList<QUrl> opened;
    ws->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    const int before = ws->documentsTable()->rowCount();

    // A small PDF is kept in the database, with its type read from its content.
    QByteArray pdf("%PDF-1.4\n% Podium test\n");
    for (int i = 0; i < 300; ++i)
        pdf += "0123456789abcdef\n";
    const QString pdfPath = m_dir.filePath(QStringLiteral("Agenda 2023.pdf"));
    {
        QFile f(pdfPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
    }
    QVERIFY(ws->addDocumentFile(pdfPath, DocumentKind::Agenda));
    QCOMPARE(ws->documentsTable()->rowCount(), before + 1);
    QCOMPARE(ws->documentsTable()->item(before, 0)->text(), QStringLiteral("Agenda 2023"));
    QVERIFY(
        ws->documentsTable()->item(before, 2)->text().contains(QStringLiteral("Agenda 2023.pdf")));
    const qint64 id = ws->documentsTable()->item(before, 0)->data(Qt::UserRole).toLongLong();
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT mime_type FROM document WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("application/pdf"));
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT content FROM document WHERE id = ?"), {id})
                 .toByteArray(),
             pdf);

    // Only a file kept in the database can be saved as a copy; a link cannot.
    ws->documentsTable()->setCurrentCell(before, 0);
    QVERIFY(child<QPushButton>(ws, "saveDocumentAsButton")->isEnabled());
    // Reading the event again keeps the chosen document.
    ws->refresh();
    QCOMPARE(ws->documentsTable()->currentRow(), before);
    QVERIFY(child<QPushButton>(ws, "saveDocumentAsButton")->isEnabled());
    QVERIFY(child<QPushButton>(ws, "openDocumentButton")->isEnabled());
    QVERIFY(ws->addDocumentLink(QStringLiteral("Report"), DocumentKind::Report,
                                QStringLiteral("https://example.org/report")));
    ws->documentsTable()->setCurrentCell(before + 1, 0);
    QVERIFY(!child<QPushButton>(ws, "saveDocumentAsButton")->isEnabled());
    QVERIFY(child<QPushButton>(ws, "removeDocumentButton")->isEnabled());
    m_window->undoStack()->undo();
    QTRY_COMPARE(ws->documentsTable()->rowCount(), before + 1);

    // A copy comes out byte for byte.
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(ws->saveDocumentAs(id, copy));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), pdf);

    // Opening it hands a private copy to the desktop.
    const QUrl url = ws->openDocument(id);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), url);
    QVERIFY(url.isLocalFile());
    QCOMPARE(QFileInfo(url.toLocalFile()).fileName(), QStringLiteral("Agenda 2023.pdf"));
    QFile temp(url.toLocalFile());
    QVERIFY(temp.open(QIODevice::ReadOnly));
    QCOMPARE(temp.readAll(), pdf);
    QCOMPARE(QFileInfo(QFileInfo(url.toLocalFile()).absolutePath()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A file over the limit is refused with its name, and nothing is added.
    m_messages.clear();
    const QString big = m_dir.filePath(QStringLiteral("recording.mp4"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Document::maximumContentSize + 1));
    }
    QVERIFY(!ws->addDocumentFile(big, DocumentKind::Other));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QStringLiteral("recording.mp4")),
             qPrintable(m_messages.first()));
    QVERIFY(
        !ws->addDocumentFile(m_dir.filePath(QStringLiteral("missing.pdf")), DocumentKind::Other));
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(ws->documentsTable()->rowCount(), before + 1);

    // Adding a file is one undo step.
    m_window->undoStack()->undo();
    QTRY_COMPARE(ws->documentsTable()->rowCount(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM document WHERE id = ?"), {id}), 0);
}

void TestEventWorkspace::markdownPreview()
{
    EventWorkspace *ws = openNew();
    QVERIFY(ws);
    auto *edit = child<QPlainTextEdit>(ws, "descriptionEnEdit");
    typeText(edit, QStringLiteral("# Heading\n\nSome **bold** words"));
    auto *preview = child<QTextBrowser>(ws, "descriptionPreview");
    QVERIFY(preview->toHtml().contains(QStringLiteral("font-weight:700")));
    QVERIFY(preview->toPlainText().startsWith(QStringLiteral("Heading")));
    ws->setQuestionHandler(
        [](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestEventWorkspace, QStringList{})
#include "tst_eventworkspace.moc"
