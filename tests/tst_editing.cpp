// Editing records through the forms and the Edit menu, as a planner does:
// typing into fields, saving, undoing step by step, deleting with the
// question that says what goes along.
#include "backendwidgettest.h"
#include "domain/demodata.h"
#include "domain/organisationrepository.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "organisationdialog.h"
#include "persondialog.h"
#include "recordview.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Podium;

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void organisationsListedAsPeopleSortNames();
    void newPersonWithNewOrganisationThenUndo();
    void validationMessageBesideTheField();
    void editPersonUndoRedo();
    void unsavedChangesAreNotDroppedSilently();
    void organisationParentCycleRefused();
    void deleteAsksAndUndoRestores();
    void deleteOfSpeakerIsRefusedWithReason();

private:
    int count(const QString &sql, const QVariantList &b = {}) const
    {
        return m_window->database().scalar(sql, b).toInt();
    }
    static void save(QDialog &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    }

    Testing::TestDatabases m_databases;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages;
};

void TestEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumEditingTest"));
}

void TestEditing::init()
{
    QSettings().clear();
    auto opened = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) +
                                     QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(opened.database));
    m_messages.clear();
    m_window->setMessageSink([this](const QString &m) { m_messages << m; });
    m_window->show();
}

void TestEditing::cleanup()
{
    m_window.reset();
    m_databases.dropAll();
}

// The organisations to choose from are in the order a reader expects: an
// umlaut among its letter, not after Z as the bytes would have it.
void TestEditing::organisationsListedAsPeopleSortNames()
{
    OrganisationRepository organisations(m_window->database());
    QString error;
    for (const QString &name :
         {QStringLiteral("Zentrum für Städtebau"), QStringLiteral("Ärztekammer Berlin"),
          QStringLiteral("Akademie"), QStringLiteral("ägyptisches Kulturinstitut")}) {
        Organisation o;
        o.name = name;
        QVERIFY2(organisations.insert(o, &error), qPrintable(error));
    }
    PersonDialog dialog(m_window->database(), m_window->undoStack(), 0, m_window.get());
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("organisationCombo"));
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names << combo->itemText(i);
    auto at = [&names](const char *name) { return names.indexOf(QString::fromUtf8(name)); };
    QVERIFY(at("ägyptisches Kulturinstitut") >= 0);
    // ä sorts as a: "ägyptisches" (a-g) before "Akademie" (a-k) before
    // "Ärztekammer" (a-r), all long before "Zentrum".
    QVERIFY2(at("ägyptisches Kulturinstitut") < at("Akademie") &&
                 at("Akademie") < at("Ärztekammer Berlin") &&
                 at("Ärztekammer Berlin") < at("Zentrum für Städtebau"),
             qPrintable(names.join(QLatin1Char('|'))));
}

void TestEditing::newPersonWithNewOrganisationThenUndo()
{
    const int people = count(QStringLiteral("SELECT count(*) FROM person"));
    const int orgs = count(QStringLiteral("SELECT count(*) FROM organisation"));
    PersonDialog dialog(m_window->database(), m_window->undoStack(), 0, m_window.get());
    dialog.show();
    // QTest types Latin-1 only; the rest of Unicode goes in as an input
    // method would insert it.
    auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    QTest::keyClicks(given, QStringLiteral("Zo"));
    given->insert(QStringLiteral("ë"));
    dialog.findChild<QLineEdit *>(QStringLiteral("familyNameEdit"))
        ->insert(QStringLiteral("Ødegård"));
    QLineEdit *organisation =
        dialog.findChild<QComboBox *>(QStringLiteral("organisationCombo"))->lineEdit();
    QTest::keyClicks(organisation, QStringLiteral("Stiftung "));
    organisation->insert(QStringLiteral("Łódź"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("zoe@example.org"));
    QVERIFY(dialog.isModified());
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisation")), orgs + 1);
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral(
                     "SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id "
                     "WHERE p.family_name = 'Ødegård'"))
                 .toString(),
             QStringLiteral("Stiftung Łódź"));
    // The People view shows the new person at once.
    RecordView *view = m_window->recordView(MainWindow::PeopleView);
    QCOMPARE(view->model()->rowCount(), people + 1);

    // One step undoes both the person and the organisation made with it.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisation")), orgs);
    QCOMPARE(view->model()->rowCount(), people);
    m_window->undoStack()->redo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE family_name = 'Ødegård'")), 1);
}

void TestEditing::validationMessageBesideTheField()
{
    const int people = count(QStringLiteral("SELECT count(*) FROM person"));
    PersonDialog dialog(m_window->database(), m_window->undoStack(), 0, m_window.get());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("laura@"));
    save(dialog);
    QVERIFY(dialog.isVisible());
    QStringList shown;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            shown << label->text();
    }
    QVERIFY2(shown.contains(QStringLiteral("“laura@” is not a valid email address.")),
             qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY2(shown.contains(QStringLiteral("Please enter a given or family name.")),
             qPrintable(shown.join(QLatin1Char('|'))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people);
    QCOMPARE(m_window->undoStack()->count(), 0);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Reset)->click();
    QVERIFY(!dialog.isModified());
}

