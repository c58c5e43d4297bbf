#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Podium {

class BarChart;
class Database;
class StatisticsModel;

/**
 * Registrations, attendance and no-show rates per event, series or year,
 * for reports to funders: a table, the same figures as a bar chart, a
 * filter on the events' dates and an export to CSV.
 *
 * The figures are counted in the background (see StatisticsModel) when the
 * view is first shown, and again on every refresh() while it is shown; a
 * refresh() while it is hidden only marks the figures as out of date, and
 * they are counted again when it is next shown. Until they arrive the
 * table shows "…", the chart says so and the export waits.
 *
 * Threading: lives on the GUI thread, which owns the database connection.
 */
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(Database &database, QWidget *parent = nullptr);

    StatisticsModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    BarChart *chart() const { return m_chart; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /**
     * Writes the figures shown to @p path as CSV; false with @p error, also
     * while they are being counted.
     */
    bool exportCsv(const QString &path, QString *error) const;

public slots:
    /** Counts again now if the view is shown, otherwise when it is next shown. */
    void refresh();
    /** Asks for a file and exports to it (the "Export CSV…" button). */
    void exportWithDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void updateChart();

    Database &m_db;
    StatisticsModel *m_model = nullptr;
    QComboBox *m_grouping = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    BarChart *m_chart = nullptr;
    QLabel *m_error = nullptr;
    /** The figures shown are not those of the database now: count when shown. */
    bool m_outOfDate = true;
};

} // namespace Podium
