// Check-in at the door, driven through the dialog: a few letters of a name
// (any accents, any case), Enter, and the guest is marked as attended; a
// walk-in is added on the spot; both are undone step by step.
#include "backendwidgettest.h"
#include "checkindialog.h"
#include "domain/demodata.h"
#include "domain/registrationrepository.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Podium;

namespace {

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
} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkInByTypingAndEnter();
    void checkedInTimeFollowsTheLanguage();
    void walkInIsAddedOnTheSpot();

private:
    CheckInDialog *open();
    int count(const QString &sql, const QVariantList &bindings = {}) const
    {
        return m_window->database().scalar(sql, bindings).toInt();
    }

    Testing::TestDatabases m_databases;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_event = 0;
    QStringList m_messages;
};

void TestCheckIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumCheckInTest"));
    QSettings().clear();
    Clock::setSource([] { return QDateTime(QDate(2026, 12, 29), QTime(17, 40), Qt::UTC); });
    auto opened = m_databases.create(QStringLiteral("demo.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(opened.database));
    m_window->setMessageSink([this](const QString &m) { m_messages << m; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_event = m_window->database()
                  .scalar(QStringLiteral("SELECT id FROM event WHERE title_en LIKE 'Twinned for "
                                         "peace?%'"))
                  .toLongLong();
    QVERIFY(m_event);
}

void TestCheckIn::cleanupTestCase()
{
    m_window.reset();
    m_databases.dropAll();
    Clock::setSource({});
}

CheckInDialog *TestCheckIn::open()
{
    m_window->showView(MainWindow::EventsView);
    if (!m_window->selectRecord(MainWindow::EventsView, m_event))
        return nullptr;
    QAction *checkIn = nullptr;
    for (QAction *a : m_window->eventMenu()->actions()) {
        if (a->objectName() == QLatin1StringView("checkInAction"))
            checkIn = a;
    }
    if (!checkIn)
        return nullptr;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    checkIn->trigger();
    CheckInDialog *dialog = nullptr;
    for (CheckInDialog *d : m_window->findChildren<CheckInDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    if (dialog) {
        dialog->setMessageSink([this](const QString &m) { m_messages << m; });
        if (!QTest::qWaitForWindowExposed(dialog))
            return nullptr;
    }
    return dialog;
}

void TestCheckIn::checkInByTypingAndEnter()
{
    CheckInDialog *dialog = open();
    QVERIFY(dialog);
    // The heading gives the day and the time to the minute, as people write it.
    const QString heading = dialog->findChild<QLabel *>(QStringLiteral("headingLabel"))->text();
    const QDateTime start = Clock::fromStorage(
        m_window->database()
            .scalar(QStringLiteral("SELECT start_utc FROM event WHERE id = ?"), {m_event})
            .toString());
    QVERIFY(start.isValid());
    const QDateTime local = start.toTimeZone(
        QTimeZone(m_window->database()
                      .scalar(QStringLiteral("SELECT time_zone FROM event WHERE id = ?"), {m_event})
                      .toByteArray()));
    QVERIFY2(heading.contains(local.time().toString(QStringLiteral("HH:mm"))), qPrintable(heading));
    QVERIFY2(!heading.contains(local.time().toString(QStringLiteral("HH:mm:ss"))),
             qPrintable(heading));
    const int expected = count(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = "
                                              "? AND status IN ('registered', 'confirmed')"),
                               {m_event});
    QVERIFY(expected > 0);
    QCOMPARE(dialog->countsLabel()->text(),
             QStringLiteral("0 checked in · %1 still expected · %2 on the waiting list")
                 .arg(expected)
                 .arg(count(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ? "
                                           "AND status = 'waitlisted'"),
                            {m_event})));
    // A guest who is registered, typed without accents and in capitals.
    const auto guest =
        m_window->database()
            .scalar(
                QStringLiteral("SELECT p.given_name || ' ' || p.family_name FROM registration r "
                               "JOIN person p ON p.id = r.person_id WHERE r.event_id = ? AND "
                               "r.status = 'registered' ORDER BY p.sort_key LIMIT 1"),
                {m_event})
            .toString();
    const qint64 registration =
        m_window->database()
            .scalar(QStringLiteral("SELECT r.id FROM registration r JOIN person p ON p.id = "
                                   "r.person_id WHERE r.event_id = ? AND r.status = 'registered' "
                                   "ORDER BY p.sort_key LIMIT 1"),
                    {m_event})
            .toLongLong();
    QString typed = guest.toUpper();
    typed.replace(QStringLiteral("Ö"), QStringLiteral("O"));
    typed.replace(QStringLiteral("É"), QStringLiteral("E"));
    typed.replace(QStringLiteral("Ü"), QStringLiteral("U"));
    typeText(dialog->searchEdit(), typed);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), guest);
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);

    RegistrationRepository regs(m_window->database());
    QCOMPARE(regs.find(registration)->status, RegistrationStatus::Attended);
    QCOMPARE(regs.find(registration)->checkedInAt, Clock::nowUtc());
    QVERIFY(dialog->searchEdit()->text().isEmpty());
    QVERIFY(dialog->countsLabel()->text().startsWith(
        QStringLiteral("1 checked in · %1 still expected").arg(expected - 1)));
    // A second Enter for the same guest changes nothing.
    typeText(dialog->searchEdit(), typed);
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))
                ->text()
                .contains(QStringLiteral("already checked in")));

    // Undo makes the guest expected again, and the counts follow.
    m_window->undoStack()->undo();
    QCOMPARE(regs.find(registration)->status, RegistrationStatus::Registered);
    QVERIFY(!regs.find(registration)->checkedInAt.isValid());
    QVERIFY(dialog->countsLabel()->text().startsWith(QStringLiteral("0 checked in")));
    m_window->undoStack()->redo();
    QCOMPARE(regs.find(registration)->status, RegistrationStatus::Attended);
    dialog->close();
}

