#include "pagedsqlmodel.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace Podium {

PagedSqlModel::PagedSqlModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
{}

void PagedSqlModel::setQuery(const QString &from, const QString &idKey,
                             const QList<Column> &columns)
{
    beginResetModel();
    m_from = from;
    m_idKey = idKey;
    m_columns = columns;
    m_sortColumn = -1;
    m_pages.clear();
    recount();
    endResetModel();
}

void PagedSqlModel::setFilter(const QString &where, const QVariantList &bindings,
                              const QString &countFrom)
{
    if (where == m_where && bindings == m_bindings && countFrom == m_countFrom)
        return;
    beginResetModel();
    m_where = where;
    m_bindings = bindings;
    m_countFrom = countFrom;
    m_pages.clear();
    recount();
    endResetModel();
}

void PagedSqlModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size() || (column >= 0 && m_columns.at(column).sortKeys.isEmpty()))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    // Rows are addressed by position only, so no persistent index survives a
    // new order; views keep their selection by id themselves.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PagedSqlModel::recount()
{
    m_rowCount = 0;
    if (m_from.isEmpty())
        return;
    QString sql =
        QStringLiteral("SELECT count(*) FROM ") + (m_countFrom.isEmpty() ? m_from : m_countFrom);
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where;
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &v : std::as_const(m_bindings))
        q.addBindValue(v);
    QString error;
    if (!Database::exec(q, &error)) {
        emit queryFailed(error);
        return;
    }
    if (q.next())
        m_rowCount = q.value(0).toInt();
}

QStringList PagedSqlModel::orderKeys() const
{
    QStringList keys;
    if (m_sortColumn >= 0)
        keys = m_columns.at(m_sortColumn).sortKeys;
    keys << m_idKey;
    return keys;
}

QString PagedSqlModel::orderBy(bool reversed) const
{
    const bool descending = (m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0) != reversed;
    QStringList parts;
    for (const QString &k : orderKeys())
        parts << k + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return parts.join(QStringLiteral(", "));
}

QString PagedSqlModel::pageSql(const QStringList &select, const QStringList &conditions,
                               bool reversed, int count) const
{
    QString sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM ") + m_from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql +=
        QStringLiteral(" ORDER BY ") + orderBy(reversed) + QStringLiteral(" LIMIT %1").arg(count);
    return sql;
}

QString PagedSqlModel::firstPageSql() const
{
    QStringList select;
    for (const Column &c : m_columns)
        select << c.value;
    select << orderKeys();
    QStringList conditions;
    if (!m_where.isEmpty())
        conditions << QStringLiteral("(") + m_where + QStringLiteral(")");
    return pageSql(select, conditions, false, pageSize);
}

