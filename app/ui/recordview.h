#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace Ui {
class RecordView;
}

namespace Podium {

class PagedSqlModel;

/**
 * One of the main window's tables: a title with the number of rows, a
 * search field that filters as one types (after a short pause), the view's
 * own filters, and the table over a model that sorts and filters in SQL.
 */
class RecordView : public QWidget
{
    Q_OBJECT

public:
    /**
     * @p applySearch is called with the search text once typing pauses;
     * it sets the model's filter.
     */
    RecordView(const QString &title, PagedSqlModel *model,
               std::function<void(const QString &)> applySearch, QWidget *parent = nullptr);
    ~RecordView() override;

    PagedSqlModel *model() const { return m_model; }
    QTableView *tableView() const;
    QLineEdit *searchEdit() const;

    /** Adds a filter drop-down with (label, value) entries; @p apply gets the chosen value. */
    QComboBox *addFilter(const QString &accessibleName,
                         const QList<QPair<QString, QVariant>> &entries,
                         std::function<void(const QVariant &)> apply);
    /** Adds a widget (a check box, a date field) to the filter row. */
    void addFilterWidget(QWidget *widget);

    /** Runs the pending search at once (tests, and Enter in the field). */
    void applySearchNow();

    /** The header's state (column widths, order, sorting) for QSettings. */
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    /** The number of rows shown changed. */
    void rowCountChanged(int rows);

private:
    void updateCount();

    std::unique_ptr<Ui::RecordView> m_ui;
    PagedSqlModel *m_model;
    std::function<void(const QString &)> m_applySearch;
    QTimer *m_debounce;
};

} // namespace Podium
