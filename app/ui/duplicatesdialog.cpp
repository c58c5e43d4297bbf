#include "duplicatesdialog.h"

#include "privacy/mergecommand.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Podium {

namespace {

struct Field
{
    const char *column;
    const char *label;
};

const Field personFields[] = {
    {"id", QT_TRANSLATE_NOOP("DuplicatesDialog", "Id")},
    {"honorific", QT_TRANSLATE_NOOP("DuplicatesDialog", "Honorific")},
    {"given_name", QT_TRANSLATE_NOOP("DuplicatesDialog", "Given name")},
    {"family_name", QT_TRANSLATE_NOOP("DuplicatesDialog", "Family name")},
    {"email", QT_TRANSLATE_NOOP("DuplicatesDialog", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("DuplicatesDialog", "Phone")},
    {"position", QT_TRANSLATE_NOOP("DuplicatesDialog", "Position")},
    {"organisation", QT_TRANSLATE_NOOP("DuplicatesDialog", "Organisation")},
    {"consent_contact_at", QT_TRANSLATE_NOOP("DuplicatesDialog", "May be contacted since")},
    {"registrations", QT_TRANSLATE_NOOP("DuplicatesDialog", "Registrations")},
    {"roles", QT_TRANSLATE_NOOP("DuplicatesDialog", "Roles")},
    {"notes", QT_TRANSLATE_NOOP("DuplicatesDialog", "Notes")},
    {"created_at", QT_TRANSLATE_NOOP("DuplicatesDialog", "Created")},
};

const Field organisationFields[] = {
    {"id", QT_TRANSLATE_NOOP("DuplicatesDialog", "Id")},
    {"name", QT_TRANSLATE_NOOP("DuplicatesDialog", "Name")},
    {"short_name", QT_TRANSLATE_NOOP("DuplicatesDialog", "Short name")},
    {"kind", QT_TRANSLATE_NOOP("DuplicatesDialog", "Kind")},
    {"city", QT_TRANSLATE_NOOP("DuplicatesDialog", "City")},
    {"country", QT_TRANSLATE_NOOP("DuplicatesDialog", "Country")},
    {"website", QT_TRANSLATE_NOOP("DuplicatesDialog", "Website")},
    {"people", QT_TRANSLATE_NOOP("DuplicatesDialog", "People")},
    {"notes", QT_TRANSLATE_NOOP("DuplicatesDialog", "Notes")},
    {"created_at", QT_TRANSLATE_NOOP("DuplicatesDialog", "Created")},
};

} // namespace

DuplicatesDialog::DuplicatesDialog(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Duplicates"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Look for:")));
    m_kind = new QComboBox;
    m_kind->addItem(tr("People entered twice"));
    m_kind->addItem(tr("Organisations entered twice"));
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_kind);
    top->addWidget(m_kind);
    top->addStretch(1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_pairsView = new QTableWidget(0, 3);
    m_pairsView->setHorizontalHeaderLabels({tr("Record"), tr("Looks like"), tr("Because of")});
    m_pairsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pairsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pairsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_pairsView->verticalHeader()->hide();
    m_pairsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairsView->setSelectionMode(QAbstractItemView::SingleSelection);
    splitter->addWidget(m_pairsView);
    m_compare = new QTableWidget(0, 2);
    m_compare->setHorizontalHeaderLabels({tr("Left"), tr("Right")});
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setWordWrap(true);
    splitter->addWidget(m_compare);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_keepLeft =
        buttons->addButton(tr("Keep &left, merge right into it"), QDialogButtonBox::ActionRole);
    m_keepRight =
        buttons->addButton(tr("Keep &right, merge left into it"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::refresh);
    connect(m_pairsView, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::showPair);
    connect(m_keepLeft, &QPushButton::clicked, this, [this] { mergeSelected(true); });
    connect(m_keepRight, &QPushButton::clicked, this, [this] { mergeSelected(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(900, 620);
}

void DuplicatesDialog::showOrganisations(bool organisations)
{
    m_kind->setCurrentIndex(organisations ? 1 : 0);
}

void DuplicatesDialog::refresh()
{
    const bool organisations = m_kind->currentIndex() == 1;
    m_pairs = organisations ? Duplicates::findOrganisations(m_db) : Duplicates::findPeople(m_db);
    m_pairsView->setRowCount(0);
    for (const Duplicates::Pair &p : std::as_const(m_pairs)) {
        const int row = m_pairsView->rowCount();
        m_pairsView->insertRow(row);
        auto label = [&](qint64 id) {
            return organisations ? Duplicates::organisationLabel(m_db, id)
                                 : Duplicates::personLabel(m_db, id);
        };
        m_pairsView->setItem(row, 0, new QTableWidgetItem(label(p.first)));
        m_pairsView->setItem(row, 1, new QTableWidgetItem(label(p.second)));
        m_pairsView->setItem(row, 2, new QTableWidgetItem(p.reason));
    }
    m_status->setText(m_pairs.isEmpty() ? tr("No likely duplicates found.")
                                        : tr("%n likely duplicate(s). Compare them below; a "
                                             "merge can be undone with Edit › Undo.",
                                             nullptr, int(m_pairs.size())));
    if (!m_pairs.isEmpty())
        selectPair(0);
    else
        showPair();
}

void DuplicatesDialog::selectPair(int index)
{
    m_pairsView->selectRow(index);
    showPair();
}

void DuplicatesDialog::showPair()
{
    const int index = m_pairsView->currentRow();
    const bool valid = index >= 0 && index < m_pairs.size();
    m_keepLeft->setEnabled(valid && !m_db.isReadOnly());
    m_keepRight->setEnabled(valid && !m_db.isReadOnly());
    m_compare->setRowCount(0);
    if (!valid)
        return;
    const bool organisations = m_kind->currentIndex() == 1;
    const Duplicates::Pair &pair = m_pairs.at(index);
    auto record = [&](qint64 id) {
        QVariantMap row = RecordStore(m_db).fetch(
            organisations ? QStringLiteral("organisation") : QStringLiteral("person"), id);
        if (organisations) {
            row.insert(
                QStringLiteral("people"),
                m_db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE organisation_id = ?"),
                            {id}));
        } else {
            row.insert(QStringLiteral("organisation"),
                       m_db.scalar(QStringLiteral("SELECT name FROM organisation WHERE id = ?"),
                                   {row.value(QStringLiteral("organisation_id"))}));
            row.insert(
                QStringLiteral("registrations"),
                m_db.scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"),
                            {id}));
            row.insert(
                QStringLiteral("roles"),
                m_db.scalar(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ?"), {id}));
        }
        return row;
    };
    const QVariantMap left = record(pair.first);
    const QVariantMap right = record(pair.second);
    auto fill = [&](const auto &fields) {
        for (const Field &f : fields) {
            const int row = m_compare->rowCount();
            m_compare->insertRow(row);
            m_compare->setVerticalHeaderItem(row, new QTableWidgetItem(tr(f.label)));
            const QString a = left.value(QString::fromLatin1(f.column)).toString();
            const QString b = right.value(QString::fromLatin1(f.column)).toString();
            auto *l = new QTableWidgetItem(a);
            auto *r = new QTableWidgetItem(b);
            if (a != b && QLatin1StringView(f.column) != QLatin1StringView("id")) {
                QFont bold = l->font();
                bold.setBold(true);
                l->setFont(bold);
                r->setFont(bold);
            }
            m_compare->setItem(row, 0, l);
            m_compare->setItem(row, 1, r);
        }
    };
    if (organisations)
        fill(organisationFields);
    else
        fill(personFields);
    m_compare->resizeRowsToContents();
}

bool DuplicatesDialog::mergeSelected(bool keepLeft)
{
    const int index = m_pairsView->currentRow();
    if (index < 0 || index >= m_pairs.size())
        return false;
    const bool organisations = m_kind->currentIndex() == 1;
    const Duplicates::Pair pair = m_pairs.at(index);
    const qint64 keep = keepLeft ? pair.first : pair.second;
    const qint64 remove = keepLeft ? pair.second : pair.first;
    QString error;
    std::optional<Duplicates::Merge> merge =
        organisations ? Duplicates::planOrganisationMerge(m_db, keep, remove, &error)
                      : Duplicates::planPersonMerge(m_db, keep, remove, &error);
    if (!merge || !Duplicates::apply(m_db, *merge, true, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    const QString text =
        organisations ? tr("Merge of two organisations") : tr("Merge of two people");
    if (m_undoStack) {
        m_undoStack->push(
            new MergeCommand(m_db, *merge, text, [parent = parentWidget()](const QString &message) {
                QMessageBox::warning(parent, QObject::tr("Undo"), message);
            }));
    }
    refresh();
    m_status->setText(tr("Merged: %1 moved, %2 dropped as already there. Edit › Undo puts both "
                         "records back.")
                          .arg(merge->moved)
                          .arg(merge->collisions));
    return true;
}

} // namespace Podium
