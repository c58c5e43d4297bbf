#include "personprivacy.h"

#include "backup/backups.h"
#include "storage/caselessmatch.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/schemacatalog.h"
#include "storage/transaction.h"
#include "util/clock.h"
#include "util/platform.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::PersonPrivacy", text);
}

/** What replaces a name or an address wherever it is found. */
const QString erasedMark = QStringLiteral("[erased]");

QList<QVariantMap> selectRows(const Database &db, const QString &sql,
                              const QVariantList &bindings = {}, QString *error = nullptr)
{
    QList<QVariantMap> rows;
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!Database::exec(q, error))
        return rows;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

bool run(const Database &db, const QString &sql, const QVariantList &bindings, QString *error)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    QString message;
    if (Database::exec(q, &message))
        return true;
    if (error)
        *error = RecordStore::explainConstraint(message);
    return false;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: // a server's positive BIGINT
    case QMetaType::Short:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v.toString();
    }
}

QJsonObject jsonObject(const QVariantMap &row)
{
    QJsonObject o;
    for (auto it = row.begin(); it != row.end(); ++it)
        o.insert(it.key(), jsonValue(it.value()));
    return o;
}

QString eventTitleSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.language = 'de' THEN coalesce(nullif(%1.title_de, ''), "
                          "%1.title_en) ELSE coalesce(nullif(%1.title_en, ''), %1.title_de) END")
        .arg(alias);
}

// The change-log entries about a person: their own record, and their
// registrations and roles (found by the person_id the entry records, or by
// the id of a registration or role they still hold, from its creation on).
// The entries' JSON is read here rather than in SQL, which reads it
// differently on each backend: SQL only narrows the entries down to those
// that mention a person_id and the id's digits.
QString changeLogAboutSql()
{
    return QStringLiteral(
        "SELECT c.*, CASE WHEN (c.table_name = 'person' AND c.record_id = ?) "
        "OR (c.table_name = 'registration' AND EXISTS (SELECT 1 FROM registration r WHERE r.id = "
        "c.record_id AND r.person_id = ? AND c.changed_at >= r.created_at)) "
        "OR (c.table_name = 'role' AND EXISTS (SELECT 1 FROM role o WHERE o.id = c.record_id AND "
        "o.person_id = ? AND c.changed_at >= o.created_at)) THEN 1 ELSE 0 END AS held_now "
        "FROM change_log c WHERE (c.table_name = 'person' AND c.record_id = ?) "
        "OR (c.table_name IN ('registration', 'role') AND c.changes LIKE ? ESCAPE '\\' AND "
        "c.changes LIKE ?) "
        "OR (c.table_name = 'registration' AND EXISTS (SELECT 1 FROM registration r WHERE r.id = "
        "c.record_id AND r.person_id = ? AND c.changed_at >= r.created_at)) "
        "OR (c.table_name = 'role' AND EXISTS (SELECT 1 FROM role o WHERE o.id = c.record_id AND "
        "o.person_id = ? AND c.changed_at >= o.created_at)) "
        "ORDER BY c.id");
}

// True if the entry's changes record @p personId as the old or the new
// person_id (of a registration or role).
bool namesPerson(const QVariant &changes, qint64 personId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changes.toString().toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonValue pair = doc.object().value(QStringLiteral("person_id"));
    if (!pair.isArray())
        return false;
    for (const QJsonValue &v : pair.toArray()) {
        if (v.isDouble() && v.toInteger(-1) == personId)
            return true;
    }
    return false;
}