bool PagedSqlModel::loadPage(int index) const
{
    const int start = index * pageSize;
    const int count = std::min(pageSize, m_rowCount - start);
    if (count <= 0)
        return false;

    const QStringList keys = orderKeys();
    QStringList select;
    for (const Column &c : m_columns)
        select << c.value;
    select << keys;
    const int keyOffset = int(m_columns.size());

    // Choose the cheapest way to reach the page: from a neighbour by keyset,
    // else by skipping from whichever end is nearer.
    enum class Way { After, Before, FromStart, FromEnd } way;
    const QVariantList *neighbour = nullptr;
    if (auto prev = m_pages.constFind(index - 1);
        prev != m_pages.constEnd() && !prev->rows.isEmpty()) {
        way = Way::After;
        neighbour = &prev->rows.constLast();
    } else if (auto next = m_pages.constFind(index + 1);
               next != m_pages.constEnd() && !next->rows.isEmpty()) {
        way = Way::Before;
        neighbour = &next->rows.constFirst();
    } else {
        way = start >= m_rowCount / 2 ? Way::FromEnd : Way::FromStart;
    }
    const bool reversed = way == Way::Before || way == Way::FromEnd;

    QStringList conditions;
    if (!m_where.isEmpty())
        conditions << QStringLiteral("(") + m_where + QStringLiteral(")");

    // A jump into the unknown: find the page's first row with the smallest
    // query that knows the order (keys only, fewest joins), then read the
    // page from there by keyset. Skipping half a million full rows would
    // build every one of them.
    QVariantList anchor;
    bool inclusive = false;
    if (neighbour) {
        anchor = neighbour->mid(keyOffset);
    } else if (const int offset = way == Way::FromStart ? start : m_rowCount - start - count;
               offset > 0) {
        QString keyFrom = m_from;
        if (m_sortColumn >= 0 && !m_columns.at(m_sortColumn).keyFrom.isEmpty())
            keyFrom = m_columns.at(m_sortColumn).keyFrom;
        else if (m_sortColumn < 0 && !m_countFrom.isEmpty())
            keyFrom = m_countFrom;
        QString skip = QStringLiteral("SELECT ") + keys.join(QStringLiteral(", ")) +
                       QStringLiteral(" FROM ") + keyFrom;
        if (!conditions.isEmpty())
            skip += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        skip += QStringLiteral(" ORDER BY ") + orderBy(reversed) +
                QStringLiteral(" LIMIT 1 OFFSET %1").arg(offset);
        QSqlQuery sq = m_db.prepare(skip);
        for (const QVariant &v : std::as_const(m_bindings))
            sq.addBindValue(v);
        ++m_pageQueries;
        QString error;
        if (!Database::exec(sq, &error)) {
            emit const_cast<PagedSqlModel *>(this)->queryFailed(error);
            return false;
        }
        if (!sq.next())
            return false;
        for (qsizetype i = 0; i < keys.size(); ++i)
            anchor << sq.value(int(i));
        inclusive = true;
    }
    if (!anchor.isEmpty()) {
        const bool descending = m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0;
        const bool greater = !reversed != descending;
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << QStringLiteral("?");
        QString op = greater ? QStringLiteral(">") : QStringLiteral("<");
        if (inclusive)
            op += QLatin1Char('=');
        conditions << QStringLiteral("(%1) %2 (%3)")
                          .arg(keys.join(QStringLiteral(", ")), op,
                               marks.join(QStringLiteral(", ")));
    }
    QSqlQuery q = m_db.prepare(pageSql(select, conditions, reversed, count));
    for (const QVariant &v : std::as_const(m_bindings))
        q.addBindValue(v);
    for (const QVariant &v : std::as_const(anchor))
        q.addBindValue(v);
    ++m_pageQueries;
    QString error;
    if (!Database::exec(q, &error)) {
        emit const_cast<PagedSqlModel *>(this)->queryFailed(error);
        return false;
    }
    Page page;
    page.rows.reserve(count);
    const int width = int(select.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(q.value(i));
        page.rows.append(std::move(row));
    }
    if (reversed)
        std::reverse(page.rows.begin(), page.rows.end());

    if (m_pages.size() >= maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    page.lastUsed = ++m_useCounter;
    m_pages.insert(index, std::move(page));
    return true;
}

const PagedSqlModel::Page *PagedSqlModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        if (!loadPage(index))
            return nullptr;
        it = m_pages.find(index);
    }
    it->lastUsed = ++m_useCounter;
    return &it.value();
}

QVariant PagedSqlModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size())
        return {};
    const Page *p = page(row / pageSize);
    if (!p || row % pageSize >= p->rows.size())
        return {};
    return p->rows.at(row % pageSize).at(column);
}

qint64 PagedSqlModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const Page *p = page(row / pageSize);
    if (!p || row % pageSize >= p->rows.size())
        return 0;
    return p->rows.at(row % pageSize).constLast().toLongLong();
}

int PagedSqlModel::rowOfLoadedId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).constLast().toLongLong() == id)
                return it.key() * pageSize + int(i);
        }
    }
    return -1;
}

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole &&
        role != Qt::UserRole)
        return displayData(index.row(), index.column(), {}, role);
    if (role == Qt::UserRole)
        return idAt(index.row());
    return displayData(index.row(), index.column(), rawValue(index.row(), index.column()), role);
}

QVariant PagedSqlModel::displayData(int, int, const QVariant &value, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value;
    return {};
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(section).alignment);
    return {};
}

} // namespace Podium
