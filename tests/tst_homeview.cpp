// The Home view: the next events with their registrations against
// capacity, and the latest changes from the change log.
#include "backendwidgettest.h"
#include "domain/eventrepository.h"
#include "homeview.h"
#include "models/homedata.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/clock.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Podium;

class TestHomeView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upcomingEventsInOrderWithCounts();
    void upcomingLimit();
    void upcomingDatesInTheInterfaceLanguage();
    void changeDatesWithTheWholeYear();
    void doubleClickOpensEvent();
    void recentChangesAfterAnEdit();
    void deletedRecordsAndSettings();
    void rendersUnderADarkPalette();
    void readsNothingUntilShown();

private:
    qint64 insert(const QString &table, const RecordStore::Values &values,
                  const QString &summary = QStringLiteral("added"));
    qint64 addEvent(const QString &title, const QString &start, const QString &end,
                    const QVariant &capacity = {});
    void addRegistrations(qint64 eventId, const QString &status, int count);
    QStringList column(QTreeWidget *list, int column) const;
    void tick() { m_now = m_now.addSecs(60); }

    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
    int m_people = 0;
    qint64 m_past = 0, m_running = 0, m_soon = 0, m_later = 0;
};

qint64 TestHomeView::insert(const QString &table, const RecordStore::Values &values,
                            const QString &summary)
{
    tick();
    RecordStore store(*m_db);
    QString error;
    const qint64 id = store.insert(table, values, summary, &error);
    if (id == 0)
        qWarning("%s", qPrintable(error));
    return id;
}

qint64 TestHomeView::addEvent(const QString &title, const QString &start, const QString &end,
                              const QVariant &capacity)
{
    return insert(
        QStringLiteral("event"),
        {{QStringLiteral("uid"),
          QString(title).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral("@test")},
         {QStringLiteral("title_en"), title},
         {QStringLiteral("title_key"), title.toLower()},
         {QStringLiteral("start_utc"), start},
         {QStringLiteral("end_utc"), end},
         {QStringLiteral("status"), QStringLiteral("confirmed")},
         {QStringLiteral("capacity"), capacity}},
        QStringLiteral("Event “%1” created").arg(title));
}

void TestHomeView::addRegistrations(qint64 eventId, const QString &status, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("Guest %1").arg(++m_people);
        const qint64 person =
            insert(QStringLiteral("person"), {{QStringLiteral("given_name"), name},
                                              {QStringLiteral("sort_key"), name.toLower()},
                                              {QStringLiteral("search_key"), name.toLower()}});
        QVERIFY(person);
        QVERIFY(insert(QStringLiteral("registration"), {{QStringLiteral("person_id"), person},
                                                        {QStringLiteral("event_id"), eventId},
                                                        {QStringLiteral("status"), status}}));
    }
}

QStringList TestHomeView::column(QTreeWidget *list, int column) const
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(column);
    return out;
}

void TestHomeView::init()
{
    auto opened = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) +
                                     QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_now = QDateTime(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC);
    Clock::setSource([this] { return m_now; });

    m_past = addEvent(QStringLiteral("Past Talk"), QStringLiteral("2026-05-01T17:00:00Z"),
                      QStringLiteral("2026-05-01T19:00:00Z"), 40);
    addRegistrations(m_past, QStringLiteral("attended"), 2);
    m_later = addEvent(QStringLiteral("Later Forum"), QStringLiteral("2026-08-01T16:00:00Z"),
                       QStringLiteral("2026-08-01T19:00:00Z"), 50);
    addRegistrations(m_later, QStringLiteral("registered"), 2);
    addRegistrations(m_later, QStringLiteral("confirmed"), 1);
    addRegistrations(m_later, QStringLiteral("waitlisted"), 2);
    addRegistrations(m_later, QStringLiteral("cancelled"), 1);
    addRegistrations(m_later, QStringLiteral("invited"), 1);
    m_soon = addEvent(QStringLiteral("Soon Evening"), QStringLiteral("2026-07-01T17:00:00Z"),
                      QStringLiteral("2026-07-01T19:00:00Z"));
    addRegistrations(m_soon, QStringLiteral("registered"), 1);
    // Under way at noon: still listed, its checked-in guests among the seats taken.
    m_running = addEvent(QStringLiteral("Running Workshop"), QStringLiteral("2026-06-15T10:00:00Z"),
                         QStringLiteral("2026-06-15T14:00:00Z"), 3);
    addRegistrations(m_running, QStringLiteral("attended"), 2);
    addRegistrations(m_running, QStringLiteral("confirmed"), 2);
    m_now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
}