// The entries as rows, or std::nullopt if they cannot be read (@p error).
std::optional<QList<QVariantMap>> changeLogAbout(const Database &db, qint64 personId,
                                                 QString *error = nullptr)
{
    QList<QVariantMap> rows;
    QSqlQuery q = db.prepare(changeLogAboutSql());
    for (int i = 0; i < 4; ++i)
        q.addBindValue(personId);
    q.addBindValue(QStringLiteral("%\"person\\_id\"%"));
    q.addBindValue(QStringLiteral("%%1%").arg(personId));
    q.addBindValue(personId);
    q.addBindValue(personId);
    if (!Database::exec(q, error))
        return std::nullopt;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        const bool heldNow = row.take(QStringLiteral("held_now")).toInt() == 1;
        if (heldNow || namesPerson(row.value(QStringLiteral("changes")), personId))
            rows.append(row);
    }
    return rows;
}

QString replaceAll(QString text, const QStringList &tokens)
{
    for (const QString &t : tokens)
        text.replace(t, erasedMark, Qt::CaseInsensitive);
    return text;
}

QJsonValue replaceInJson(const QJsonValue &value, const QStringList &tokens)
{
    if (value.isString())
        return replaceAll(value.toString(), tokens);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(replaceInJson(v, tokens));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), replaceInJson(it.value(), tokens));
        return out;
    }
    return value;
}

QString replaceInChanges(const QString &changes, const QStringList &tokens)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
    if (!doc.isObject())
        return replaceAll(changes, tokens);
    const QJsonValue replaced = replaceInJson(doc.object(), tokens);
    return QString::fromUtf8(QJsonDocument(replaced.toObject()).toJson(QJsonDocument::Compact));
}

// Columns that are never rewritten by the sweep for mentions: other people's
// names and addresses (a namesake, an office address shared with colleagues),
// names that must stay unique, identifiers and the change log's own fields.
bool sweepExcluded(const QString &table, const QString &column)
{
    static const QSet<QString> excluded{
        QStringLiteral("person.honorific"),
        QStringLiteral("person.given_name"),
        QStringLiteral("person.family_name"),
        QStringLiteral("person.email"),
        QStringLiteral("person.sort_key"),
        QStringLiteral("person.search_key"),
        QStringLiteral("person.organisation_key"),
        QStringLiteral("organisation.name"),
        QStringLiteral("organisation.name_key"),
        QStringLiteral("venue.name"),
        QStringLiteral("venue.name_key"),
        QStringLiteral("series.name_en"),
        QStringLiteral("series.name_de"),
        QStringLiteral("series.name_key"),
        QStringLiteral("room.name"),
        QStringLiteral("event.uid"),
        QStringLiteral("setting.key"),
        QStringLiteral("change_log.table_name"),
        QStringLiteral("change_log.action"),
        QStringLiteral("change_log.user_name"),
        QStringLiteral("change_log.changed_at"),
    };
    return excluded.contains(table + QLatin1Char('.') + column);
}

