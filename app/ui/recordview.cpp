#include "recordview.h"

#include "models/pagedsqlmodel.h"
#include "ui_recordview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace Podium {

RecordView::RecordView(const QString &title, PagedSqlModel *model,
                       std::function<void(const QString &)> applySearch, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordView>())
    , m_model(model)
    , m_applySearch(std::move(applySearch))
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->searchEdit->setPlaceholderText(tr("Search %1").arg(title));
    m_ui->filterLayout->addStretch(1);

    m_model->setParent(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->setAccessibleName(title);
    // Rows all have one height, so the view need not measure a million of them.
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(
        m_ui->tableView->fontMetrics().height() + 10);
    m_ui->tableView->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                          m_model->sortOrder());
    m_ui->tableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_ui->tableView->setColumnWidth(c, 150);

    // Filter after a pause in typing, so that a million rows are not
    // filtered once per keystroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RecordView::applySearchNow);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &RecordView::applySearchNow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordView::updateCount);
    // On a large table the count arrives after the first rows, from the
    // background, and rows are inserted as the view scrolls before it does.
    connect(m_model, &PagedSqlModel::countKnownChanged, this, &RecordView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordView::updateCount);
    updateCount();
}

RecordView::~RecordView() = default;

QTableView *RecordView::tableView() const
{
    return m_ui->tableView;
}

QLineEdit *RecordView::searchEdit() const
{
    return m_ui->searchEdit;
}

QComboBox *RecordView::addFilter(const QString &accessibleName,
                                 const QList<QPair<QString, QVariant>> &entries,
                                 std::function<void(const QVariant &)> apply)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    for (const auto &[label, value] : entries)
        combo->addItem(label, value);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [combo, apply = std::move(apply)](int) { apply(combo->currentData()); });
    addFilterWidget(combo);
    return combo;
}

void RecordView::addFilterWidget(QWidget *widget)
{
    // Before the stretch that keeps the filters to the left.
    m_ui->filterLayout->insertWidget(m_ui->filterLayout->count() - 1, widget);
    setTabOrder(m_ui->searchEdit, widget);
}

void RecordView::applySearchNow()
{
    m_debounce->stop();
    m_applySearch(m_ui->searchEdit->text());
}

QByteArray RecordView::headerState() const
{
    return m_ui->tableView->horizontalHeader()->saveState();
}

void RecordView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_ui->tableView->horizontalHeader()->restoreState(state);
}

void RecordView::updateCount()
{
    const int rows = m_model->rowCount();
    if (!m_model->countKnown()) {
        m_ui->countLabel->setText(tr("at least %1 shown, counting…").arg(QLocale().toString(rows)));
        emit rowCountChanged(rows);
        return;
    }
    m_ui->countLabel->setText(tr("%1 shown").arg(QLocale().toString(rows)));
    emit rowCountChanged(rows);
}

} // namespace Podium