void TestHomeView::cleanup()
{
    Clock::setSource({});
    m_db.reset();
    m_people = 0;
}

void TestHomeView::upcomingEventsInOrderWithCounts()
{
    HomeView view(*m_db);
    view.show();
    QTreeWidget *list = view.upcomingList();
    QCOMPARE(column(list, HomeView::TitleColumn),
             (QStringList{QStringLiteral("Running Workshop"), QStringLiteral("Soon Evening"),
                          QStringLiteral("Later Forum")}));
    auto count = [&](int row, int role) {
        return list->topLevelItem(row)->data(HomeView::RegistrationsColumn, role).toInt();
    };
    QCOMPARE(list->topLevelItem(2)->data(0, HomeView::EventIdRole).toLongLong(), m_later);
    QCOMPARE(count(2, HomeView::RegisteredRole), 3);
    QCOMPARE(count(2, HomeView::WaitlistedRole), 2);
    QCOMPARE(count(2, HomeView::CapacityRole), 50);
    QCOMPARE(list->topLevelItem(2)->text(HomeView::RegistrationsColumn),
             QStringLiteral("3 of 50, 2 waiting"));
    QCOMPARE(count(1, HomeView::CapacityRole), -1);
    QCOMPARE(list->topLevelItem(1)->text(HomeView::RegistrationsColumn),
             QStringLiteral("1 registered"));
    // Over capacity: four seats taken of three.
    QCOMPARE(count(0, HomeView::RegisteredRole), 4);
    QCOMPARE(list->topLevelItem(0)->text(HomeView::RegistrationsColumn), QStringLiteral("4 of 3"));
    QCOMPARE(list->topLevelItem(0)->text(HomeView::VenueColumn), QStringLiteral("Online"));
    QCOMPARE(list->topLevelItem(0)->text(HomeView::StatusColumn), QStringLiteral("Confirmed"));

    // Once the workshop is over it leaves the list, on refresh.
    m_now = QDateTime(QDate(2026, 6, 15), QTime(14, 0, 1), Qt::UTC);
    view.refresh();
    QCOMPARE(column(list, HomeView::TitleColumn),
             (QStringList{QStringLiteral("Soon Evening"), QStringLiteral("Later Forum")}));
}

void TestHomeView::upcomingLimit()
{
    for (int i = 0; i < HomeView::upcomingLimit + 2; ++i)
        addEvent(QStringLiteral("Extra %1").arg(i, 2, 10, QLatin1Char('0')),
                 QStringLiteral("2027-01-%1T10:00:00Z").arg(i + 1, 2, 10, QLatin1Char('0')),
                 QStringLiteral("2027-01-%1T12:00:00Z").arg(i + 1, 2, 10, QLatin1Char('0')));
    HomeView view(*m_db);
    view.show();
    QCOMPARE(view.upcomingList()->topLevelItemCount(), HomeView::upcomingLimit);
    QCOMPARE(view.upcomingList()->topLevelItem(3)->text(HomeView::TitleColumn),
             QStringLiteral("Extra 00"));
}

void TestHomeView::upcomingDatesInTheInterfaceLanguage()
{
    // Each language writes the day its own way: German with the day's
    // period and its own month names, English as before with a comma
    // before the time.
    const QLocale before;
    const auto soonEvening = [this](const QLocale &locale) {
        QLocale::setDefault(locale);
        HomeView view(*m_db);
        view.show();
        const QString text = view.upcomingList()->topLevelItem(1)->text(HomeView::DateColumn);
        return text;
    };
    const QString german = soonEvening(QLocale(QLocale::German, QLocale::Germany));
    const QString british = soonEvening(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(before);
    QCOMPARE(german, QStringLiteral("Mi., 1. Juli 2026, 19:00"));
    QCOMPARE(british, QStringLiteral("Wed, 1 Jul 2026, 19:00"));
}

void TestHomeView::changeDatesWithTheWholeYear()
{
    // A change of an earlier day: its date in figures with all four digits
    // of the year (QLocale's short format has two in German), and the time;
    // one of today: "Today" and the time.
    const QDateTime written = Clock::fromStorage(
        m_db->scalar(QStringLiteral("SELECT changed_at FROM change_log ORDER BY id DESC"))
            .toString());
    QVERIFY(written.isValid());
    const QLocale before;
    const auto newest = [this](const QLocale &locale) {
        QLocale::setDefault(locale);
        HomeView view(*m_db);
        view.show();
        return view.changesList()->topLevelItem(0)->text(HomeView::WhenColumn);
    };
    const QDateTime now = m_now;
    m_now = written.addDays(3);
    const QString german = newest(QLocale(QLocale::German, QLocale::Germany));
    const QString american = newest(QLocale(QLocale::English, QLocale::UnitedStates));
    m_now = written;
    const QString today = newest(QLocale(QLocale::German, QLocale::Germany));
    QLocale::setDefault(before);
    m_now = now;
    const QDateTime local = written.toLocalTime();
    QCOMPARE(german, local.toString(QStringLiteral("dd.MM.yyyy, HH:mm")));
    QCOMPARE(american, QLocale(QLocale::English, QLocale::UnitedStates)
                           .toString(local, QStringLiteral("M/d/yyyy, h:mm AP")));
    QCOMPARE(today, QStringLiteral("Today, ") + local.toString(QStringLiteral("HH:mm")));
}

void TestHomeView::doubleClickOpensEvent()
{
    HomeView view(*m_db);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &HomeView::openEvent);
    QTreeWidget *list = view.upcomingList();
    const QRect rect = list->visualItemRect(list->topLevelItem(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.count(), 0);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_soon);
    // A single click only selects.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(2)).center());
    QCOMPARE(opened.count(), 1);
}

