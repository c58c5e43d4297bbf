#include "documentrepository.h"

#include "columnvalue.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storedrow.h"

#include <QCoreApplication>

namespace Podium {

namespace {

const QString table = QStringLiteral("document");

Document fromRow(const QVariantMap &values)
{
    const StoredRow row(values);
    Document d;
    d.id = row.id("id");
    d.eventId = row.id("event_id");
    d.title = row.text("title");
    d.kind = fromStorage<DocumentKind>(row.text("kind")).value_or(DocumentKind::Other);
    d.url = row.text("url");
    d.fileName = row.text("file_name");
    d.mimeType = row.text("mime_type");
    d.content = row.bytes("content");
    d.position = row.integer("position");
    d.createdAt = row.instant("created_at");
    d.modifiedAt = row.instant("modified_at");
    d.rowVersion = row.integer("row_version");
    return d;
}

RecordStore::Values toValues(const Document &d)
{
    return {
        {QStringLiteral("event_id"), ColumnValue::id(d.eventId)},
        {QStringLiteral("title"), d.title.trimmed()},
        {QStringLiteral("kind"), toStorage(d.kind)},
        {QStringLiteral("url"), ColumnValue::text(d.url.trimmed())},
        {QStringLiteral("file_name"), ColumnValue::text(d.fileName)},
        {QStringLiteral("mime_type"), ColumnValue::text(d.mimeType)},
        {QStringLiteral("content"), ColumnValue::blob(d.content)},
        {QStringLiteral("position"), d.position},
    };
}

} // namespace

std::optional<Document> DocumentRepository::find(qint64 id) const
{
    const QVariantMap row = m_store.fetch(table, id);
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<Document> DocumentRepository::forEvent(qint64 eventId) const
{
    QList<Document> out;
    const auto rows =
        select(QStringLiteral("SELECT * FROM document WHERE event_id = ? ORDER BY position, id"),
               {eventId});
    for (const QVariantMap &row : rows)
        out.append(fromRow(row));
    return out;
}

bool DocumentRepository::insert(Document &document, QString *error)
{
    if (!acceptIfValid(validate(document), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!exists(QStringLiteral("event"), document.eventId))
        return fail(error, QCoreApplication::translate("Podium::DocumentRepository",
                                                       "The event no longer exists."));
    const qint64 id =
        m_store.insert(table, toValues(document),
                       QStringLiteral("Document “%1” of “%2” created")
                           .arg(document.title.trimmed(), eventTitle(document.eventId)),
                       error);
    if (id == 0)
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    document = fromRow(m_store.fetchWritten(table, id));
    return true;
}

bool DocumentRepository::update(const Document &document, QString *error)
{
    if (!acceptIfValid(validate(document), error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    if (!exists(QStringLiteral("event"), document.eventId))
        return fail(error, QCoreApplication::translate("Podium::DocumentRepository",
                                                       "The event no longer exists."));
    if (!m_store.update(table, document.id, toValues(document),
                        QStringLiteral("Document “%1” of “%2” changed")
                            .arg(document.title.trimmed(), eventTitle(document.eventId)),
                        document.rowVersion, error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

bool DocumentRepository::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    const std::optional<Document> document = find(id);
    if (!document)
        return fail(error, QCoreApplication::translate(
                               "Podium::DocumentRepository",
                               "The document no longer exists; someone may have deleted it."));
    if (!m_store.remove(table, id,
                        QStringLiteral("Document “%1” of “%2” deleted")
                            .arg(document->title, eventTitle(document->eventId)),
                        error))
        return false;
    if (!tx.commit())
        return fail(error, RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium
