#include "transaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Podium {

namespace {

// Transactions begin and end around every write, so their statements are
// prepared once per connection rather than each time.
// A server cannot prepare BEGIN, SAVEPOINT or COMMIT; there they are sent
// as they are.
bool run(Database &db, const QString &sql, QString *error = nullptr)
{
    if (db.isServer())
        return db.execute(sql, error);
    QSqlQuery &query = db.cachedQuery(sql);
    const bool ok = Database::exec(query, error);
    query.finish();
    return ok;
}

QString savepointSql(const char *verb, int level)
{
    return QLatin1StringView(verb) + QStringLiteral(" podium_") + QString::number(level);
}

} // namespace

Transaction::Transaction(Database &database)
    : m_db(database)
{
    m_level = m_db.m_transactionDepth + 1;
    // BEGIN IMMEDIATE: SQLite takes the write lock now. A server locks row
    // by row as the transaction writes.
    const QString begin =
        m_db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const QString sql = m_level == 1 ? begin : savepointSql("SAVEPOINT", m_level);
    m_active = run(m_db, sql, &m_error);
    if (m_active) {
        m_db.m_transactionDepth = m_level;
        if (m_level == 1)
            ++m_db.m_transactionSerial;
        m_serial = m_db.m_transactionSerial;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Podium::Transaction",
                                                  "The transaction is not active.");
        return false;
    }
    // Committing under a guard that is still open would take its unfinished
    // work along, and its later rollback would find nothing left to undo.
    if (m_db.m_transactionDepth != m_level) {
        m_error = QCoreApplication::translate(
            "Podium::Transaction", "A nested transaction is still open; it must finish first.");
        return false;
    }
    // A server answers COMMIT of a transaction in which a statement failed
    // with a silent ROLLBACK; asking it anything first reports the failure
    // instead ("current transaction is aborted").
    if (m_level == 1 && m_db.isServer() && !run(m_db, QStringLiteral("SELECT 1"), &m_error)) {
        m_error = QCoreApplication::translate("Podium::Transaction",
                                              "Nothing was saved, because a step of the change "
                                              "failed: %1")
                      .arg(m_error);
        rollback();
        return false;
    }
    const QString sql =
        m_level == 1 ? QStringLiteral("COMMIT") : savepointSql("RELEASE SAVEPOINT", m_level);
    if (!run(m_db, sql, &m_error)) {
        // SQLite keeps the transaction open when COMMIT fails (a deferred
        // foreign key, a busy reader), so it still has to be rolled back.
        rollback();
        return false;
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_db.m_transactionSerial != m_serial || m_db.m_transactionDepth < m_level) {
        // An outer guard has rolled back already, and this work with it.
        m_active = false;
        return;
    }
    if (m_level == 1) {
        run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        run(m_db, savepointSql("ROLLBACK TO SAVEPOINT", m_level));
        run(m_db, savepointSql("RELEASE SAVEPOINT", m_level));
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
}

} // namespace Podium