void TestHomeView::recentChangesAfterAnEdit()
{
    HomeView view(*m_db);
    view.show();
    QTreeWidget *changes = view.changesList();
    QCOMPARE(changes->topLevelItem(0)->text(HomeView::KindColumn), QStringLiteral("Registration"));
    QCOMPARE(changes->topLevelItem(0)->text(HomeView::RecordColumn),
             QStringLiteral("Guest %1 (Running Workshop)").arg(m_people));
    QCOMPARE(changes->topLevelItem(0)->text(HomeView::ActionColumn), QStringLiteral("Created"));

    EventRepository events(*m_db);
    std::optional<Event> later = events.find(m_later);
    QVERIFY(later);
    later->title.en = QStringLiteral("Renamed Forum");
    tick();
    QString error;
    QVERIFY2(events.update(*later, &error), qPrintable(error));
    // Nothing moves until the view is refreshed.
    QCOMPARE(changes->topLevelItem(0)->text(HomeView::KindColumn), QStringLiteral("Registration"));
    view.refresh();
    QTreeWidgetItem *top = changes->topLevelItem(0);
    QCOMPARE(top->text(HomeView::KindColumn), QStringLiteral("Event"));
    QCOMPARE(top->text(HomeView::RecordColumn), QStringLiteral("Renamed Forum"));
    QCOMPARE(top->text(HomeView::ActionColumn), QStringLiteral("Changed"));
    QCOMPARE(top->text(HomeView::UserColumn),
             m_db->scalar(QStringLiteral("SELECT user_name FROM change_log ORDER BY id DESC"))
                 .toString());
    QCOMPARE(top->toolTip(HomeView::RecordColumn), QStringLiteral("Event “Renamed Forum” changed"));
    QVERIFY(top->text(HomeView::WhenColumn).startsWith(QStringLiteral("Today")) ||
            QDateTime::currentDateTime().date() != m_now.toLocalTime().date());
    // The upcoming list shows the new title too.
    QCOMPARE(view.upcomingList()->topLevelItem(2)->text(HomeView::TitleColumn),
             QStringLiteral("Renamed Forum"));
    // 33 entries: 4 events, 14 people, 14 registrations and the edit.
    QCOMPARE(changes->topLevelItemCount(), 33);
    // Older entries name the record as it is now, not as it was.
    QList<HomeData::Change> all;
    QVERIFY2(HomeData::recentChanges(*m_db, 1000, Language::English, &all, &error),
             qPrintable(error));
    bool created = false;
    for (const HomeData::Change &c : std::as_const(all)) {
        if (c.table == QLatin1StringView("event") && c.recordId == m_later &&
            c.action == QLatin1StringView("insert")) {
            created = true;
            QCOMPARE(c.recordName, QStringLiteral("Renamed Forum"));
            QCOMPARE(c.summary, QStringLiteral("Event “Later Forum” created"));
        }
    }
    QVERIFY(created);
}

