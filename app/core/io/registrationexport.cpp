#include "registrationexport.h"

#include "csvwriter.h"
#include "domain/validation.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace Podium {

namespace {

struct ColumnText
{
    RegistrationExport::Column column;
    const char *key;
    const char *english;
    const char *german; ///< UTF-8
};

// The headers are ones RegistrationImport recognises, so that an export
// reads back in.
const ColumnText columnTexts[] = {
    {RegistrationExport::Column::Honorific, "title", "Title", "Titel"},
    {RegistrationExport::Column::GivenName, "given-name", "First name", "Vorname"},
    {RegistrationExport::Column::FamilyName, "family-name", "Last name", "Nachname"},
    {RegistrationExport::Column::Email, "email", "Email", "E-Mail"},
    {RegistrationExport::Column::Organisation, "organisation", "Organisation", "Organisation"},
    {RegistrationExport::Column::Position, "position", "Position", "Funktion"},
    {RegistrationExport::Column::Phone, "phone", "Phone", "Telefon"},
    {RegistrationExport::Column::Status, "status", "Status", "Status"},
    {RegistrationExport::Column::RegisteredAt, "registered-at", "Registered at", "Angemeldet am"},
    {RegistrationExport::Column::CheckedInAt, "checked-in-at", "Checked in at", "Eingecheckt am"},
    {RegistrationExport::Column::Needs, "needs", "Needs", "Bedarf"},
    {RegistrationExport::Column::Notes, "notes", "Notes", "Anmerkungen"},
};

const ColumnText *textOf(RegistrationExport::Column column)
{
    for (const ColumnText &t : columnTexts) {
        if (t.column == column)
            return &t;
    }
    return nullptr;
}

} // namespace

QList<RegistrationExport::Column> RegistrationExport::defaultColumns()
{
    return {Column::GivenName,    Column::FamilyName, Column::Email,
            Column::Organisation, Column::Position,   Column::Phone,
            Column::Status,       Column::Needs,      Column::Notes};
}

QList<RegistrationExport::Column> RegistrationExport::allColumns()
{
    QList<Column> out;
    for (const ColumnText &t : columnTexts)
        out << t.column;
    return out;
}

QString RegistrationExport::header(Column column, Language language)
{
    const ColumnText *t = textOf(column);
    if (!t)
        return {};
    return QString::fromUtf8(language == Language::German ? t->german : t->english);
}

QString RegistrationExport::key(Column column)
{
    const ColumnText *t = textOf(column);
    return t ? QString::fromLatin1(t->key) : QString();
}

std::optional<RegistrationExport::Column> RegistrationExport::columnFromKey(const QString &key)
{
    for (const ColumnText &t : columnTexts) {
        if (key == QLatin1StringView(t.key))
            return t.column;
    }
    return std::nullopt;
}

bool RegistrationExport::write(const Database &db, qint64 eventId, const Options &options,
                               QByteArray *data, int *rowCount, QString *error)
{
    const QVariant zoneName =
        db.scalar(QStringLiteral("SELECT time_zone FROM event WHERE id = ?"), {eventId});
    if (!zoneName.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Podium::RegistrationExport",
                                                 "There is no event with id %1.")
                         .arg(eventId);
        return false;
    }
    // Times are written as the event's local time, which is what the venue
    // and a spreadsheet's date columns expect.
    const QTimeZone zone = Validation::zoneOrUtc(zoneName.toString().toUtf8());
    const QList<Column> columns = options.columns.isEmpty() ? defaultColumns() : options.columns;

    QString sql = QStringLiteral(
        "SELECT p.honorific, p.given_name, p.family_name, p.email, o.name, p.position, p.phone, "
        "r.status, r.registered_at, r.checked_in_at, r.needs, r.notes "
        "FROM registration r JOIN person p ON p.id = r.person_id "
        "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE r.event_id = ?");
    QVariantList bindings{eventId};
    if (!options.statuses.isEmpty()) {
        QStringList marks;
        for (const RegistrationStatus s : options.statuses) {
            marks << QStringLiteral("?");
            bindings << toStorage(s);
        }
        sql += QStringLiteral(" AND r.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    QString message;
    if (!Database::exec(q, &message)) {
        if (error)
            *error = message;
        return false;
    }

    CsvWriter::Options writerOptions;
    writerOptions.byteOrderMark = options.byteOrderMark;
    writerOptions.delimiter = options.delimiter;
    CsvWriter writer(writerOptions);
    QStringList headers;
    for (const Column c : columns)
        headers << header(c, options.language);
    writer.addRow(headers);
    auto instant = [&](const QVariant &stored) {
        const QDateTime at = Clock::fromStorage(stored.toString());
        return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QString();
    };
    int rows = 0;
    while (q.next()) {
        QStringList cells;
        for (const Column c : columns) {
            switch (c) {
            case Column::Honorific:
                cells << q.value(0).toString();
                break;
            case Column::GivenName:
                cells << q.value(1).toString();
                break;
            case Column::FamilyName:
                cells << q.value(2).toString();
                break;
            case Column::Email:
                cells << q.value(3).toString();
                break;
            case Column::Organisation:
                cells << q.value(4).toString();
                break;
            case Column::Position:
                cells << q.value(5).toString();
                break;
            case Column::Phone:
                cells << q.value(6).toString();
                break;
            case Column::Status: {
                const auto status = fromStorage<RegistrationStatus>(q.value(7).toString());
                cells << (status ? registrationStatusLabel(*status, options.language)
                                 : q.value(7).toString());
                break;
            }
            case Column::RegisteredAt:
                cells << instant(q.value(8));
                break;
            case Column::CheckedInAt:
                cells << instant(q.value(9));
                break;
            case Column::Needs:
                cells << q.value(10).toString();
                break;
            case Column::Notes:
                cells << q.value(11).toString();
                break;
            }
        }
        writer.addRow(cells);
        ++rows;
    }
    *data = writer.data();
    if (rowCount)
        *rowCount = rows;
    return true;
}

} // namespace Podium