void TestEditing::editPersonUndoRedo()
{
    const qint64 id =
        count(QStringLiteral("SELECT id FROM person WHERE family_name = 'Valdés Cano'"));
    {
        PersonDialog dialog(m_window->database(), m_window->undoStack(), id, m_window.get());
        dialog.show();
        auto *position = dialog.findChild<QLineEdit *>(QStringLiteral("positionEdit"));
        QCOMPARE(position->text(), QStringLiteral("Head of Policy"));
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("Secretary General"));
        save(dialog);
    }
    auto position = [this, id] {
        return m_window->database()
            .scalar(QStringLiteral("SELECT position FROM person WHERE id = ?"), {id})
            .toString();
    };
    QCOMPARE(position(), QStringLiteral("Secretary General"));
    m_window->undoStack()->undo();
    QCOMPARE(position(), QStringLiteral("Head of Policy"));
    m_window->undoStack()->redo();
    QCOMPARE(position(), QStringLiteral("Secretary General"));
}

void TestEditing::unsavedChangesAreNotDroppedSilently()
{
    const qint64 id =
        count(QStringLiteral("SELECT id FROM organisation WHERE name = 'Metropolis'"));
    OrganisationDialog dialog(m_window->database(), m_window->undoStack(), id, m_window.get());
    dialog.show();
    auto *city = dialog.findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    city->clear();
    QTest::keyClicks(city, QStringLiteral("Madrid"));
    // Closing asks; "Cancel" keeps the form open with the typed text.
    QString asked;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    dialog.reject();
    QCOMPARE(asked, QStringLiteral("Save your changes before closing?"));
    QVERIFY(dialog.isVisible());
    // "Save" saves them.
    answer(QMessageBox::Save);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT city FROM organisation WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("Madrid"));
}

void TestEditing::organisationParentCycleRefused()
{
    const qint64 university =
        count(QStringLiteral("SELECT id FROM organisation WHERE name = 'University of San Diego'"));
    const qint64 kroc =
        count(QStringLiteral("SELECT id FROM organisation WHERE parent_id = ?"), {university});
    QVERIFY(kroc > 0);
    OrganisationDialog dialog(m_window->database(), m_window->undoStack(), university,
                              m_window.get());
    dialog.show();
    auto *parent = dialog.findChild<QComboBox *>(QStringLiteral("parentCombo"));
    parent->setCurrentIndex(parent->findData(kroc));
    save(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM organisation WHERE id = ? AND parent_id IS NULL"),
                   {university}),
             1);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestEditing::deleteAsksAndUndoRestores()
{
    // An attendee without roles, with registrations.
    const qint64 id = count(QStringLiteral("SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 "
                                           "FROM role r WHERE r.person_id = p.id) AND "
                                           "(SELECT count(*) FROM registration g WHERE g.person_id "
                                           "= p.id) >= 2 ORDER BY p.id LIMIT 1"));
    const int registrations =
        count(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"), {id});
    m_window->showView(MainWindow::PeopleView);
    RecordView *view = m_window->recordView(MainWindow::PeopleView);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        view->model()->idAt(r);
    QVERIFY(m_window->selectRecord(MainWindow::PeopleView, id));

    QString question;
    m_window->setConfirmation([&question](const QString &q) {
        question = q;
        return false;
    });
    // The Delete key is the Edit menu's shortcut, which needs the window active.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view->tableView(), Qt::Key_Delete);
    QVERIFY2(question.contains(QStringLiteral("%1 registrations").arg(registrations)),
             qPrintable(question));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {id}), 1);

    m_window->setConfirmation([](const QString &) { return true; });
    m_window->deleteSelected();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {id}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"), {id}),
             0);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {id}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"), {id}),
             registrations);
}

void TestEditing::deleteOfSpeakerIsRefusedWithReason()
{
    const qint64 id =
        count(QStringLiteral("SELECT id FROM person WHERE family_name = 'Valdés Cano'"));
    m_window->showView(MainWindow::PeopleView);
    RecordView *view = m_window->recordView(MainWindow::PeopleView);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        view->model()->idAt(r);
    QVERIFY(m_window->selectRecord(MainWindow::PeopleView, id));
    bool asked = false;
    m_window->setConfirmation([&asked](const QString &) { return asked = true; });
    m_window->deleteSelected();
    QVERIFY(!asked);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(
        m_messages.first().startsWith(
            QStringLiteral("Laura Valdés Cano has roles in %1 events.")
                .arg(count(
                    QStringLiteral("SELECT count(DISTINCT event_id) FROM role WHERE person_id = ?"),
                    {id}))),
        qPrintable(m_messages.first()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {id}), 1);
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestEditing, QStringList{})
#include "tst_editing.moc"