void TestHomeView::deletedRecordsAndSettings()
{
    EventRepository events(*m_db);
    tick();
    QString error;
    QVERIFY2(events.remove(m_past, &error), qPrintable(error));
    tick();
    RecordStore store(*m_db);
    QVERIFY2(store.setSetting(QStringLiteral("foundationName"), QStringLiteral("sef:"), &error),
             qPrintable(error));

    QList<HomeData::Change> changes;
    QVERIFY2(HomeData::recentChanges(*m_db, 3, Language::English, &changes, &error),
             qPrintable(error));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).table, QStringLiteral("setting"));
    QCOMPARE(changes.at(0).recordName, QStringLiteral("foundationName"));
    QCOMPARE(changes.at(1).table, QStringLiteral("event"));
    QCOMPARE(changes.at(1).action, QStringLiteral("delete"));
    QCOMPARE(changes.at(1).recordId, m_past);
    QVERIFY(!changes.at(1).recordExists());

    HomeView view(*m_db);
    view.show();
    QTreeWidget *list = view.changesList();
    QCOMPARE(list->topLevelItem(0)->text(HomeView::KindColumn), QStringLiteral("Setting"));
    QCOMPARE(list->topLevelItem(0)->text(HomeView::RecordColumn), QStringLiteral("foundationName"));
    QCOMPARE(list->topLevelItem(0)->text(HomeView::ActionColumn), QStringLiteral("Changed"));
    QCOMPARE(list->topLevelItem(1)->text(HomeView::RecordColumn),
             QStringLiteral("(no longer exists)"));
    QCOMPARE(list->topLevelItem(1)->text(HomeView::ActionColumn), QStringLiteral("Deleted"));
    QVERIFY(list->topLevelItem(1)->font(HomeView::RecordColumn).italic());
    QCOMPARE(list->topLevelItem(1)->toolTip(HomeView::KindColumn),
             QStringLiteral("Event “Past Talk” deleted"));
    // The deletion took the registrations with it: the upcoming counts are unchanged.
    QCOMPARE(view.upcomingList()->topLevelItemCount(), 3);

    QCOMPARE(HomeData::tableLabel(QStringLiteral("programme_item")),
             QStringLiteral("Programme item"));
    QCOMPARE(HomeData::actionLabel(QStringLiteral("insert")), QStringLiteral("Created"));
}

void TestHomeView::rendersUnderADarkPalette()
{
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    {
        HomeView view(*m_db);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        QApplication::setPalette(before);
        // The background is dark, and the bar of the nearly empty forum is
        // drawn in the palette's highlight colour.
        QCOMPARE(image.pixelColor(5, image.height() - 5).lightness() < 80, true);
        QTreeWidget *list = view.upcomingList();
        const QRect cell = list->visualItemRect(list->topLevelItem(2));
        const QPoint inBar = list->viewport()->mapTo(
            &view, QPoint(list->header()->sectionPosition(HomeView::RegistrationsColumn) + 8,
                          cell.center().y()));
        bool highlight = false;
        for (int dx = 0; dx < 6 && !highlight; ++dx)
            highlight = image.pixelColor(inBar + QPoint(dx, 0)) == QColor(0x2a, 0x82, 0xda);
        QVERIFY(highlight);
    }
}

void TestHomeView::readsNothingUntilShown()
{
    // A window that starts on another view never reads the lists.
    HomeView view(*m_db);
    QCoreApplication::processEvents();
    QVERIFY(!view.isLoaded());
    QCOMPARE(view.upcomingList()->topLevelItemCount(), 0);
    QCOMPARE(view.changesList()->topLevelItemCount(), 0);
    view.refresh();
    QVERIFY(!view.isLoaded());
    QCOMPARE(view.upcomingList()->topLevelItemCount(), 0);

    // Shown, it reads them before it paints.
    view.show();
    QVERIFY(view.isLoaded());
    QCOMPARE(column(view.upcomingList(), HomeView::TitleColumn),
             (QStringList{QStringLiteral("Running Workshop"), QStringLiteral("Soon Evening"),
                          QStringLiteral("Later Forum")}));

    // A change while hidden is read when the view is shown again, not before.
    view.hide();
    EventRepository events(*m_db);
    std::optional<Event> later = events.find(m_later);
    QVERIFY(later);
    later->title.en = QStringLiteral("Renamed Forum");
    tick();
    QString error;
    QVERIFY2(events.update(*later, &error), qPrintable(error));
    view.refresh();
    QCOMPARE(view.upcomingList()->topLevelItem(2)->text(HomeView::TitleColumn),
             QStringLiteral("Later Forum"));
    view.show();
    QCOMPARE(view.upcomingList()->topLevelItem(2)->text(HomeView::TitleColumn),
             QStringLiteral("Renamed Forum"));
    QCOMPARE(view.changesList()->topLevelItem(0)->text(HomeView::RecordColumn),
             QStringLiteral("Renamed Forum"));
    // Shown again without a change in between: nothing is read again.
    view.hide();
    view.upcomingList()->topLevelItem(0)->setText(HomeView::TitleColumn, QStringLiteral("marker"));
    view.show();
    QCOMPARE(view.upcomingList()->topLevelItem(0)->text(HomeView::TitleColumn),
             QStringLiteral("marker"));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestHomeView, QStringList{})
#include "tst_homeview.moc"