// The time a guest came is written as the rest of the window writes times:
// 24-hour in German, 12-hour in US English.
void TestCheckIn::checkedInTimeFollowsTheLanguage()
{
    // Checked in by the test before at 17:40 UTC: 18:40 in Berlin in December.
    const QString guest =
        m_window->database()
            .scalar(
                QStringLiteral("SELECT p.given_name || ' ' || p.family_name FROM registration r "
                               "JOIN person p ON p.id = r.person_id WHERE r.event_id = ? AND "
                               "r.checked_in_at IS NOT NULL ORDER BY p.sort_key LIMIT 1"),
                {m_event})
            .toString();
    QVERIFY(!guest.isEmpty());
    const QLocale before;
    for (const auto &[locale, shown] :
         {std::pair{QLocale(QLocale::German, QLocale::Germany), QStringLiteral("18:40")},
          std::pair{QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("6:40")}}) {
        QLocale::setDefault(locale);
        CheckInDialog *dialog = open();
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == guest)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(guest));
        const QString time = table->item(row, 3)->text();
        QVERIFY2(time.startsWith(shown), qPrintable(time));
        QCOMPARE(time.contains(QStringLiteral("PM")), locale.country() == QLocale::UnitedStates);
        dialog->close();
    }
    QLocale::setDefault(before);
}

void TestCheckIn::walkInIsAddedOnTheSpot()
{
    CheckInDialog *dialog = open();
    QVERIFY(dialog);
    const int people = count(QStringLiteral("SELECT count(*) FROM person"));
    const int attended = count(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = "
                                              "? AND status = 'attended'"),
                               {m_event});
    typeText(dialog->searchEdit(), QStringLiteral("Jörg"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("walkInGivenEdit")),
             QStringLiteral("Jörg"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("walkInFamilyEdit")),
             QStringLiteral("Übermuth"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("walkInEmailEdit")),
             QStringLiteral("joerg@example.org"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("walkInButton")),
                      Qt::LeftButton);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people + 1);
    const qint64 person =
        m_window->database()
            .scalar(QStringLiteral("SELECT id FROM person WHERE family_name = 'Übermuth'"))
            .toLongLong();
    const auto reg = RegistrationRepository(m_window->database()).find(person, m_event);
    QVERIFY(reg);
    QCOMPARE(reg->status, RegistrationStatus::Attended);
    QCOMPARE(reg->checkedInAt, Clock::nowUtc());
    QCOMPARE(reg->registeredAt, Clock::nowUtc());
    QVERIFY(dialog->countsLabel()->text().startsWith(
        QStringLiteral("%1 checked in").arg(attended + 1)));
    // The walk-in is found like any guest (accents folded).
    dialog->searchEdit()->clear();
    typeText(dialog->searchEdit(), QStringLiteral("ubermuth"));
    QCOMPARE(dialog->table()->rowCount(), 1);

    // A walk-in without a name is refused, and nothing is added.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("walkInButton")),
                      Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people + 1);

    // One undo removes the person with the registration; redo brings both.
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"), {person}),
        0);
    QCOMPARE(dialog->table()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ? AND "
                                  "status = 'attended'"),
                   {person}),
             1);
    QCOMPARE(dialog->table()->rowCount(), 1);
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestCheckIn, QStringList{})
#include "tst_checkin.moc"
