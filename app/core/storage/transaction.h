#pragma once

#include <QString>

namespace Podium {

class Database;

/**
 * An RAII transaction: rolls back on destruction unless commit() succeeded.
 *
 * The outermost guard begins a write transaction (BEGIN IMMEDIATE on SQLite,
 * so that a busy database is noticed before any work is done; BEGIN on a
 * PostgreSQL server, which locks the rows a transaction writes); guards nested
 * inside it become savepoints, so that a helper can make its own guard
 * without knowing whether its caller already has one.
 */
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** False if the transaction could not begin; error() says why. */
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

    /** Commits (or releases the savepoint). False, with error(), on failure. */
    bool commit();
    /** Rolls back now instead of at destruction. */
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    // Which outermost transaction this guard belongs to, so that a guard
    // outliving its outer one never touches a later transaction.
    quint64 m_serial = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace Podium