// Replaces every mention of the tokens in the text columns of every table
// (folded tokens in the folded *_key columns), found regardless of case as
// QString::contains finds them, on either backend (CaselessMatch). Rows are
// addressed by their primary key. Returns the number of values changed, or
// -1 on failure.
int sweepMentions(const Database &db, const QStringList &raw, const QStringList &folded,
                  const QString &now, QSet<QString> *touched, QString *error)
{
    int changed = 0;
    QStringList tables;
    if (!SchemaCatalog::tables(db, &tables, error))
        return -1;
    for (const QString &table : std::as_const(tables)) {
        if (SchemaCatalog::isBookkeeping(table))
            continue;
        QList<SchemaCatalog::Column> columns;
        if (!SchemaCatalog::columns(db, table, &columns, error))
            return -1;
        const QStringList key = SchemaCatalog::primaryKey(columns);
        if (key.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                             "Podium::PersonPrivacy",
                             "The table %1 has no primary key, so its rows cannot be searched for "
                             "the person's name. Nothing was erased.")
                             .arg(table);
            return -1;
        }
        QStringList keySelect;
        QStringList keyWhere;
        for (const QString &k : key) {
            keySelect << SchemaCatalog::quoted(k);
            keyWhere << SchemaCatalog::quoted(k) + QStringLiteral(" = ?");
        }
        bool versioned = false;
        for (const SchemaCatalog::Column &c : std::as_const(columns))
            versioned |= c.name == QLatin1StringView("row_version");
        for (const SchemaCatalog::Column &c : std::as_const(columns)) {
            const QString &column = c.name;
            if (!c.text || sweepExcluded(table, column))
                continue;
            const QStringList &tokens = column.endsWith(QLatin1StringView("_key")) ? folded : raw;
            if (tokens.isEmpty())
                continue;
            QStringList conditions;
            QVariantList bindings;
            for (const QString &token : tokens) {
                const CaselessMatch match =
                    CaselessMatch::contains(db, SchemaCatalog::quoted(column), token);
                conditions << match.sql;
                bindings << match.value;
            }
            QSqlQuery hits = db.prepare(
                QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                    .arg(keySelect.join(QStringLiteral(", ")), SchemaCatalog::quoted(column),
                         SchemaCatalog::quoted(table), conditions.join(QStringLiteral(" OR "))));
            for (const QVariant &v : std::as_const(bindings))
                hits.addBindValue(v);
            if (!Database::exec(hits, error))
                return -1;
            QList<QPair<QVariantList, QString>> found;
            while (hits.next()) {
                QVariantList keyValues;
                for (qsizetype i = 0; i < key.size(); ++i)
                    keyValues << hits.value(int(i));
                found.append({keyValues, hits.value(int(key.size())).toString()});
            }
            hits.finish();
            for (const auto &[keyValues, before] : std::as_const(found)) {
                // The sieve lets through more than the mentions; what
                // replaceAll leaves unchanged is none.
                const QString after = table == QLatin1StringView("change_log") &&
                                              column == QLatin1StringView("changes")
                                          ? replaceInChanges(before, tokens)
                                          : replaceAll(before, tokens);
                if (after == before)
                    continue;
                const QString sql =
                    versioned
                        ? QStringLiteral("UPDATE %1 SET %2 = ?, modified_at = ?, row_version "
                                         "= row_version + 1 WHERE %3")
                              .arg(SchemaCatalog::quoted(table), SchemaCatalog::quoted(column),
                                   keyWhere.join(QStringLiteral(" AND ")))
                        : QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                              .arg(SchemaCatalog::quoted(table), SchemaCatalog::quoted(column),
                                   keyWhere.join(QStringLiteral(" AND ")));
                QVariantList values{after};
                if (versioned)
                    values << now;
                values << keyValues;
                if (!run(db, sql, values, error))
                    return -1;
                touched->insert(table);
                ++changed;
            }
        }
    }
    return changed;
}

// The fields of a change-log entry that may stay: what happened, not who
// the person is. Consents stay, since when a consent was given or withdrawn
// is what one may have to prove later.
bool keptInLog(const QString &table, const QString &field, bool keepPublishedName)
{
    if (table == QLatin1StringView("person")) {
        if (field.startsWith(QLatin1StringView("consent_")))
            return true;
        if (keepPublishedName)
            return field == QLatin1StringView("honorific") ||
                   field == QLatin1StringView("given_name") ||
                   field == QLatin1StringView("family_name");
        return false;
    }
    if (table == QLatin1StringView("registration"))
        return field != QLatin1StringView("needs") && field != QLatin1StringView("notes");
    if (table == QLatin1StringView("role"))
        return keepPublishedName || !field.startsWith(QLatin1StringView("affiliation"));
    return true;
}

