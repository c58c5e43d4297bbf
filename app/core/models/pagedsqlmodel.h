#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <memory>

class QThread;

namespace Podium {

class Database;

/**
 * A read-only table over an SQL query of any size: sorting and filtering run
 * in SQL with bound parameters, and rows are fetched in pages around what is
 * asked for. Nothing ever holds all rows.
 *
 * The row count never blocks: a new query or filter reads its first page at
 * once. A first page that is not full is the whole result, and the count is
 * known. Otherwise the model shows that page, grows by a page at a time
 * through canFetchMore()/fetchMore() (as a view scrolls down), and counts
 * the rows on a second, read-only connection in a worker thread; when the
 * count arrives, the missing rows are inserted (rowsInserted) and
 * countKnown() becomes true. Each new filter or refresh starts a new
 * generation: a count of an older generation is never started once it is
 * superseded, and its result is dropped if it was already running.
 *
 * Pages next to a loaded page are found by keyset ("the rows after this sort
 * key"), which costs the same anywhere in the table; a jump into the unknown
 * middle uses OFFSET, and a jump towards the end reads the order backwards so
 * that the last row is as quick as the first.
 *
 * Once the count of a long result is known, the same worker walks the sort
 * keys of the current order and filter once and remembers every
 * anchorSpacing()-th row's keys. A jump then starts from the remembered row
 * before it and skips fewer than anchorSpacing() rows, wherever it lands:
 * dragging the scroll bar through a million rows reads a page at a time
 * instead of skipping half a million. A new filter, order or refresh
 * forgets them and walks again once it has stood for anchorDelayMs; until
 * they arrive, jumps skip as before.
 *
 * Threading: lives on the thread that owns the Database. The count runs on
 * a thread of the model's own with its own Database on the same file, or its
 * own connection to the same server database (same address and login; see
 * the threading rule in storage/database.h); it sees committed data only. If
 * that second connection cannot be opened, the count is made on the model's
 * own connection instead.
 */
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** One column: its header, the SQL for its value, and how it sorts. */
    struct Column
    {
        QString header;
        /** SQL expression for the displayed value. */
        QString value;
        /**
         * SQL expressions to order by, most significant first; each must be
         * NOT NULL (use a *_key column or coalesce()). Empty: not sortable.
         */
        QStringList sortKeys;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        /**
         * A smaller FROM clause that still has every table the sort keys
         * and the filter use; empty means the full one. Jumps into the middle
         * find their place with it, skipping rows without building them.
         */
        QString keyFrom = {};
        /**
         * The sort keys come from an index that the pages' form of the
         * filter (see setFilter()) can follow: SQLite walks it, tests each
         * row and stops when a page is full, however many rows match. If
         * false, pages take the counting form of the filter, which finds
         * the matching rows first and then orders them; that is quicker
         * where the planner would otherwise sort every row of the join.
         */
        bool filterAlongOrder = false;
    };

    /** Rows per page. */
    static constexpr int pageSize = 128;
    /** How far apart the remembered rows of a long result are, unless set otherwise. */
    static constexpr int defaultAnchorSpacing = 4096;
    /**
     * How long, in milliseconds, a result must stay as it is before its rows
     * are walked: while someone types a search or tries orders, no walk
     * competes with the pages they are waiting for.
     */
    static constexpr int anchorDelayMs = 400;

    explicit PagedSqlModel(Database &database, QObject *parent = nullptr);
    /** Waits for a count still running in the background; its result is dropped. */
    ~PagedSqlModel() override;

    /**
     * Defines the query: @p from is the FROM clause with its joins, @p idKey
     * the unique NOT NULL expression that breaks ties (it ends every order).
     * The first page is read in the order of @p sortColumn (-1: by the id
     * key), so that a model sorted from the start never reads a page in an
     * order nobody sees (which may cost a sort of every row).
     */
    void setQuery(const QString &from, const QString &idKey, const QList<Column> &columns,
                  int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder);

    /**
     * Restricts the rows: @p where is an SQL condition with ? placeholders,
     * @p bindings their values in order. An empty condition shows all rows.
     * @p countFrom, if given, is a smaller FROM clause that the condition
     * needs and that has as many rows as the full one (inner joins on
     * required keys can be left out of a count).
     */
    void setFilter(const QString &where, const QVariantList &bindings,
                   const QString &countFrom = {});
    /**
     * As above, with the same condition written twice. @p where (with
     * @p bindings), over the full FROM clause, is for the pages of columns
     * marked filterAlongOrder: the planner walks the order's index, tests
     * each row and stops after a page. @p countWhere (with @p countBindings)
     * is for counting over @p countFrom, for finding a place in the middle
     * over each column's keyFrom, and for the pages in every other order, so
     * it must only use tables that all of those clauses have. False if the
     * filter was already this one (nothing is reloaded).
     */
    bool setFilter(const QString &where, const QVariantList &bindings, const QString &countFrom,
                   const QString &countWhere, const QVariantList &countBindings);

    /** The id (the idKey value) of @p row, or 0 if out of range. */
    qint64 idAt(int row) const;
    /** The row showing @p id, or -1 if it is not among the loaded pages. */
    int rowOfLoadedId(qint64 id) const;

    /**
     * Reloads everything (after a change in the database). A model whose
     * filter is worked out from the data works it out again first.
     */
    virtual void refresh();

