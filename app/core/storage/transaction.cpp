#include "transaction.h"

#include "database.h"

namespace Podium {

Transaction::Transaction(Database &database)
    : m_db(database)
{
    m_level = m_db.m_transactionDepth + 1;
    const QString sql = m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT podium_%1").arg(m_level);
    m_active = m_db.execute(sql, &m_error);
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
            m_error = QStringLiteral("The transaction is not active.");
        return false;
    }
    // Committing under a guard that is still open would take its unfinished
    // work along, and its later rollback would find nothing left to undo.
    if (m_db.m_transactionDepth != m_level) {
        m_error = QStringLiteral("A nested transaction is still open; it must finish first.");
        return false;
    }
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT podium_%1").arg(m_level);
    if (!m_db.execute(sql, &m_error)) {
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
        m_db.execute(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        m_db.execute(QStringLiteral("ROLLBACK TO SAVEPOINT podium_%1").arg(m_level));
        m_db.execute(QStringLiteral("RELEASE SAVEPOINT podium_%1").arg(m_level));
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
}

} // namespace Podium
