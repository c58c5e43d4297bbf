#include "pagedsqlmodel.h"

#include "storage/database.h"
#include "storage/rowreader.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace Podium {

namespace Detail {

/**
 * Counts rows on a read-only connection of its own, in the thread it was
 * moved to. A request whose generation is no longer the model's latest is
 * not run: a newer filter made it pointless. One that is already running
 * finishes, and the model drops its result.
 */
class RowCounter : public QObject
{
    Q_OBJECT

public:
    /**
     * @p path is the file or server address to open again; @p password, for
     * a server, the one the model's own connection logged in with (empty:
     * libpq finds it in ~/.pgpass, as it did for that connection).
     */
    RowCounter(const QString &path, const QString &password, const std::atomic<quint64> &latest,
               const std::atomic<quint64> &latestWalk, std::atomic<int> &runs)
        : m_path(path)
        , m_password(password)
        , m_latest(latest)
        , m_latestWalk(latestWalk)
        , m_runs(runs)
    {}

    void count(quint64 generation, const QString &sql, const QVariantList &bindings)
    {
        if (generation != m_latest.load())
            return;
        if (!open()) {
            emit counted(generation, -1, m_openError);
            return;
        }
        qint64 rows = -1;
        QString error;
        {
            QSqlQuery q = m_db->prepare(sql);
            for (const QVariant &v : bindings)
                q.addBindValue(v);
            if (Database::exec(q, &error) && q.next())
                rows = q.value(0).toLongLong();
            else if (error.isEmpty())
                error = QCoreApplication::translate("Podium::PagedSqlModel",
                                                    "The count returned no row.");
        }
        ++m_runs;
        emit counted(generation, rows, error);
    }

    /**
     * Reads the sort keys of every row in order (@p sql selects them) and
     * keeps those of rows 0, @p spacing, 2 × @p spacing… Gives up as soon
     * as @p epoch is no longer the model's latest. A walk that fails says
     * nothing: jumps then skip from an end, as without it.
     */
    void walk(quint64 epoch, const QString &sql, const QVariantList &bindings, int keyCount,
              int spacing)
    {
        if (epoch != m_latestWalk.load() || !open())
            return;
        // An order SQLite sorts first (a filtered list, often) gives its
        // first row only after reading every match. A new filter typed
        // meanwhile must not wait for that: on a file, SQLite asks every
        // few thousand steps whether the walk is still wanted, and stops.
        struct Wanted
        {
            quint64 epoch;
            const std::atomic<quint64> *latest;
        } wanted{epoch, &m_latestWalk};
        sqlite3 *handle = m_db->sqliteHandle();
        if (handle) {
            sqlite3_progress_handler(
                handle, 4096,
                [](void *w) {
                    const auto *walk = static_cast<const Wanted *>(w);
                    return walk->epoch != walk->latest->load() ? 1 : 0;
                },
                &wanted);
        }
        const auto unhook = qScopeGuard([handle] {
            if (handle)
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        });
        QList<QVariantList> anchors;
        QString error;
        // The keys are read through SQLite's own interface on a file: only
        // one row in thousands is turned into values.
        RowReader r(*m_db);
        if (!r.exec(sql, bindings, &error))
            return;
        for (qint64 row = 0; r.next(); ++row) {
            if (row % 1024 == 0 && epoch != m_latestWalk.load())
                return;
            if (row % spacing != 0)
                continue;
            QVariantList keys;
            keys.reserve(keyCount);
            for (int i = 0; i < keyCount; ++i)
                keys << r.value(i);
            anchors << std::move(keys);
        }
        if (!r.error().isEmpty())
            return;
        emit walked(epoch, anchors);
    }

signals:
    void counted(quint64 generation, qint64 rows, const QString &error);
    void walked(quint64 epoch, const QList<QVariantList> &anchors);

private:
    /** Opens the connection the first time; false (m_openError says why) if it cannot. */
    bool open()
    {
        if (!m_db && m_openError.isEmpty()) {
            Database::OpenOptions options;
            options.readOnly = true;
            options.password = m_password;
            auto opened = Database::open(m_path, options);
            m_db = std::move(opened.database);
            if (!m_db)
                m_openError =
                    opened.message.isEmpty()
                        ? QCoreApplication::translate("Podium::PagedSqlModel", "Cannot open %1.")
                              .arg(m_path)
                        : opened.message;
        }
        return m_db != nullptr;
    }

