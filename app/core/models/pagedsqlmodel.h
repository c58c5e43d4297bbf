#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace Podium {

class Database;

/**
 * A read-only table over an SQL query of any size: sorting and filtering run
 * in SQL with bound parameters, the row count comes from SQL at once, and rows
 * are fetched in pages around what is asked for. Nothing ever holds all rows.
 *
 * Pages next to a loaded page are found by keyset ("the rows after this sort
 * key"), which costs the same anywhere in the table; a jump into the unknown
 * middle uses OFFSET, and a jump towards the end reads the order backwards so
 * that the last row is as quick as the first.
 *
 * Threading: lives on the thread that owns the Database.
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
    };

    /** Rows per page. */
    static constexpr int pageSize = 128;

    explicit PagedSqlModel(Database &database, QObject *parent = nullptr);

    /**
     * Defines the query: @p from is the FROM clause with its joins, @p idKey
     * the unique NOT NULL expression that breaks ties (it ends every order).
     */
    void setQuery(const QString &from, const QString &idKey, const QList<Column> &columns);

    /**
     * Restricts the rows: @p where is an SQL condition with ? placeholders,
     * @p bindings their values in order. An empty condition shows all rows.
     * @p countFrom, if given, is a smaller FROM clause that the condition
     * needs and that has as many rows as the full one (inner joins on
     * required keys can be left out of a count).
     */
    void setFilter(const QString &where, const QVariantList &bindings,
                   const QString &countFrom = {});

    /** The id (the idKey value) of @p row, or 0 if out of range. */
    qint64 idAt(int row) const;
    /** The row showing @p id, or -1 if it is not among the loaded pages. */
    int rowOfLoadedId(qint64 id) const;

    /** Reloads everything (after a change in the database). */
    void refresh();

    /** How many SQL queries have fetched pages so far (for tests and benchmarks). */
    int pageQueries() const { return m_pageQueries; }
    /** The most pages held in memory at once. */
    static constexpr int maxCachedPages = 24;

    /**
     * The query of the first page in the current order and filter, with
     * the filter's values as ? marks (see filterBindings()): for EXPLAIN
     * QUERY PLAN in tests and benchmarks.
     */
    QString firstPageSql() const;
    QVariantList filterBindings() const { return m_bindings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    /** A query failed; @p message is SQLite's explanation. */
    void queryFailed(const QString &message);

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
    bool loadPage(int index) const;
    QString pageSql(const QStringList &select, const QStringList &conditions, bool reversed,
                    int count) const;
    QStringList orderKeys() const;
    QString orderBy(bool reversed) const;
    void recount();

    Database &m_db;
    QString m_from;
    QString m_idKey;
    QList<Column> m_columns;
    QString m_where;
    QVariantList m_bindings;
    QString m_countFrom;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pageQueries = 0;
};

} // namespace Podium