QStringList byLengthDescending(QStringList tokens)
{
    tokens.removeDuplicates();
    tokens.removeIf([](const QString &t) { return t.trimmed().size() < 4; });
    std::sort(tokens.begin(), tokens.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return tokens;
}

struct Anonymisation
{
    bool keepPublishedName = false;
    // Search the text of all other records for the name and address. An
    // erasure does; the retention run, over many people at once, leaves it
    // out, since each search reads every text column of the database.
    bool sweepOtherRecords = true;
    QString logSummary;
};

// Anonymises or deletes one person inside the caller's transaction.
bool anonymise(Database &db, qint64 personId, const Anonymisation &how, const QDateTime &nowUtc,
               PersonPrivacy::ErasureResult *result, QSet<QString> *touched, QString *error)
{
    // The tables an anonymisation writes to; the sweep adds those where it
    // replaced a mention.
    *touched << QStringLiteral("person") << QStringLiteral("registration") << QStringLiteral("role")
             << QStringLiteral("change_log");
    const QString now = Clock::toStorage(nowUtc);
    const QList<QVariantMap> people =
        selectRows(db, QStringLiteral("SELECT * FROM person WHERE id = ?"), {personId});
    if (people.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::PersonPrivacy",
                                                 "There is no person with the id %1.")
                         .arg(personId);
        return false;
    }
    const QVariantMap &p = people.first();
    const QString honorific = p.value(QStringLiteral("honorific")).toString().trimmed();
    const QString given = p.value(QStringLiteral("given_name")).toString().trimmed();
    const QString family = p.value(QStringLiteral("family_name")).toString().trimmed();
    const QString email = p.value(QStringLiteral("email")).toString().trimmed();
    const QString full = (given + QLatin1Char(' ') + family).trimmed();

    QStringList raw{email};
    QStringList folded{foldText(email), p.value(QStringLiteral("search_key")).toString()};
    if (!how.keepPublishedName) {
        raw << full << (honorific + QLatin1Char(' ') + full).trimmed()
            << (family + QLatin1Char(' ') + given).trimmed();
        if (!given.isEmpty() && !family.isEmpty())
            raw << family + QStringLiteral(", ") + given;
        folded << foldText(full) << p.value(QStringLiteral("sort_key")).toString();
    }
    raw = byLengthDescending(raw);
    folded = byLengthDescending(folded);
    // An anonymised record's own name is no one's.
    raw.removeAll(PersonPrivacy::anonymisedName());
    folded.removeAll(foldText(PersonPrivacy::anonymisedName()));

    const QList<QVariantMap> registrations = selectRows(
        db,
        QStringLiteral("SELECT r.id, e.end_utc < ? AS past FROM registration r JOIN event e ON "
                       "e.id = r.event_id WHERE r.person_id = ? ORDER BY r.id"),
        {now, personId});
    const QList<QVariantMap> roles =
        selectRows(db,
                   QStringLiteral("SELECT o.id, e.end_utc < ? AS past FROM role o JOIN event e ON "
                                  "e.id = o.event_id WHERE o.person_id = ? ORDER BY o.id"),
                   {now, personId});
    // Read before the rows they name are deleted.
    const std::optional<QList<QVariantMap>> log = changeLogAbout(db, personId, error);
    if (!log)
        return false;

    PersonPrivacy::ErasureResult &r = *result;
    for (const QVariantMap &reg : registrations) {
        const QVariant id = reg.value(QStringLiteral("id"));
        if (reg.value(QStringLiteral("past")).toInt() == 1) {
            if (!run(db,
                     QStringLiteral("UPDATE registration SET needs = NULL, notes = NULL, "
                                    "modified_at = ?, row_version = row_version + 1 WHERE id = ?"),
                     {now, id}, error))
                return false;
            ++r.registrationsKept;
        } else {
            if (!run(db, QStringLiteral("DELETE FROM registration WHERE id = ?"), {id}, error))
                return false;
            ++r.registrationsRemoved;
        }
    }
    for (const QVariantMap &role : roles) {
        const QVariant id = role.value(QStringLiteral("id"));
        if (how.keepPublishedName && role.value(QStringLiteral("past")).toInt() == 1) {
            ++r.rolesKept;
            continue;
        }
        if (!run(db, QStringLiteral("DELETE FROM role WHERE id = ?"), {id}, error))
            return false;
        ++r.rolesRemoved;
    }

    const QString personColumnsCleared = QStringLiteral(
        "position = NULL, organisation_id = NULL, email = NULL, phone = NULL, biography = NULL, "
        "photo = NULL, photo_mime_type = NULL, notes = NULL, consent_contact = 0, "
        "consent_contact_at = NULL, consent_list = 0, consent_list_at = NULL, consent_photo = 0, "
        "consent_photo_at = NULL, modified_at = ?, row_version = row_version + 1");
    if (how.keepPublishedName && r.rolesKept > 0) {
        const QString key = foldText(family + QLatin1Char(' ') + given);
        if (!run(db,
                 QStringLiteral("UPDATE person SET %1, sort_key = ?, search_key = ? WHERE id = ?")
                     .arg(personColumnsCleared),
                 {now, key, foldText(full), personId}, error))
            return false;
    } else if (r.registrationsKept > 0) {
        const QString key = foldText(PersonPrivacy::anonymisedName());
        if (!run(db,
                 QStringLiteral("UPDATE person SET honorific = NULL, given_name = NULL, "
                                "family_name = ?, %1, sort_key = ?, search_key = ? WHERE id = ?")
                     .arg(personColumnsCleared),
                 {PersonPrivacy::anonymisedName(), now, key, key, personId}, error))
            return false;
    } else {
        if (!run(db, QStringLiteral("DELETE FROM person WHERE id = ?"), {personId}, error))
            return false;
        r.personDeleted = true;
    }

    // The change log keeps what happened and when, not who it was.
    for (const QVariantMap &entry : *log) {
        const QString table = entry.value(QStringLiteral("table_name")).toString();
        const QString summary = replaceAll(entry.value(QStringLiteral("summary")).toString(), raw);
        QVariant changes = entry.value(QStringLiteral("changes"));
        if (!changes.isNull()) {
            const QJsonDocument doc = QJsonDocument::fromJson(changes.toString().toUtf8());
            QJsonObject object = doc.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (keptInLog(table, it.key(), how.keepPublishedName))
                    continue;
                QJsonArray pair = it.value().toArray();
                for (qsizetype i = 0; i < pair.size(); ++i) {
                    if (!pair.at(i).isNull())
                        pair[i] = erasedMark;
                }
                it.value() = pair;
            }
            changes = doc.isObject()
                          ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                          : QVariant(erasedMark);
        }
        if (!run(db, QStringLiteral("UPDATE change_log SET summary = ?, changes = ? WHERE id = ?"),
                 {summary, changes, entry.value(QStringLiteral("id"))}, error))
            return false;
        ++r.changeLogEntries;
    }

    if (how.sweepOtherRecords) {
        const int mentions = sweepMentions(db, raw, folded, now, touched, error);
        if (mentions < 0)
            return false;
        r.mentionsReplaced += mentions;
    }

    if (!run(db,
             QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, record_id, "
                            "action, summary) VALUES (?, ?, 'person', ?, ?, ?)"),
             {now, Platform::currentUserName(), personId,
              r.personDeleted ? QStringLiteral("delete") : QStringLiteral("update"),
              how.logSummary},
             error))
        return false;
    return true;
}

bool isAnonymisedRow(const QVariantMap &p)
{
    return p.value(QStringLiteral("family_name")).toString() == PersonPrivacy::anonymisedName() &&
           p.value(QStringLiteral("given_name")).isNull() &&
           p.value(QStringLiteral("email")).isNull();
}

} // namespace

QString PersonPrivacy::anonymisedName()
{
    return QStringLiteral("(anonymised)");
}

qint64 PersonPrivacy::resolvePerson(const Database &database, const QString &idOrEmail,
                                    QString *error)
{
    const QString text = idOrEmail.trimmed();
    bool numeric = false;
    const qint64 asId = text.toLongLong(&numeric);
    if (numeric) {
        const QVariant id =
            database.scalar(QStringLiteral("SELECT id FROM person WHERE id = ?"), {asId});
        if (id.isValid() && !id.isNull())
            return id.toLongLong();
        if (error)
            *error = tr("There is no person with the id %1.").arg(text);
        return 0;
    }
    if (!text.contains(QLatin1Char('@'))) {
        if (error)
            *error = tr("“%1” is neither a person's id nor an e-mail address.").arg(text);
        return 0;
    }
    // Case is ignored alike on both backends: the database narrows the
    // addresses down, the comparison here decides.
    const CaselessMatch match = CaselessMatch::equals(database, QStringLiteral("email"), text);
    QList<QVariantMap> rows = selectRows(
        database,
        QStringLiteral("SELECT id, email FROM person WHERE %1 ORDER BY id").arg(match.sql),
        {match.value});
    rows.removeIf([&text](const QVariantMap &row) {
        return row.value(QStringLiteral("email")).toString().compare(text, Qt::CaseInsensitive) !=
               0;
    });
    if (rows.isEmpty()) {
        if (error)
            *error = tr("There is no person with the e-mail address %1.").arg(text);
        return 0;
    }
    if (rows.size() > 1) {
        QStringList ids;
        for (const QVariantMap &row : rows)
            ids << row.value(QStringLiteral("id")).toString();
        if (error)
            *error = tr("Several people share the e-mail address %1 (ids %2); give the id.")
                         .arg(text, ids.join(QStringLiteral(", ")));
        return 0;
    }
    return rows.first().value(QStringLiteral("id")).toLongLong();
}