    QString m_path;
    QString m_password; // in memory only, as the model's connection holds it
    const std::atomic<quint64> &m_latest;
    const std::atomic<quint64> &m_latestWalk;
    std::atomic<int> &m_runs;
    std::unique_ptr<Database> m_db; // opened, used and closed in the counting thread
    QString m_openError;
};

/** Marks a change of the model in progress, from its begin signal to its end signal. */
class SignallingScope
{
public:
    explicit SignallingScope(bool &flag)
        : m_flag(flag)
        , m_was(flag)
    {
        m_flag = true;
    }
    ~SignallingScope() { m_flag = m_was; }
    SignallingScope(const SignallingScope &) = delete;
    SignallingScope &operator=(const SignallingScope &) = delete;

private:
    bool &m_flag;
    bool m_was;
};

} // namespace Detail

using Detail::SignallingScope;

PagedSqlModel::PagedSqlModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
{
    m_anchorTimer.setSingleShot(true);
    m_anchorTimer.setInterval(anchorDelayMs);
    connect(&m_anchorTimer, &QTimer::timeout, this, &PagedSqlModel::startWalk);
}

PagedSqlModel::~PagedSqlModel()
{
    // Requests still queued are skipped; a count already running finishes
    // (SQLite is not interrupted) and its result goes nowhere. The counter,
    // and with it its connection, is deleted in its own thread as it ends.
    m_generation.fetch_add(1);
    m_anchorEpoch.fetch_add(1);
    if (m_countThread) {
        m_countThread->quit();
        m_countThread->wait();
    }
}

void PagedSqlModel::setQuery(const QString &from, const QString &idKey,
                             const QList<Column> &columns, int sortColumn, Qt::SortOrder order)
{
    const SignallingScope scope(m_signalling);
    beginResetModel();
    m_from = from;
    m_idKey = idKey;
    m_columns = columns;
    const bool sortable = sortColumn >= 0 && sortColumn < columns.size() &&
                          !columns.at(sortColumn).sortKeys.isEmpty();
    m_sortColumn = sortable ? sortColumn : -1;
    m_sortOrder = sortable ? order : Qt::AscendingOrder;
    restart();
    endResetModel();
    emit countKnownChanged(m_countKnown);
}

void PagedSqlModel::setFilter(const QString &where, const QVariantList &bindings,
                              const QString &countFrom)
{
    setFilter(where, bindings, countFrom, where, bindings);
}

bool PagedSqlModel::setFilter(const QString &where, const QVariantList &bindings,
                              const QString &countFrom, const QString &countWhere,
                              const QVariantList &countBindings)
{
    if (where == m_where && bindings == m_bindings && countFrom == m_countFrom &&
        countWhere == m_countWhere && countBindings == m_countBindings)
        return false;
    const SignallingScope scope(m_signalling);
    beginResetModel();
    m_where = where;
    m_bindings = bindings;
    m_countFrom = countFrom;
    m_countWhere = countWhere;
    m_countBindings = countBindings;
    restart();
    endResetModel();
    emit countKnownChanged(m_countKnown);
    return true;
}

void PagedSqlModel::refresh()
{
    const SignallingScope scope(m_signalling);
    beginResetModel();
    restart();
    endResetModel();
    emit countKnownChanged(m_countKnown);
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size() || (column >= 0 && m_columns.at(column).sortKeys.isEmpty()))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const SignallingScope scope(m_signalling);
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    forgetAnchors();
    // Rows are addressed by position only, so no persistent index survives a
    // new order; views keep their selection by id themselves.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    // The count holds in any order; the remembered rows do not.
    requestAnchors();
}

void PagedSqlModel::setAnchorSpacing(int rows)
{
    m_anchorSpacing = std::max(0, rows);
    forgetAnchors();
    requestAnchors();
}

