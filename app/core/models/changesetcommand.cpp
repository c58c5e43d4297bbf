#include "changesetcommand.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>

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
{
    for (const RowChange &change : std::as_const(m_changes))
        m_expected.append(change.before);
}

bool ChangeSetCommand::write(bool forward, const QString &summary, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    RecordStore store(m_db);
    QList<QVariantMap> written = m_expected;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const RowChange &change = m_changes.at(i);
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
        const QVariantMap current = store.fetch(change.table, change.id);
        if (current.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Podium::ChangeSetCommand",
                                                     "The record no longer exists; someone may "
                                                     "have deleted it. Nothing was changed.");
            return false;
        }
        for (const auto &[column, value] : std::as_const(values)) {
            if (differs(current.value(column), m_expected.at(i).value(column))) {
                if (error)
                    *error = QCoreApplication::translate("Podium::ChangeSetCommand",
                                                         "Someone else changed this record "
                                                         "meanwhile; nothing was changed.");
                return false;
            }
        }
        if (!store.update(change.table, change.id, values, summary, 0, error))
            return false;
        written[i] = store.fetch(change.table, change.id);
    }
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    m_expected = written;
    return true;
}

bool ChangeSetCommand::execute(QString *error)
{
    if (!write(true, text(), error))
        return false;
    m_executed = true;
    return true;
}

void ChangeSetCommand::undo()
{
    QString error;
    if (!write(false, QStringLiteral("Undo: ") + text(), &error)) {
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
    if (!write(true, QStringLiteral("Redo: ") + text(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

} // namespace Podium