QByteArray PersonPrivacy::accessReport(const Database &database, qint64 personId, QString *error)
{
    const QList<QVariantMap> people =
        selectRows(database, QStringLiteral("SELECT * FROM person WHERE id = ?"), {personId});
    if (people.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::PersonPrivacy",
                                                 "There is no person with the id %1.")
                         .arg(personId);
        return {};
    }
    QVariantMap person = people.first();
    QJsonObject personJson = jsonObject(person);
    // The portrait as its bytes in Base64 with its type, since it is theirs too.
    personJson.remove(QStringLiteral("photo"));
    if (!person.value(QStringLiteral("photo")).isNull())
        personJson.insert(
            QStringLiteral("photo_base64"),
            QString::fromLatin1(person.value(QStringLiteral("photo")).toByteArray().toBase64()));

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("podium-person-data/1"));
    root.insert(QStringLiteral("exported_at"), Clock::toStorage(Clock::nowUtc()));
    root.insert(QStringLiteral("person"), personJson);

    const QList<QVariantMap> orgs = selectRows(
        database,
        QStringLiteral("SELECT o.id, o.name, o.short_name FROM organisation o JOIN person p ON "
                       "p.organisation_id = o.id WHERE p.id = ?"),
        {personId});
    root.insert(QStringLiteral("organisation"), orgs.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(jsonObject(orgs.first())));

    QJsonArray registrations;
    for (const QVariantMap &row : selectRows(
             database,
             QStringLiteral("SELECT r.id, r.event_id, %1 AS event_title, e.start_utc AS "
                            "event_start_utc, e.end_utc AS event_end_utc, r.status, "
                            "r.registered_at, r.checked_in_at, r.needs, r.notes, r.created_at, "
                            "r.modified_at FROM registration r JOIN event e ON e.id = r.event_id "
                            "WHERE r.person_id = ? ORDER BY e.start_utc, r.id")
                 .arg(eventTitleSql(QStringLiteral("e"))),
             {personId}))
        registrations.append(jsonObject(row));
    root.insert(QStringLiteral("registrations"), registrations);

    QJsonArray roles;
    for (const QVariantMap &row : selectRows(
             database,
             QStringLiteral("SELECT o.id, o.event_id, %1 AS event_title, e.start_utc AS "
                            "event_start_utc, o.programme_item_id, CASE WHEN i.id IS NULL THEN "
                            "NULL ELSE coalesce(nullif(i.title_en, ''), i.title_de) END AS "
                            "programme_item_title, o.role, o.position, o.affiliation_en, "
                            "o.affiliation_de, o.status, o.created_at, o.modified_at FROM role o "
                            "JOIN event e ON e.id = o.event_id LEFT JOIN programme_item i ON i.id "
                            "= o.programme_item_id WHERE o.person_id = ? ORDER BY e.start_utc, "
                            "o.id")
                 .arg(eventTitleSql(QStringLiteral("e"))),
             {personId}))
        roles.append(jsonObject(row));
    root.insert(QStringLiteral("roles"), roles);

    const std::optional<QList<QVariantMap>> entries = changeLogAbout(database, personId, error);
    if (!entries)
        return {};
    QJsonArray log;
    for (const QVariantMap &row : *entries) {
        QJsonObject entry = jsonObject(row);
        const QString changes = row.value(QStringLiteral("changes")).toString();
        const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
        if (doc.isObject())
            entry.insert(QStringLiteral("changes"), doc.object());
        log.append(entry);
    }
    root.insert(QStringLiteral("change_log"), log);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PersonPrivacy::backup(const Database &database, const QString &purpose, QString *error)
{
    // Into the file's rotating backups (see Backups), named after the purpose.
    const std::optional<Backups::Reason> reason = Backups::reasonFromName(purpose);
    return Backups::take(database, reason.value_or(Backups::Reason::Manual), error);
}