void PagedSqlModel::restart()
{
    m_generation.fetch_add(1);
    forgetAnchors();
    m_pages.clear();
    m_rowCount = 0;
    m_countKnown = false;
    if (m_from.isEmpty() || !loadPage(0, pageSize)) {
        // No query yet, or it failed (queryFailed said why): no rows.
        m_countKnown = true;
        return;
    }
    const auto first = m_pages.constFind(0);
    m_rowCount = first == m_pages.constEnd() ? 0 : int(first->rows.size());
    // A first page that is not full is the whole result.
    if (m_rowCount < pageSize) {
        m_countKnown = true;
        return;
    }
    // Asked for once control returns to the event loop, so that a filter
    // replaced at once (several set in a row) is never counted.
    const quint64 generation = m_generation.load();
    QMetaObject::invokeMethod(
        this, [this, generation] { requestCount(generation); }, Qt::QueuedConnection);
}

QString PagedSqlModel::countSql() const
{
    QString sql =
        QStringLiteral("SELECT count(*) FROM ") + (m_countFrom.isEmpty() ? m_from : m_countFrom);
    if (!m_countWhere.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_countWhere;
    return sql;
}

void PagedSqlModel::requestCount(quint64 generation)
{
    if (generation != m_generation.load() || m_countKnown)
        return;
    if (!startWorker()) {
        countHere();
        return;
    }
    auto *counter = static_cast<Detail::RowCounter *>(m_counter);
    QMetaObject::invokeMethod(
        counter,
        [counter, generation, sql = countSql(), bindings = m_countBindings] {
            counter->count(generation, sql, bindings);
        },
        Qt::QueuedConnection);
}

bool PagedSqlModel::startWorker()
{
    if (m_countThread)
        return true;
    if (m_db.path().isEmpty())
        return false;
    m_countThread = std::make_unique<QThread>();
    m_countThread->setObjectName(QStringLiteral("podium-row-count"));
    // On a server, a second connection to the same address, logging in as
    // the first did.
    const QString password = m_db.isServer() ? m_db.connection().password() : QString();
    auto *counter = new Detail::RowCounter(m_db.path(), password, m_generation, m_anchorEpoch,
                                           m_backgroundCounts);
    counter->moveToThread(m_countThread.get());
    connect(m_countThread.get(), &QThread::finished, counter, &QObject::deleteLater);
    connect(counter, &Detail::RowCounter::counted, this, &PagedSqlModel::countArrived);
    connect(counter, &Detail::RowCounter::walked, this, &PagedSqlModel::anchorsWalked);
    m_counter = counter;
    m_countThread->start();
    return true;
}

void PagedSqlModel::requestAnchors()
{
    if (m_anchorSpacing > 0 && m_countKnown && m_rowCount >= 4 * m_anchorSpacing &&
        m_anchors.isEmpty() && !m_db.path().isEmpty())
        m_anchorTimer.start();
}

void PagedSqlModel::startWalk()
{
    if (!m_countKnown || !m_anchors.isEmpty() || !startWorker())
        return;
    QString from;
    QString where;
    QVariantList bindings;
    skipSource(&from, &where, &bindings);
    const QStringList keys = orderKeys();
    QString sql = QStringLiteral("SELECT ") + keys.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM ") + from;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE (") + where + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY ") + orderBy(false);
    auto *counter = static_cast<Detail::RowCounter *>(m_counter);
    QMetaObject::invokeMethod(
        counter,
        [counter, epoch = m_anchorEpoch.load(), sql, bindings, keyCount = int(keys.size()),
         spacing = m_anchorSpacing] { counter->walk(epoch, sql, bindings, keyCount, spacing); },
        Qt::QueuedConnection);
}

void PagedSqlModel::anchorsWalked(quint64 epoch, const QList<QVariantList> &anchors)
{
    if (epoch != m_anchorEpoch.load() || anchors.isEmpty())
        return;
    m_anchors = anchors;
    emit anchorsArrived();
}

