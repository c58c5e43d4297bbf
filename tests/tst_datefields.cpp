// The date fields of the statistics, the calendar export and the duplicated
// event, and the dates beside the statistics' bars, in the interface's
// language: German "01.11.2026", US English "11/1/2026", each with the whole year.
#include "barchart.h"
#include "calendarexportdialog.h"
#include "domain/demodata.h"
#include "duplicateeventdialog.h"
#include "eventworkspace.h"
#include "models/statisticsmodel.h"
#include "statisticsview.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUndoStack>

using namespace Podium;

class TestDateFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statisticsFields_data();
    void statisticsFields();
    void statisticsBarsDated();
    void calendarExportFields();
    void duplicateEventField();
    void duplicateUndoNamesTheDay();

private:
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestDateFields::init()
{
    Clock::setSource([] { return QDateTime(QDate(2026, 11, 29), QTime(17, 0), Qt::UTC); });
    auto opened = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) +
                                     QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
}

void TestDateFields::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
    Clock::setSource({});
}

void TestDateFields::statisticsFields_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keys");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("01.11.2026") << QStringLiteral("05032027");
    // The month first.
    QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                << QStringLiteral("11/1/2026") << QStringLiteral("352027");
    QTest::newRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                     << QStringLiteral("01/11/2026") << QStringLiteral("05032027");
}

void TestDateFields::statisticsFields()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, keys);
    const QLocale before;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    StatisticsView view(*m_db);
    view.show();
    QDateEdit *from = view.fromEdit();
    // No limit reads as such.
    QCOMPARE(from->text(), StatisticsView::tr("any"));
    from->setDate(QDate(2026, 11, 1));
    QCOMPARE(from->text(), text);
    QCOMPARE(view.model()->query().from, QDate(2026, 11, 1));
    // Tabbed into and typed field by field in the locale's order, each
    // handing on to the next once it is full.
    from->activateWindow();
    from->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(from->hasFocus());
    QTest::keyClicks(from, keys);
    QCOMPARE(from->date(), QDate(2027, 3, 5));
    QCOMPARE(view.model()->query().from, QDate(2027, 3, 5));
}

void TestDateFields::statisticsBarsDated()
{
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    StatisticsView view(*m_db);
    view.resize(1000, 700);
    view.show();
    QCOMPARE(view.model()->grouping(), StatisticsGrouping::Event);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->state(), StatisticsModel::State::Ready, 60000);
    QVERIFY(!view.chart()->bars().isEmpty());
    // Each bar of an event starts with its day as German writes it.
    const QRegularExpression germanDay(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4}  \\S"));
    for (const BarChart::Bar &bar : view.chart()->bars())
        QVERIFY2(germanDay.match(bar.label).hasMatch(), qPrintable(bar.label));
}

void TestDateFields::calendarExportFields()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    CalendarExportDialog dialog(*m_db, {});
    dialog.show();
    const QList<QDateEdit *> fields = dialog.findChildren<QDateEdit *>();
    QCOMPARE(fields.size(), 2);
    // From the first of this month to the end of the third month on.
    QCOMPARE(fields.at(0)->text(), QStringLiteral("01.11.2026"));
    QCOMPARE(fields.at(1)->text(), QStringLiteral("31.01.2027"));
}

void TestDateFields::duplicateEventField()
{
    // The first day of a new edition, typed with its whole year: Qt's
    // default German field ("dd.MM.yy") left the century to guessing.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    DuplicateEventDialog dialog(QDate(2027, 9, 17));
    dialog.show();
    QDateEdit *date = dialog.dateEdit();
    QCOMPARE(date->text(), QStringLiteral("17.09.2027"));
    dialog.activateWindow();
    date->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(date->hasFocus());
    QTest::keyClicks(date, QStringLiteral("03042028"));
    QCOMPARE(date->date(), QDate(2028, 4, 3));
}

void TestDateFields::duplicateUndoNamesTheDay()
{
    // Edit ▸ Undo names the new edition's first day with its whole year.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
    const qint64 event =
        m_db->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = 'Can cities save the "
                                    "world?'"))
            .toLongLong();
    QVERIFY(event);
    QUndoStack undo;
    const qint64 copy = duplicateEventWithUndo(*m_db, &undo, event, QDate(2027, 9, 17), &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(undo.undoText(),
             QStringLiteral("Duplicate “Can cities save the world?” to 17.09.2027"));
}

QTEST_MAIN(TestDateFields)
#include "tst_datefields.moc"