PersonPrivacy::ErasureResult PersonPrivacy::erase(Database &database, qint64 personId,
                                                  const ErasureOptions &options,
                                                  const QDateTime &now)
{
    ErasureResult result;
    // Deleted content is overwritten in the file, not just unlinked. A
    // server has nothing alike; flushJournal() vacuums there instead.
    if (!database.isServer())
        database.execute(QStringLiteral("PRAGMA secure_delete = ON"));
    QSet<QString> touched;
    {
        Transaction tx(database);
        if (!tx.isActive()) {
            result.error = RecordStore::explainConstraint(tx.error());
            return result;
        }
        Anonymisation how;
        how.keepPublishedName = options.keepPublishedName;
        how.logSummary = options.keepPublishedName
                             ? tr("Person erased on request; the published name is kept for past "
                                  "programmes")
                             : tr("Person erased on request");
        if (!anonymise(database, personId, how, now, &result, &touched, &result.error))
            return result;
        if (!tx.commit()) {
            result.error = RecordStore::explainConstraint(tx.error());
            return result;
        }
    }
    QStringList tables(touched.cbegin(), touched.cend());
    tables.sort();
    result.notVacuumed = flushJournal(database, tables);
    result.ok = true;
    return result;
}

QStringList PersonPrivacy::RetentionPlan::describe() const
{
    QStringList lines;
    for (const RetentionCandidate &c : people) {
        lines
            << QCoreApplication::translate(
                   "Podium::PersonPrivacy",
                   "anonymise person %1: %2 registration(s) kept without name, last event ended %3")
                   .arg(c.personId)
                   .arg(c.registrations)
                   .arg(c.lastEventEnd.left(10));
    }
    lines << QCoreApplication::translate(
                 "Podium::PersonPrivacy",
                 "%1 people anonymised (events ended before %2, %3 months); kept: %4 who agreed to "
                 "be contacted, %5 with roles in programmes.")
                 .arg(people.size())
                 .arg(Clock::toStorage(cutoff).left(10))
                 .arg(months)
                 .arg(keptForConsent)
                 .arg(keptSpeakers);
    return lines;
}

