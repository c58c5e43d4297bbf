#include "recordlisting.h"

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace Podium {

namespace {

// Shows a stored UTC instant in the event's own zone, with its offset, so
// that the value is both readable and unambiguous.
QString localIso(const QVariant &storedUtc, const QString &zone)
{
    const QDateTime utc = Clock::fromStorage(storedUtc.toString());
    if (!utc.isValid())
        return {};
    const QTimeZone tz(zone.toUtf8());
    return (tz.isValid() ? utc.toTimeZone(tz) : utc).toString(Qt::ISODate);
}

QString pick(const QVariant &en, const QVariant &de, const QString &language)
{
    const QString first = (language == QLatin1StringView("de") ? de : en).toString();
    return first.isEmpty() ? (language == QLatin1StringView("de") ? en : de).toString() : first;
}

} // namespace

bool RecordListing::kindFromName(const QString &name, Kind *kind)
{
    static const QList<QPair<QString, Kind>> names{
        {QStringLiteral("events"), Kind::Events},
        {QStringLiteral("people"), Kind::People},
        {QStringLiteral("organisations"), Kind::Organisations},
        {QStringLiteral("registrations"), Kind::Registrations},
    };
    for (const auto &[n, k] : names) {
        if (n == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool RecordListing::query(const Database &database, Kind kind, const Options &options, Table *table,
                          QString *error)
{
    table->columns.clear();
    table->rows.clear();
    QString message;
    switch (kind) {
    case Kind::Events: {
        table->columns = {QStringLiteral("id"),        QStringLiteral("uid"),
                          QStringLiteral("title"),     QStringLiteral("series"),
                          QStringLiteral("start"),     QStringLiteral("end"),
                          QStringLiteral("time_zone"), QStringLiteral("status"),
                          QStringLiteral("published"), QStringLiteral("venue")};
        QSqlQuery q = database.prepare(
            QStringLiteral("SELECT e.id, e.uid, e.title_en, e.title_de, s.name_en, s.name_de, "
                           "e.start_utc, e.end_utc, "
                           "e.time_zone, e.status, e.published, v.name, e.language "
                           "FROM event e LEFT JOIN series s ON s.id = e.series_id "
                           "LEFT JOIN venue v ON v.id = e.venue_id ORDER BY e.start_utc, e.id"));
        if (!Database::exec(q, &message))
            break;
        while (q.next()) {
            const QString lang =
                options.language.isEmpty() ? q.value(12).toString() : options.language;
            const QString zone = q.value(8).toString();
            table->rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                                pick(q.value(2), q.value(3), lang),
                                pick(q.value(4), q.value(5), lang), localIso(q.value(6), zone),
                                localIso(q.value(7), zone), zone, q.value(9).toString(),
                                q.value(10).toInt() != 0, q.value(11).toString()});
        }
        return true;
    }
    case Kind::People: {
        table->columns = {QStringLiteral("id"),         QStringLiteral("honorific"),
                          QStringLiteral("given_name"), QStringLiteral("family_name"),
                          QStringLiteral("position"),   QStringLiteral("organisation"),
                          QStringLiteral("email"),      QStringLiteral("phone")};
        QSqlQuery q = database.prepare(QStringLiteral(
            "SELECT p.id, p.honorific, p.given_name, p.family_name, p.position, o.name, p.email, "
            "p.phone "
            "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id"));
        if (!Database::exec(q, &message))
            break;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 8; ++i)
                row.append(i == 0 ? QVariant(q.value(i).toLongLong())
                                  : QVariant(q.value(i).toString()));
            table->rows.append(row);
        }
        return true;
    }
    case Kind::Organisations: {
        table->columns = {QStringLiteral("id"),         QStringLiteral("name"),
                          QStringLiteral("short_name"), QStringLiteral("kind"),
                          QStringLiteral("city"),       QStringLiteral("country"),
                          QStringLiteral("website"),    QStringLiteral("parent")};
        QSqlQuery q = database.prepare(QStringLiteral(
            "SELECT o.id, o.name, o.short_name, o.kind, o.city, o.country, o.website, p.name "
            "FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id ORDER BY o.id"));
        if (!Database::exec(q, &message))
            break;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 8; ++i)
                row.append(i == 0 ? QVariant(q.value(i).toLongLong())
                                  : QVariant(q.value(i).toString()));
            table->rows.append(row);
        }
        return true;
    }
    case Kind::Registrations: {
        table->columns = {QStringLiteral("id"),
                          QStringLiteral("event_id"),
                          QStringLiteral("event"),
                          QStringLiteral("person_id"),
                          QStringLiteral("given_name"),
                          QStringLiteral("family_name"),
                          QStringLiteral("email"),
                          QStringLiteral("status"),
                          QStringLiteral("registered_at"),
                          QStringLiteral("checked_in_at")};
        QSqlQuery q = database.prepare(
            QStringLiteral("SELECT r.id, r.event_id, e.title_en, e.title_de, e.language, "
                           "r.person_id, p.given_name, "
                           "p.family_name, p.email, r.status, r.registered_at, r.checked_in_at "
                           "FROM registration r JOIN event e ON e.id = r.event_id JOIN person p ON "
                           "p.id = r.person_id "
                           "WHERE (? = 0 OR r.event_id = ?) ORDER BY r.event_id, r.id"));
        q.addBindValue(options.eventId);
        q.addBindValue(options.eventId);
        if (!Database::exec(q, &message))
            break;
        while (q.next()) {
            const QString lang =
                options.language.isEmpty() ? q.value(4).toString() : options.language;
            table->rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                pick(q.value(2), q.value(3), lang), q.value(5).toLongLong(),
                                q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                q.value(9).toString(), q.value(10).toString(),
                                q.value(11).toString()});
        }
        return true;
    }
    }
    if (error)
        *error =
            QCoreApplication::translate("Podium::RecordListing", "Cannot read the database: %1")
                .arg(message);
    return false;
}

QByteArray RecordListing::toTsv(const Table &table)
{
    auto escape = [](QString s) {
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        s.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        s.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        return s;
    };
    QString out = table.columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << escape(v.typeId() == QMetaType::Bool
                                ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                : v.toString());
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray RecordListing::toJson(const Table &table)
{
    QJsonArray array;
    for (const QVariantList &row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i) {
            const QVariant &v = row.at(i);
            object.insert(table.columns.at(i),
                          v.toString().isEmpty() && v.typeId() == QMetaType::QString
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue::fromVariant(v));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Podium