    /** How many SQL queries have fetched pages so far (for tests and benchmarks). */
    int pageQueries() const { return m_pageQueries; }
    /**
     * How many counts the worker thread has run so far, including those
     * whose result was dropped because a newer filter replaced them (for
     * tests and benchmarks).
     */
    int backgroundCounts() const { return m_backgroundCounts.load(); }

    /**
     * Whether rowCount() is the exact number of rows. While it is not, the
     * count is being made in the background and rowCount() is the number of
     * rows read so far (a whole number of pages, more to come).
     */
    bool countKnown() const { return m_countKnown; }
    /**
     * Every how many rows the walk remembers a row's sort keys; results of
     * fewer than four times as many rows are not walked, since a jump in
     * them is quick anyway. 0 turns the walk off. For tests and benchmarks.
     */
    void setAnchorSpacing(int rows);
    int anchorSpacing() const { return m_anchorSpacing; }
    /** Whether the remembered rows of the current order and filter have arrived. */
    bool anchorsKnown() const { return !m_anchors.isEmpty(); }
    /** How many rows jumps have skipped (by OFFSET) so far (for tests and benchmarks). */
    qint64 skippedRows() const { return m_skippedRows; }
    /** The most pages held in memory at once. */
    static constexpr int maxCachedPages = 24;

    /**
     * The query of the first page in the current order and filter, with
     * the filter's values as ? marks (see filterBindings()): for EXPLAIN
     * QUERY PLAN in tests and benchmarks.
     */
    QString firstPageSql() const;
    QVariantList filterBindings() const { return pageBindings(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    /** True while the count is unknown: one more page can be shown. */
    bool canFetchMore(const QModelIndex &parent) const override;
    /** Reads the next page (by keyset from the last one) and inserts its rows. */
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    /** A query failed; @p message is the database's explanation. */
    void queryFailed(const QString &message);
    /**
     * countKnown() may have changed: emitted after every reset (a new
     * filter, query or refresh) and when the count arrives, so that a view
     * can show "counting…" or the number.
     */
    void countKnownChanged(bool known);
    /** The remembered rows of the current order and filter arrived (see anchorsKnown()). */
    void anchorsArrived();

protected:
    /** Lets a subclass change how a value is shown (formatting, decoration). */
    virtual QVariant displayData(int row, int column, const QVariant &value, int role) const;
    /** The raw value of @p column in @p row (loading its page if needed). */
    QVariant rawValue(int row, int column) const;
    Database &database() const { return m_db; }

private:
    struct Page
    {
        QList<QVariantList> rows; // values, then the sort keys, then the id
        quint64 lastUsed = 0;
    };

    const Page *page(int index) const;
    /** Reads page @p index, asking for @p count rows. */
    bool loadPage(int index, int count) const;
    /** The rows page @p index should hold, as far as is known. */
    int expectedRows(int index) const;
    /** Whether pages use the first form of the filter in the current order. */
    bool pagesFollowOrder() const;
    const QString &pageWhere() const { return pagesFollowOrder() ? m_where : m_countWhere; }
    const QVariantList &pageBindings() const
    {
        return pagesFollowOrder() ? m_bindings : m_countBindings;
    }
    /** SELECT count(*) over the count's FROM clause and condition. */
    QString countSql() const;
    /** Starts a new generation: reads the first page and, if needed, asks for a count. */
    void restart();
    void requestCount(quint64 generation);
    void countArrived(quint64 generation, qint64 rows, const QString &error);
    /** Counts on this thread: the fallback when the worker cannot. */
    void countHere();
    void applyCount(int rows);
    /**
     * Asks the worker to walk the current order after anchorDelayMs, if the
     * result is long enough.
     */
    void requestAnchors();
    void startWalk();
    void anchorsWalked(quint64 epoch, const QList<QVariantList> &anchors);
    /** Forgets the remembered rows; a walk still running is dropped. */
    void forgetAnchors();
    /** Starts the worker thread and its connection, if not done yet; false if there is none. */
    bool startWorker();
    /**
     * What a jump skips over: the smallest FROM clause that knows the
     * current order, with the condition and values that go with it.
     */
    void skipSource(QString *from, QString *where, QVariantList *bindings) const;
    QString pageSql(const QStringList &select, const QStringList &conditions, bool reversed,
                    int count) const;
    QStringList orderKeys() const;
    QString orderBy(bool reversed) const;

    Database &m_db;
    QString m_from;
    QString m_idKey;
    QList<Column> m_columns;
    QString m_where;
    QVariantList m_bindings;
    QString m_countFrom;
    QString m_countWhere;
    QVariantList m_countBindings;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    bool m_countKnown = true;
    /** Inside a change signal of this model: fetchMore() waits until it is over. */
    bool m_signalling = false;
    bool m_fetchQueued = false;
    /** The current generation; the worker reads it to skip superseded counts. */
    std::atomic<quint64> m_generation{0};
    std::atomic<int> m_backgroundCounts{0};
    /** Which order and filter the walk is for; bumped whenever either changes. */
    std::atomic<quint64> m_anchorEpoch{0};
    int m_anchorSpacing = defaultAnchorSpacing;
    /** The sort keys of rows 0, spacing, 2 × spacing… of the current order and filter. */
    QList<QVariantList> m_anchors;
    QTimer m_anchorTimer;
    mutable qint64 m_skippedRows = 0;
    std::unique_ptr<QThread> m_countThread;
    QObject *m_counter = nullptr; // lives in m_countThread
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pageQueries = 0;
};

} // namespace Podium