PersonPrivacy::RetentionPlan PersonPrivacy::planRetention(const Database &database, int months,
                                                          const QDateTime &now)
{
    RetentionPlan plan;
    plan.months = months;
    plan.now = now;
    plan.cutoff = now.toUTC().addMonths(-months);
    const QList<QVariantMap> rows = selectRows(
        database,
        QStringLiteral("SELECT p.id, p.given_name, p.family_name, p.email, p.consent_contact, "
                       "count(r.id) AS registrations, max(e.end_utc) AS last_end, EXISTS (SELECT 1 "
                       "FROM role o WHERE o.person_id = p.id) AS speaker FROM person p JOIN "
                       "registration r ON r.person_id = p.id JOIN event e ON e.id = r.event_id "
                       "GROUP BY p.id HAVING max(e.end_utc) < ? ORDER BY p.id"),
        {Clock::toStorage(plan.cutoff)});
    for (const QVariantMap &row : rows) {
        if (isAnonymisedRow(row))
            continue;
        if (row.value(QStringLiteral("speaker")).toInt() == 1) {
            ++plan.keptSpeakers;
            continue;
        }
        if (row.value(QStringLiteral("consent_contact")).toInt() == 1) {
            ++plan.keptForConsent;
            continue;
        }
        plan.people.append({row.value(QStringLiteral("id")).toLongLong(),
                            row.value(QStringLiteral("registrations")).toInt(),
                            row.value(QStringLiteral("last_end")).toString()});
    }
    return plan;
}

bool PersonPrivacy::applyRetention(Database &database, const RetentionPlan &plan, QString *error,
                                   QStringList *notVacuumed)
{
    if (!database.isServer())
        database.execute(QStringLiteral("PRAGMA secure_delete = ON"));
    QSet<QString> touched;
    {
        Transaction tx(database);
        if (!tx.isActive()) {
            if (error)
                *error = RecordStore::explainConstraint(tx.error());
            return false;
        }
        // What runs is exactly what was shown: if anything changed since the
        // plan was made, nothing is done.
        const RetentionPlan now = planRetention(database, plan.months, plan.now);
        if (now.describe() != plan.describe()) {
            if (error)
                *error = tr("The database changed since the preview was made; nothing was "
                            "anonymised. Look at the preview again.");
            return false;
        }
        const QDateTime at = Clock::nowUtc();
        Anonymisation how;
        how.sweepOtherRecords = false;
        how.logSummary =
            tr("Person anonymised after the retention period of %1 months").arg(plan.months);
        for (const RetentionCandidate &c : plan.people) {
            ErasureResult result;
            if (!anonymise(database, c.personId, how, at, &result, &touched, error))
                return false;
        }
        if (!tx.commit()) {
            if (error)
                *error = RecordStore::explainConstraint(tx.error());
            return false;
        }
    }
    QStringList tables(touched.cbegin(), touched.cend());
    tables.sort();
    const QStringList left = flushJournal(database, tables);
    if (notVacuumed)
        *notVacuumed << left;
    return true;
}

QStringList PersonPrivacy::flushJournal(Database &database, const QStringList &tables)
{
    if (!database.isServer()) {
        database.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return {};
    }
    QStringList names = tables;
    if (names.isEmpty()) {
        QStringList all;
        SchemaCatalog::tables(database, &all);
        for (const QString &name : std::as_const(all)) {
            if (!SchemaCatalog::isBookkeeping(name))
                names << name;
        }
    }
    // VACUUM cannot run inside a transaction; it is not asked for inside one.
    // A table the login may not vacuum would only be skipped with a warning,
    // so the right is checked first (PostgreSQL 15: the table's owner, the
    // database's owner or a superuser).
    QStringList left;
    for (const QString &table : std::as_const(names)) {
        const bool allowed =
            database
                .scalar(
                    QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE') OR "
                                   "pg_has_role(d.datdba, 'USAGE') OR r.rolsuper FROM pg_class c, "
                                   "pg_database d, pg_roles r WHERE c.oid = to_regclass(?) AND "
                                   "d.datname = current_database() AND r.rolname = current_user"),
                    {SchemaCatalog::quoted(table)})
                .toBool();
        if (!allowed ||
            !database.execute(QStringLiteral("VACUUM %1").arg(SchemaCatalog::quoted(table))))
            left << table;
    }
    return left;
}

} // namespace Podium
