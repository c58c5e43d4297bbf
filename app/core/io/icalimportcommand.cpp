#include "icalimportcommand.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QSet>

namespace Podium {

namespace {

const QString eventTable = QStringLiteral("event");

RecordStore::Values writable(const QVariantMap &row)
{
    static const QSet<QString> skipped{QStringLiteral("id"), QStringLiteral("created_at"),
                                       QStringLiteral("modified_at"), QStringLiteral("row_version"),
                                       QStringLiteral("ical_sequence")};
    RecordStore::Values values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!skipped.contains(it.key()))
            values.append({it.key(), it.value()});
    }
    return values;
}

} // namespace

ImportCalendarCommand::ImportCalendarCommand(Database &database, const ICalImport::Applied &applied,
                                             const QString &text, UndoErrorHandler onError)
    : QUndoCommand(text)
    , m_db(database)
    , m_applied(applied)
    , m_onError(std::move(onError))
{}

bool ImportCalendarCommand::write(bool forward, QString *error)
{
    const QString summary =
        (forward ? QStringLiteral("Redo: ") : QStringLiteral("Undo: ")) + text();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    RecordStore store(m_db);
    if (forward) {
        // Savepoints inside this transaction: all or nothing.
        for (const RowSnapshot &snapshot : std::as_const(m_created)) {
            if (!snapshot.restore(m_db, summary, error))
                return false;
        }
    } else {
        QList<RowSnapshot> snapshots;
        for (const qint64 id : std::as_const(m_applied.created)) {
            RowSnapshot snapshot = RowSnapshot::take(m_db, eventTable, id);
            if (snapshot.isEmpty())
                continue; // deleted meanwhile: nothing to take back
            if (!store.remove(eventTable, id, summary, error))
                return false;
            snapshots.append(snapshot);
        }
        m_created = snapshots;
    }
    for (const ICalImport::Applied::Update &u : std::as_const(m_applied.updated)) {
        const QVariantMap current = store.fetch(eventTable, u.id);
        if (current.isEmpty())
            continue; // deleted meanwhile
        RecordStore::Values values = writable(forward ? u.after : u.before);
        const int sequence = current.value(QStringLiteral("ical_sequence")).toInt();
        values.append({QStringLiteral("ical_sequence"), sequence + 1});
        if (!store.update(eventTable, u.id, values, summary, 0, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

void ImportCalendarCommand::undo()
{
    QString error;
    if (!write(false, &error)) {
        // The stack cannot go back past a step that failed.
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = false;
}

void ImportCalendarCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the import itself.
    if (m_done)
        return;
    QString error;
    if (!write(true, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
        return;
    }
    m_done = true;
}

} // namespace Podium
