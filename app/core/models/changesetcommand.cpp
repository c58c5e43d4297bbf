#include "changesetcommand.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

namespace Podium {

namespace {

bool differs(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull())
        return true;
    return !a.isNull() && a.toString() != b.toString();
}

} // namespace

ChangeSetCommand::ChangeSetCommand(Database &database, QList<RowChange> changes,
                                   const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_changes(std::move(changes))
    , m_onError(std::move(onError))
{}

bool ChangeSetCommand::write(Database &database, const QList<RowChange> &changes, bool forward,
                             const QString &summary, QString *error)
{
    Transaction tx(database);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    RecordStore store(database);
    for (const RowChange &change : changes) {
        const QVariantMap &target = forward ? change.after : change.before;
        const QVariantMap &other = forward ? change.before : change.after;
        RecordStore::Values values;
        for (auto it = target.begin(); it != target.end(); ++it) {
            const QString &column = it.key();
            if (column == QLatin1StringView("id") || column == QLatin1StringView("created_at") ||
                column == QLatin1StringView("modified_at") ||
                column == QLatin1StringView("row_version"))
                continue;
            if (differs(it.value(), other.value(column)))
                values.append({column, it.value()});
        }
        if (values.isEmpty())
            continue;
        if (!store.update(change.table, change.id, values, summary, 0, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    return true;
}

bool ChangeSetCommand::execute(QString *error)
{
    if (!write(m_db, m_changes, true, text(), error))
        return false;
    m_executed = true;
    return true;
}

void ChangeSetCommand::undo()
{
    QString error;
    if (!write(m_db, m_changes, false, QStringLiteral("Undo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

void ChangeSetCommand::redo()
{
    // The first redo comes from QUndoStack::push, after execute().
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    if (!write(m_db, m_changes, true, QStringLiteral("Redo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

} // namespace Podium
