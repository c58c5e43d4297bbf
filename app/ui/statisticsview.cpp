#include "statisticsview.h"

#include "barchart.h"
#include "io/statisticsexport.h"
#include "models/statisticsmodel.h"
#include "preferences.h"
#include "storage/database.h"
#include "util/datetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Podium {

namespace {

Language shownLanguage()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

// The date that stands for "no limit" in the date fields.
const QDate anyDate(2000, 1, 1);

// Status colours that stand out on light and dark backgrounds alike.
const QColor attendedColor(0x2f, 0x9e, 0x5a);
const QColor noShowColor(0xd6, 0x45, 0x41);

QDateEdit *dateEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    // The day in figures as the interface's language writes it
    // ("01.11.2026", "11/1/2026"), with all four digits of the year.
    edit->setDisplayFormat(numericDateFormat(edit->locale()));
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(StatisticsView::tr("any"));
    edit->setDate(anyDate);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

StatisticsView::StatisticsView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
{
    m_model = new StatisticsModel(database, shownLanguage(), this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("Event"), int(StatisticsGrouping::Event));
    m_grouping->addItem(tr("Series"), int(StatisticsGrouping::Series));
    m_grouping->addItem(tr("Year"), int(StatisticsGrouping::Year));
    groupLabel->setBuddy(m_grouping);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addSpacing(fontMetrics().height());
    auto *fromLabel = new QLabel(tr("Events &from:"), this);
    m_from = dateEdit(tr("Events from"), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    m_to = dateEdit(tr("Events to"), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    toLabel->setBuddy(m_to);
    const QString dateTip = tr("Only events starting on or between these dates (UTC); “any” sets "
                               "no limit.");
    m_from->setToolTip(dateTip);
    m_to->setToolTip(dateTip);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto *rule = new QLabel(
        tr("Attendance rate = attended ÷ (attended + no-shows), at events that have been held."),
        this);
    rule->setWordWrap(true);
    rule->setToolTip(Statistics::definitions());
    layout->addWidget(rule);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setModel(m_model);
    m_table->setToolTip(Statistics::definitions());
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StatisticsModel::NameColumn,
                                                      QHeaderView::Stretch);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    m_chart = new BarChart;
    m_chart->setObjectName(QStringLiteral("statisticsChart"));
    m_chart->setToolTip(Statistics::definitions());
    m_chart->setSegments({{tr("Attended"), attendedColor},
                          {tr("No-shows"), noShowColor},
                          {tr("Not held yet or waiting list"), QColor(), QPalette::Highlight}});
    scroll->setWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 340});
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &StatisticsView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsView::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &StatisticsView::exportWithDialog);
    // Every reset of the model comes with a change of its state.
    connect(m_model, &StatisticsModel::stateChanged, this, &StatisticsView::updateChart);
    connect(m_model, &StatisticsModel::queryFailed, this, [this](const QString &message) {
        m_error->setText(tr("Cannot read the database: %1").arg(message));
        m_error->show();
    });
    // Nothing is counted before the view is shown.
    updateChart();
}

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        refresh();
}

void StatisticsView::refresh()
{
    if (!isVisible()) {
        m_outOfDate = true;
        return;
    }
    m_outOfDate = false;
    m_error->hide();
    m_model->refresh();
}

void StatisticsView::applyFilters()
{
    m_error->hide();
    const QDate from = m_from->date() == anyDate ? QDate() : m_from->date();
    const QDate to = m_to->date() == anyDate ? QDate() : m_to->date();
    m_model->setGrouping(StatisticsGrouping(m_grouping->currentData().toInt()));
    m_model->setDateRange(from, to);
}

void StatisticsView::updateChart()
{
    const bool counted = m_model->state() == StatisticsModel::State::Ready;
    m_export->setEnabled(counted);
    m_chart->setEmptyText(m_model->state() == StatisticsModel::State::Counting
                              ? tr("Counting…")
                              : tr("No events in this period."));
    QList<BarChart::Bar> bars;
    const QList<StatisticsRow> none;
    for (const StatisticsRow &row : counted ? m_model->rows() : none) {
        QString label = row.label;
        if (m_model->grouping() == StatisticsGrouping::Event && row.firstDate.isValid())
            label = QLocale().toString(row.firstDate, numericDateFormat()) + QStringLiteral("  ") +
                    label;
        const QString note =
            row.attendanceRate()
                ? tr("%1 attended").arg(StatisticsModel::formatRate(row.attendanceRate()))
                : tr("not held yet");
        bars.append({label, {row.attended, row.noShows, row.open()}, note});
    }
    m_chart->setBars(bars);
    m_table->resizeColumnsToContents();
    // The names get what the figures leave, but never less than a readable
    // width: with long (German) headers the table scrolls instead.
    const int spare = m_table->viewport()->width() - m_table->horizontalHeader()->length() +
                      m_table->columnWidth(StatisticsModel::NameColumn);
    m_table->horizontalHeader()->setSectionResizeMode(StatisticsModel::NameColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(StatisticsModel::NameColumn, qMax(240, spare));
}

bool StatisticsView::exportCsv(const QString &path, QString *error) const
{
    if (m_model->state() != StatisticsModel::State::Ready) {
        if (error)
            *error = tr("The figures are still being counted. Please try again in a moment.");
        return false;
    }
    CsvWriter::Options options;
    // Spreadsheets read umlauts in titles right only with the mark.
    options.byteOrderMark = true;
    const QByteArray data =
        StatisticsExport::toCsv(m_model->rows(), m_model->total(), m_model->grouping(), options);
    return StatisticsExport::writeFile(path, data, error);
}

void StatisticsView::exportWithDialog()
{
    QString folder = Preferences::get(Preferences::lastFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    static const char *const names[] = {"statistics-events.csv", "statistics-series.csv",
                                        "statistics-years.csv"};
    const QString suggested =
        QDir(folder).filePath(QString::fromLatin1(names[int(m_model->grouping())]));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Preferences::set(Preferences::lastFolder, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Statistics"), error);
}

} // namespace Podium