void PagedSqlModel::forgetAnchors()
{
    m_anchorEpoch.fetch_add(1);
    m_anchors.clear();
    m_anchorTimer.stop();
}

void PagedSqlModel::skipSource(QString *from, QString *where, QVariantList *bindings) const
{
    // A smaller FROM clause takes the counting form of the condition, which
    // uses only the tables every such clause has.
    *from = m_from;
    if (m_sortColumn >= 0 && !m_columns.at(m_sortColumn).keyFrom.isEmpty())
        *from = m_columns.at(m_sortColumn).keyFrom;
    else if (m_sortColumn < 0 && !m_countFrom.isEmpty())
        *from = m_countFrom;
    const bool full = *from == m_from;
    *where = full ? pageWhere() : m_countWhere;
    *bindings = full ? pageBindings() : m_countBindings;
}

void PagedSqlModel::countArrived(quint64 generation, qint64 rows, const QString &error)
{
    // A count of an older filter, or one that reading the pages overtook.
    if (generation != m_generation.load() || m_countKnown)
        return;
    if (rows < 0) {
        // The second connection could not count (the file could not be
        // opened again, say): count here, as the model did before.
        Q_UNUSED(error);
        countHere();
        return;
    }
    applyCount(int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
}

void PagedSqlModel::countHere()
{
    QSqlQuery q = m_db.prepare(countSql());
    for (const QVariant &v : std::as_const(m_countBindings))
        q.addBindValue(v);
    QString error;
    if (!Database::exec(q, &error) || !q.next()) {
        emit queryFailed(error);
        applyCount(m_rowCount);
        return;
    }
    applyCount(int(std::min<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max())));
}

void PagedSqlModel::applyCount(int rows)
{
    // Known before the signals go out: a view (or a model tester) that asks
    // canFetchMore() on rowsInserted must not read past the end.
    m_countKnown = true;
    if (rows > m_rowCount) {
        const SignallingScope scope(m_signalling);
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Rows were deleted between reading the pages and counting: the
        // count, made later, wins.
        const SignallingScope scope(m_signalling);
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            const int start = it.key() * pageSize;
            if (start >= rows) {
                it = m_pages.erase(it);
            } else {
                if (start + it->rows.size() > rows)
                    it->rows.resize(rows - start);
                ++it;
            }
        }
        endRemoveRows();
    }
    emit countKnownChanged(true);
    requestAnchors();
}

bool PagedSqlModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countKnown;
}

void PagedSqlModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_countKnown)
        return;
    if (m_signalling) {
        // Asked from a slot of this model's own change signal (a model
        // tester does that): inserting rows inside another change would nest
        // two changes, so the page is read once the signal is done.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            const quint64 generation = m_generation.load();
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    m_fetchQueued = false;
                    if (generation == m_generation.load())
                        fetchMore({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    // While the count is unknown, m_rowCount is a whole number of pages.
    const int index = m_rowCount / pageSize;
    if (!loadPage(index, pageSize))
        return;
    const auto loaded = m_pages.constFind(index);
    const int got = loaded == m_pages.constEnd() ? 0 : int(loaded->rows.size());
    // The end is reached before the count arrived: it is no longer needed.
    const bool end = got < pageSize;
    if (end)
        m_countKnown = true;
    if (got > 0) {
        const SignallingScope scope(m_signalling);
        beginInsertRows({}, m_rowCount, m_rowCount + got - 1);
        m_rowCount += got;
        endInsertRows();
    }
    if (end) {
        emit countKnownChanged(true);
        requestAnchors();
    }
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

bool PagedSqlModel::pagesFollowOrder() const
{
    return m_sortColumn >= 0 && m_columns.at(m_sortColumn).filterAlongOrder;
}

QString PagedSqlModel::firstPageSql() const
{
    QStringList select;
    for (const Column &c : m_columns)
        select << c.value;
    select << orderKeys();
    QStringList conditions;
    if (!pageWhere().isEmpty())
        conditions << QStringLiteral("(") + pageWhere() + QStringLiteral(")");
    return pageSql(select, conditions, false, pageSize);
}

int PagedSqlModel::expectedRows(int index) const
{
    const int start = index * pageSize;
    if (m_countKnown)
        return std::min(pageSize, m_rowCount - start);
    // Unknown count: every page read so far was full.
    return start < m_rowCount ? pageSize : 0;
}

bool PagedSqlModel::loadPage(int index, int count) const
{
    const int start = index * pageSize;
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
    enum class Way { After, Before, FromStart, FromEnd, FromAnchor } way;
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
        // Only a known count says how far the end is.
        way = m_countKnown && start >= m_rowCount / 2 ? Way::FromEnd : Way::FromStart;
    }
    // Or from the remembered row at or before the page, unless the end is
    // nearer.
    qsizetype anchorIndex = 0;
    int fromAnchor = 0;
    if (!neighbour && !m_anchors.isEmpty() && m_anchorSpacing > 0) {
        const qsizetype nearest =
            std::min<qsizetype>(start / m_anchorSpacing, m_anchors.size() - 1);
        const int after = start - int(nearest) * m_anchorSpacing;
        if (way != Way::FromEnd || after <= m_rowCount - start - count) {
            way = Way::FromAnchor;
            anchorIndex = nearest;
            fromAnchor = after;
        }
    }
    const bool reversed = way == Way::Before || way == Way::FromEnd;

    QStringList conditions;
    if (!pageWhere().isEmpty())
        conditions << QStringLiteral("(") + pageWhere() + QStringLiteral(")");

    // A jump into the unknown: find the page's first row with the smallest
    // query that knows the order (keys only, fewest joins), then read the
    // page from there by keyset. Skipping half a million full rows would
    // build every one of them.
    const bool descending = m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0;
    // "(keys) > (?, …)", or "<" where the rows are read against the order.
    const auto keysetCondition = [&keys](bool greater, bool inclusive) {
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << QStringLiteral("?");
        QString op = greater ? QStringLiteral(">") : QStringLiteral("<");
        if (inclusive)
            op += QLatin1Char('=');
        return QStringLiteral("(%1) %2 (%3)")
            .arg(keys.join(QStringLiteral(", ")), op, marks.join(QStringLiteral(", ")));
    };
    QVariantList anchor;
    bool inclusive = false;
    const int offset = way == Way::FromStart    ? start
                       : way == Way::FromAnchor ? fromAnchor
                                                : m_rowCount - start - count;
    if (neighbour) {
        anchor = neighbour->mid(keyOffset);
    } else if (way == Way::FromAnchor && offset == 0) {
        anchor = m_anchors.at(anchorIndex);
        inclusive = true;
    } else if (offset > 0) {
        QString keyFrom;
        QString where;
        QVariantList bindings;
        skipSource(&keyFrom, &where, &bindings);
        QStringList skipConditions;
        if (!where.isEmpty())
            skipConditions << QStringLiteral("(") + where + QLatin1Char(')');
        if (way == Way::FromAnchor) {
            skipConditions << keysetCondition(!descending, true);
            bindings += m_anchors.at(anchorIndex);
        }
        QString skip = QStringLiteral("SELECT ") + keys.join(QStringLiteral(", ")) +
                       QStringLiteral(" FROM ") + keyFrom;
        if (!skipConditions.isEmpty())
            skip += QStringLiteral(" WHERE ") + skipConditions.join(QStringLiteral(" AND "));
        skip += QStringLiteral(" ORDER BY ") + orderBy(reversed) +
                QStringLiteral(" LIMIT 1 OFFSET %1").arg(offset);
        QSqlQuery sq = m_db.prepare(skip);
        for (const QVariant &v : std::as_const(bindings))
            sq.addBindValue(v);
        ++m_pageQueries;
        m_skippedRows += offset;
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
    if (!anchor.isEmpty())
        conditions << keysetCondition(!reversed != descending, inclusive);
    QSqlQuery q = m_db.prepare(pageSql(select, conditions, reversed, count));
    for (const QVariant &v : pageBindings())
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
        if (!loadPage(index, expectedRows(index)))
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

#include "pagedsqlmodel.moc"
