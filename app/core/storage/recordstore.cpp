#include "recordstore.h"

#include "rowreader.h"

#include "database.h"
#include "transaction.h"
#include "util/clock.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Podium {

namespace {

// ^[a-z_][a-z0-9_]*$, checked for every table and column of every write.
bool isIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || c == u'_';
        if (!letter && (i == 0 || c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

// The current row of @p q as column → value.
QVariantMap readRow(const QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("<%1 bytes>").arg(v.toByteArray().size());
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toLongLong();
    return v.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull())
        return false;
    if (a.isNull())
        return true;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    // SQLite stores a bool as 0 or 1 and reads it back as a number; as text,
    // "true" and "1" would differ.
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

const QSet<QString> &bookkeeping()
{
    static const QSet<QString> s{QStringLiteral("created_at"), QStringLiteral("modified_at"),
                                 QStringLiteral("row_version")};
    return s;
}

// Whether the change log records @p column: not the id, not the
// bookkeeping, and not the folded keys (columns ending in _key, see
// 0001_initial.sql), which are worked out from the fields they fold and would
// only repeat a person's name and address in another form.
bool isLogged(const QString &column)
{
    return column != QLatin1StringView("id") && !bookkeeping().contains(column) &&
           !column.endsWith(QLatin1StringView("_key"));
}

// The change-log JSON of a write: field -> [old, new] for every logged column
// that changed (an update), or that has a value (the new row of an insert,
// the old one of a delete); empty if there is none.
QString changesJson(const QString &action, const QVariantMap &before, const QVariantMap &after)
{
    const bool isUpdate = action == QLatin1StringView("update");
    const bool isInsert = action == QLatin1StringView("insert");
    QJsonObject changes;
    auto consider = [&](const QString &k, const QVariant &o, const QVariant &n) {
        if (!isLogged(k))
            return;
        if (isUpdate ? sameValue(o, n) : (isInsert ? n : o).isNull())
            return;
        changes.insert(k, QJsonArray{toJson(o), toJson(n)});
    };
    // Every key of either side once: those of before (with after's value),
    // then those only after has.
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        consider(it.key(), it.value(), after.value(it.key()));
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            consider(it.key(), QVariant(), it.value());
    }
    return changes.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

// The columns of a change-log entry that insertMany() binds.
constexpr int logColumns = 7;

// The most host parameters one statement may have: SQLite's default
// SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's limit of its protocol.
int parameterLimit(const Database &db)
{
    return db.isServer() ? 65535 : 32766;
}

// "(?, ?), (?, ?)" for @p rows rows of @p perRow values.
QString placeholders(int rows, int perRow)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < perRow; ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        out += row;
    }
    return out;
}

// The sizes of the statements that write @p count rows, at most @p most
// (a power of two) each: full batches, then the rest in powers of two, so
// that only a few distinct statements are ever prepared, and each is kept.
QList<int> batchSizes(qsizetype count, int most)
{
    QList<int> sizes;
    while (count >= most) {
        sizes << most;
        count -= most;
    }
    for (int size = most / 2; size > 0; size /= 2) {
        if (count >= size) {
            sizes << size;
            count -= size;
        }
    }
    return sizes;
}

} // namespace

RecordStore::RecordStore(Database &database)
    : m_db(database)
{}

namespace {

struct Sentence
{
    const char *fragment;
    const char *sentence;
};

struct UniqueSentence
{
    const char *fragment;   // what SQLite names
    const char *serverName; // the index or constraint PostgreSQL names
    const char *sentence;
};

// What SQLite names after "UNIQUE constraint failed:": table.column lists, or
// "index 'name'" for an index over expressions; PostgreSQL names the index or
// constraint ("duplicate key value violates unique constraint \"…\"").
constexpr UniqueSentence uniqueSentences[] = {
    {"organisation.name_key", "organisation_name_key_idx",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "There is already an organisation of that name.")},
    {"index 'venue_name_city_idx'", "venue_name_city_idx",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "There is already a venue of that name in that city.")},
    {"series.name_key", "series_name_key_idx",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "There is already a series of that name.")},
    {"room.venue_id, room.name", "room_venue_id_name_key",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "The venue already has a room of that name.")},
    {"registration.person_id, registration.event_id", "registration_person_id_event_id_key",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "The person is already registered for this event.")},
    {"index 'role_unique_idx'", "role_unique_idx",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "The person already has that role there.")},
    {"event.uid", "event_uid_key",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "Another event already has this calendar UID.")},
    {"setting.key", "setting_pkey",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "There is already a setting of that name.")},
};

// The expressions of the schema's CHECK constraints, which SQLite quotes
// after "CHECK constraint failed:".
constexpr Sentence checkSentences[] = {
    {"end_utc >= start_utc",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "The end is before the start.")},
    {"LIKE '____-__-__T__:__:__Z'",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "A date and time is not in the form Podium stores (2023-09-19T17:00:00Z).")},
    {"email LIKE",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "The e-mail address does not look like one (name@example.org).")},
    {"(url IS NULL) <> (content IS NULL)",
     QT_TRANSLATE_NOOP(
         "Podium::RecordStore",
         "A document is either a link or a file kept in the database: one of the two, not both.")},
    {"content IS NULL OR (file_name IS NOT NULL",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A document's file needs a file name and a type.")},
    {"length(content) <=",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "The file is too large: a document kept in the database can have at "
                       "most 10 MiB.")},
    {"photo IS NULL OR photo_mime_type",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A photo needs its type (image/jpeg or image/png).")},
    {"consent_contact_at",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "Consent to be contacted needs the date it was given.")},
    {"consent_list_at",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "Consent to appear on lists needs the date it was given.")},
    {"consent_photo_at", QT_TRANSLATE_NOOP("Podium::RecordStore",
                                           "Consent to photographs needs the date it was given.")},
    {"published = 0 OR published_at",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "A published event needs the date it was published.")},
    {"room_id IS NULL OR venue_id IS NOT NULL",
     QT_TRANSLATE_NOOP("Podium::RecordStore",
                       "A room can only be chosen together with its venue.")},
    {"parent_id IS NULL OR parent_id <> id",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "An organisation cannot be part of itself.")},
    {"coalesce(given_name",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A person needs a given name or a family name.")},
    {"coalesce(title_en",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A title is needed, in English or in German.")},
    {"coalesce(name_en",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A name is needed, in English or in German.")},
    {"length(trim(name))", QT_TRANSLATE_NOOP("Podium::RecordStore", "The name cannot be empty.")},
    {"length(trim(title))", QT_TRANSLATE_NOOP("Podium::RecordStore", "The title cannot be empty.")},
    {"length(uid)", QT_TRANSLATE_NOOP("Podium::RecordStore", "An event needs a calendar UID.")},
    {"length(time_zone)", QT_TRANSLATE_NOOP("Podium::RecordStore", "An event needs a time zone.")},
    {"length(key)", QT_TRANSLATE_NOOP("Podium::RecordStore", "A setting needs a name.")},
    {"capacity >= 0", QT_TRANSLATE_NOOP("Podium::RecordStore", "A capacity cannot be negative.")},
    {"position >= 0", QT_TRANSLATE_NOOP("Podium::RecordStore", "A position cannot be negative.")},
    {"ical_sequence >= 0",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A calendar sequence number cannot be negative.")},
    {"row_version >= 1",
     QT_TRANSLATE_NOOP("Podium::RecordStore", "A record version must be 1 or more.")},
};

// "table.column" as words: "the event's start".
QString describeColumn(const QString &qualified)
{
    const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
    const QString table = qualified.left(dot).replace(QLatin1Char('_'), QLatin1Char(' '));
    QString column = qualified.mid(dot + 1);
    for (const auto suffix : {QLatin1StringView("_utc"), QLatin1StringView("_id")}) {
        if (column.endsWith(suffix))
            column.chop(suffix.size());
    }
    column.replace(QLatin1Char('_'), QLatin1Char(' '));
    return dot < 0 ? column
                   : QCoreApplication::translate("Podium::RecordStore", "the %1's %2")
                         .arg(table, column);
}

} // namespace

namespace {

QString translated(const char *sentence)
{
    return QCoreApplication::translate("Podium::RecordStore", sentence);
}

// The CHECK constraints of the server databases opened so far, by
// "table/constraint", as PostgreSQL prints them (pg_get_constraintdef):
// its error names a violated constraint but does not quote it as SQLite does.
QMutex serverChecksMutex;
QHash<QString, QString> &serverChecks()
{
    static QHash<QString, QString> checks;
    return checks;
}

// An expression as SQLite or PostgreSQL writes it, in one form for
// comparing: PostgreSQL's deparsed "(length(TRIM(BOTH FROM name)) > 0)" and
// SQLite's "length(trim(name)) > 0" both become "lengthtrimname > 0".
QString comparable(QString e)
{
    static const QRegularExpression casts(QStringLiteral("::[a-z ]+(\\[\\])?"));
    e.replace(QLatin1StringView("TRIM(BOTH FROM "), QLatin1StringView("trim("));
    e.remove(casts);
    e.replace(QLatin1StringView(" ~~ "), QLatin1StringView(" LIKE "));
    e.remove(QLatin1Char('('));
    e.remove(QLatin1Char(')'));
    // PostgreSQL quotes names that are also key words ("position").
    e.remove(QLatin1Char('"'));
    return e.simplified().toLower();
}

// The sentence for a violated CHECK constraint with the expression
// @p expression (SQLite's text, or PostgreSQL's deparsed definition).
QString explainCheck(const QString &expression)
{
    const QString plain = comparable(expression);
    for (const Sentence &s : checkSentences) {
        if (expression.contains(QLatin1StringView(s.fragment)) ||
            plain.contains(comparable(QString::fromLatin1(s.fragment))))
            return translated(s.sentence);
    }
    // An enumeration: name the values that are allowed. SQLite quotes
    // "kind IN ('a', 'b')", PostgreSQL "CHECK ((kind = ANY (ARRAY['a'::text, …])))".
    static const QRegularExpression in(QStringLiteral("^(\\w+) IN \\((.*)\\)$"));
    static const QRegularExpression any(
        QStringLiteral("^CHECK \\(\\((\\w+) = ANY \\(ARRAY\\[(.*)\\]\\)\\)\\)$"));
    auto match = in.match(expression);
    if (!match.hasMatch())
        match = any.match(expression);
    if (match.hasMatch()) {
        static const QRegularExpression casts(QStringLiteral("::[a-z ]+"));
        QString values = match.captured(2);
        values.remove(casts);
        values.remove(QLatin1Char('\''));
        QString column = match.captured(1);
        column.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (values == QLatin1StringView("0, 1"))
            return QCoreApplication::translate("Podium::RecordStore",
                                               "The value of “%1” must be 0 (no) or 1 (yes).")
                .arg(column);
        return QCoreApplication::translate("Podium::RecordStore", "The %1 must be one of: %2.")
            .arg(column, values);
    }
    return QCoreApplication::translate("Podium::RecordStore", "A value is not allowed here (%1).")
        .arg(expression);
}

// PostgreSQL's messages for violated constraints (SQLSTATE 23xxx), or an
// empty string if @p m is none of them.
QString explainServerConstraint(const QString &m)
{
    static const QRegularExpression unique(
        QStringLiteral("duplicate key value violates unique constraint \"([^\"]+)\""));
    static const QRegularExpression key(QStringLiteral("Key (\\([^\\n]*\\)) already exists"));
    static const QRegularExpression notNull(QStringLiteral(
        "null value in column \"([^\"]+)\" of relation \"([^\"]+)\" violates not-null"));
    static const QRegularExpression check(
        QStringLiteral("new row for relation \"([^\"]+)\" violates check constraint \"([^\"]+)\""));

    if (const auto match = unique.match(m); match.hasMatch()) {
        const QString name = match.captured(1);
        for (const UniqueSentence &s : uniqueSentences) {
            if (name == QLatin1StringView(s.serverName))
                return translated(s.sentence);
        }
        const auto detail = key.match(m);
        return QCoreApplication::translate("Podium::RecordStore",
                                           "Another record already has the same value (%1).")
            .arg(detail.hasMatch() ? detail.captured(1) : name);
    }
    if (const auto match = notNull.match(m); match.hasMatch())
        return QCoreApplication::translate("Podium::RecordStore",
                                           "A required value is missing: %1.")
            .arg(describeColumn(match.captured(2) + QLatin1Char('.') + match.captured(1)));
    if (const auto match = check.match(m); match.hasMatch()) {
        QString definition;
        {
            QMutexLocker lock(&serverChecksMutex);
            definition =
                serverChecks().value(match.captured(1) + QLatin1Char('/') + match.captured(2));
        }
        return explainCheck(definition.isEmpty() ? match.captured(2) : definition);
    }
    return {};
}

} // namespace

void RecordStore::learnServerConstraints(const Database &database)
{
    if (!database.isServer())
        return;
    QSqlQuery q = database.prepare(QStringLiteral(
        "SELECT r.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_catalog.pg_constraint "
        "c JOIN pg_catalog.pg_class r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON "
        "n.oid = r.relnamespace WHERE c.contype = 'c' AND n.nspname = current_schema()"));
    if (!Database::exec(q))
        return;
    QMutexLocker lock(&serverChecksMutex);
    while (q.next())
        serverChecks().insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                              q.value(2).toString());
}

QString RecordStore::explainConstraint(const QString &m)
{
    static const QLatin1StringView unique("UNIQUE constraint failed: ");
    static const QLatin1StringView notNull("NOT NULL constraint failed: ");
    static const QLatin1StringView check("CHECK constraint failed: ");

    if (const qsizetype at = m.indexOf(unique); at >= 0) {
        const QString what = m.mid(at + unique.size()).trimmed();
        for (const UniqueSentence &s : uniqueSentences) {
            if (what == QLatin1StringView(s.fragment))
                return translated(s.sentence);
        }
        return QCoreApplication::translate("Podium::RecordStore",
                                           "Another record already has the same value (%1).")
            .arg(what);
    }
    if (const qsizetype at = m.indexOf(notNull); at >= 0) {
        return QCoreApplication::translate("Podium::RecordStore",
                                           "A required value is missing: %1.")
            .arg(describeColumn(m.mid(at + notNull.size()).trimmed()));
    }
    if (const qsizetype at = m.indexOf(check); at >= 0)
        return explainCheck(m.mid(at + check.size()).simplified());
    if (const QString server = explainServerConstraint(m); !server.isEmpty())
        return server;
    if (m.contains(QLatin1StringView("FOREIGN KEY constraint failed")) ||
        m.contains(QLatin1StringView("violates foreign key constraint")))
        return QCoreApplication::translate(
            "Podium::RecordStore",
            "The record is still referred to elsewhere, or refers to a record that does not "
            "exist.");
    if (m.contains(QLatin1StringView("database is locked")) ||
        m.contains(QLatin1StringView("database is busy")))
        return QCoreApplication::translate("Podium::RecordStore",
                                           "Another Podium is saving to this database right now. "
                                           "Please try again in a moment.");
    if (m.contains(QLatin1StringView("readonly")) || m.contains(QLatin1StringView("read-only")))
        return QCoreApplication::translate("Podium::RecordStore",
                                           "The database is read-only; nothing was saved.");
    return m;
}

QVariantMap RecordStore::fetch(const QString &table, qint64 id) const
{
    QVariantMap row;
    if (!isIdentifier(table))
        return row;
    QSqlQuery &q = m_db.cachedQuery(QStringLiteral("SELECT * FROM ") + table +
                                    QStringLiteral(" WHERE id = ?"));
    q.bindValue(0, id);
    if (Database::exec(q) && q.next())
        row = readRow(q);
    q.finish();
    return row;
}

QVariantMap RecordStore::fetchForWriting(const QString &table, qint64 id) const
{
    // On a server, another connection may be changing the same row: FOR
    // UPDATE waits for its transaction to end and then reads the row as it
    // committed it, and keeps it locked until this transaction ends, so the
    // version compared below is the one the update will replace. (SQLite's
    // BEGIN IMMEDIATE has locked the whole file already.)
    if (!m_db.isServer())
        return fetch(table, id);
    QVariantMap row;
    if (!isIdentifier(table))
        return row;
    QSqlQuery &q = m_db.cachedQuery(QStringLiteral("SELECT * FROM ") + table +
                                    QStringLiteral(" WHERE id = ? FOR UPDATE"));
    q.bindValue(0, id);
    if (Database::exec(q) && q.next())
        row = readRow(q);
    q.finish();
    return row;
}

QVariantMap RecordStore::fetchWritten(const QString &table, qint64 id) const
{
    if (id != 0 && id == m_writtenId && table == m_writtenTable)
        return m_written;
    return fetch(table, id);
}

bool RecordStore::log(const QString &table, qint64 id, const QString &action,
                      const QString &summary, const QVariantMap &before, const QVariantMap &after,
                      const QString &now, QString *error)
{
    const QString changes = changesJson(action, before, after);
    QSqlQuery &q = m_db.cachedQuery(QStringLiteral(
        "INSERT INTO change_log (changed_at, user_name, table_name, record_id, action, summary, "
        "changes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, now);
    q.bindValue(1, Platform::currentUserName());
    q.bindValue(2, table);
    q.bindValue(3, id);
    q.bindValue(4, action);
    q.bindValue(5, summary);
    q.bindValue(6, changes.isEmpty() ? QVariant() : QVariant(changes));
    const bool ok = Database::exec(q, error);
    q.finish();
    return ok;
}

bool RecordStore::logMany(const QString &table, const QString &action,
                          const QList<QPair<qint64, QString>> &entries,
                          const QStringList &summaries, qsizetype first, const QString &now,
                          QString *error)
{
    // The table (a checked identifier) and the action (one of the code's
    // own words) are written into the statement; the rest is bound.
    Q_ASSERT(isIdentifier(action));
    QString tuple = QStringLiteral("(?, ?, '") + table + QStringLiteral("', ?, '") + action +
                    QStringLiteral("', ?, ?)");
    QString sql = QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, "
                                 "record_id, action, summary, changes) VALUES ");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += tuple;
    }
    const QString user = Platform::currentUserName();
    QVariantList values;
    values.reserve(entries.size() * 5);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        values.append(now);
        values.append(user);
        values.append(entries.at(i).first);
        values.append(summaries.at(first + i));
        const QString &changes = entries.at(i).second;
        values.append(changes.isEmpty() ? QVariant() : QVariant(changes));
    }
    RowReader q(m_db);
    if (!q.execKept(sql, values, error))
        return false;
    while (q.next()) {
    }
    if (!q.error().isEmpty()) {
        if (error)
            *error = q.error();
        return false;
    }
    return true;
}

qint64 RecordStore::nextFreeId(const QString &table, QString *error)
{
    // SQLite gives a new row the highest id in the table plus one, so the
    // id of the newest row, once deleted, would be handed out again, and
    // the change log's entries about the deleted record would seem to be
    // about the new one (a privacy export would show them). The change log
    // remembers every id a table has used; its index answers at once.
    QSqlQuery &q = m_db.cachedQuery(
        QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM ") + table +
        QStringLiteral("), 0), coalesce((SELECT max(record_id) FROM change_log WHERE "
                       "table_name = ?), 0)) + 1"));
    q.bindValue(0, table);
    const bool ok = Database::exec(q, error) && q.next();
    const qint64 id = ok ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

qint64 RecordStore::insert(const QString &table, const Values &values, const QString &summary,
                           QString *error)
{
    return insertRow(table, values, {}, 0, summary, error);
}

qint64 RecordStore::restore(const QString &table, const QVariantMap &row, const QString &summary,
                            QString *error)
{
    Values values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!bookkeeping().contains(it.key()))
            values.append({it.key(), it.value()});
    }
    // A record brought back keeps its creation time; its version moves on,
    // so that an edit started on the old copy is noticed.
    return insertRow(table, values, row.value(QStringLiteral("created_at")).toString(),
                     row.value(QStringLiteral("row_version")).toInt() + 1, summary, error);
}

qint64 RecordStore::insertRow(const QString &table, const Values &values, const QString &createdAt,
                              int rowVersion, const QString &summary, QString *error)
{
    m_writtenId = 0;
    m_written.clear();
    if (!isIdentifier(table)) {
        if (error)
            *error =
                QCoreApplication::translate("Podium::RecordStore", "Unknown table %1.").arg(table);
        return 0;
    }
    // A file chooses the id itself (nextFreeId()); a server's sequence never
    // hands one out twice.
    const bool explicitId = std::any_of(values.cbegin(), values.cend(), [](const auto &v) {
        return v.first == QLatin1StringView("id");
    });
    const bool chooseId = !explicitId && !m_db.isServer();
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (");
    if (chooseId)
        sql += QStringLiteral("id, ");
    for (const auto &[column, value] : values) {
        if (!isIdentifier(column) || bookkeeping().contains(column)) {
            if (error)
                *error = QCoreApplication::translate("Podium::RecordStore",
                                                     "Column %1 cannot be written directly.")
                             .arg(column);
            return 0;
        }
        sql += column + QStringLiteral(", ");
    }
    sql += QStringLiteral("created_at, modified_at");
    if (rowVersion > 0)
        sql += QStringLiteral(", row_version");
    sql += QStringLiteral(") VALUES (");
    const qsizetype count = values.size() + (rowVersion > 0 ? 3 : 2) + (chooseId ? 1 : 0);
    for (qsizetype i = 0; i < count; ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    // RETURNING gives back what was stored, defaults included, without a
    // second read.
    sql += QStringLiteral(") RETURNING *");

    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = explainConstraint(tx.error());
        return 0;
    }
    const QString now = Clock::toStorage(Clock::nowUtc());
    QString message;
    qint64 newId = 0;
    if (chooseId && (newId = nextFreeId(table, &message)) == 0) {
        if (error)
            *error = explainConstraint(message);
        return 0;
    }
    QSqlQuery &q = m_db.cachedQuery(sql);
    int at = 0;
    if (chooseId)
        q.bindValue(at++, newId);
    for (const auto &[column, value] : values)
        q.bindValue(at++, value);
    q.bindValue(at++, createdAt.isEmpty() ? now : createdAt);
    q.bindValue(at++, now);
    if (rowVersion > 0)
        q.bindValue(at++, rowVersion);
    QVariantMap stored;
    const bool inserted = Database::exec(q, &message) && q.next();
    if (inserted)
        stored = readRow(q);
    q.finish();
    if (!inserted) {
        if (error)
            *error = explainConstraint(message);
        return 0;
    }
    const qint64 id = stored.value(QStringLiteral("id")).toLongLong();
    // A server hands out ids from a sequence that an explicit id (a record
    // put back, or brought over from a file) does not move; move it past
    // this one, so that the next new record does not collide with it.
    if (m_db.isServer() && explicitId) {
        QSqlQuery &s = m_db.cachedQuery(QStringLiteral(
            "SELECT setval(CAST(pg_get_serial_sequence(?, 'id') AS regclass), ?) WHERE ? > "
            "coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence(?, 'id') AS "
            "regclass)), 0)"));
        s.bindValue(0, table);
        s.bindValue(1, id);
        s.bindValue(2, id);
        s.bindValue(3, table);
        const bool moved = Database::exec(s, &message);
        s.finish();
        if (!moved) {
            if (error)
                *error = explainConstraint(message);
            return 0;
        }
    }
    // Log what was stored, defaults included, rather than what was asked for.
    if (!log(table, id, QStringLiteral("insert"), summary, {}, stored, now, &message) ||
        !tx.commit()) {
        if (error)
            *error = explainConstraint(message.isEmpty() ? tx.error() : message);
        return 0;
    }
    m_writtenTable = table;
    m_writtenId = id;
    m_written = std::move(stored);
    return id;
}

namespace {

// The smallest power of two that is at least @p n (n >= 1).
int powerOfTwoAtLeast(qsizetype n)
{
    int size = 1;
    while (size < n)
        size *= 2;
    return size;
}

// @p text as a JSON string, escaped exactly as QJsonDocument writes it.
void appendJsonString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            switch (u) {
            case u'"':
                out += QLatin1Char('"');
                break;
            case u'\\':
                out += QLatin1Char('\\');
                break;
            case 0x8:
                out += QLatin1Char('b');
                break;
            case 0xc:
                out += QLatin1Char('f');
                break;
            case 0xa:
                out += QLatin1Char('n');
                break;
            case 0xd:
                out += QLatin1Char('r');
                break;
            case 0x9:
                out += QLatin1Char('t');
                break;
            default:
                out += QLatin1StringView("u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            }
        } else if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            // A lone surrogate has no UTF-8 form: QJsonDocument escapes it.
            out += QLatin1StringView("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QLatin1Char(hex[(u >> shift) & 0xf]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

// As toJson(v), written onto @p out.
void appendJsonValue(QString &out, const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        appendJsonString(out, QStringLiteral("<%1 bytes>").arg(v.toByteArray().size()));
    else if (v.typeId() == QMetaType::Bool)
        out += v.toBool() ? QLatin1StringView("true") : QLatin1StringView("false");
    else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        out += QString::number(v.toLongLong());
    else
        appendJsonString(out, v.toString());
}

} // namespace

RecordStore::BulkResult RecordStore::insertMany(const QString &table, const QList<Values> &rows,
                                                const QStringList &summaries,
                                                const QList<Reference> &references)
{
    m_writtenId = 0;
    m_written.clear();
    BulkResult result;
    auto refuse = [&result](const QString &message, qsizetype row = -1) {
        result.ok = false;
        result.ids.clear();
        result.error = message;
        result.failedRow = row;
        return result;
    };
    if (!isIdentifier(table))
        return refuse(
            QCoreApplication::translate("Podium::RecordStore", "Unknown table %1.").arg(table));
    if (summaries.size() != rows.size())
        return refuse(QCoreApplication::translate(
            "Podium::RecordStore", "Every row needs its summary for the change log."));
    if (rows.isEmpty()) {
        result.ok = true;
        return result;
    }
    QStringList columns;
    for (const auto &[column, value] : rows.constFirst()) {
        if (!isIdentifier(column) || bookkeeping().contains(column) ||
            column == QLatin1StringView("id"))
            return refuse(QCoreApplication::translate("Podium::RecordStore",
                                                      "Column %1 cannot be written directly.")
                              .arg(column));
        columns << column;
    }
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const Values &row = rows.at(i);
        bool same = row.size() == columns.size();
        for (qsizetype c = 0; same && c < columns.size(); ++c)
            same = row.at(c).first == columns.at(c);
        if (!same)
            return refuse(
                QCoreApplication::translate("Podium::RecordStore",
                                            "The row does not have the columns of the first row."),
                i);
    }
    QList<qsizetype> referenceAt;
    for (const Reference &r : references) {
        const qsizetype at = columns.indexOf(r.column);
        if (at < 0 || !isIdentifier(r.table))
            return refuse(
                QCoreApplication::translate("Podium::RecordStore", "Unknown reference %1.")
                    .arg(r.column));
        referenceAt << at;
    }

    // Batches as large as the parameter limit allows for both the rows and
    // their change-log entries, in powers of two.
    // On a file the ids are chosen here, as in insert().
    const bool chooseIds = !m_db.isServer();
    const int perRow = int(columns.size()) + 2 + (chooseIds ? 1 : 0);
    const int fit = std::min(maxBatchRows, parameterLimit(m_db) / std::max(perRow, logColumns));
    int most = 1;
    while (most * 2 <= fit)
        most *= 2;
    QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (");
    if (chooseIds)
        head += QStringLiteral("id, ");
    for (const QString &column : std::as_const(columns))
        head += column + QStringLiteral(", ");
    head += QStringLiteral("created_at, modified_at) VALUES ");

    Transaction tx(m_db);
    if (!tx.isActive())
        return refuse(explainConstraint(tx.error()));
    const QString now = Clock::toStorage(Clock::nowUtc());
    result.writtenAt = now;
    auto bindRow = [&now, chooseIds](QSqlQuery &q, int &at, qint64 id, const Values &row) {
        if (chooseIds)
            q.bindValue(at++, id);
        for (const auto &[column, value] : row)
            q.bindValue(at++, value);
        q.bindValue(at++, now);
        q.bindValue(at++, now);
    };
    result.ids.reserve(rows.size());
    qsizetype start = 0;
    for (const int n : batchSizes(rows.size(), most)) {
        // Every reference of the batch at once: the first row (then the
        // first reference) that names nothing is refused.
        qsizetype missingRow = -1;
        QString missingMessage;
        for (qsizetype r = 0; r < references.size(); ++r) {
            const qsizetype at = referenceAt.at(r);
            QList<qint64> ids;
            QSet<qint64> seen;
            for (qsizetype i = start; i < start + n; ++i) {
                const QVariant &v = rows.at(i).at(at).second;
                if (v.isNull())
                    continue;
                const qint64 id = v.toLongLong();
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids << id;
                }
            }
            if (ids.isEmpty())
                continue;
            // The list padded to a power of two with its first id, so that
            // the statements are few and kept.
            const int size = powerOfTwoAtLeast(ids.size());
            QSqlQuery &q =
                m_db.cachedQuery(QStringLiteral("SELECT id FROM ") + references.at(r).table +
                                 QStringLiteral(" WHERE id IN ") + placeholders(1, size));
            for (int i = 0; i < size; ++i)
                q.bindValue(i, ids.value(i, ids.constFirst()));
            QString message;
            if (!Database::exec(q, &message)) {
                q.finish();
                return refuse(explainConstraint(message));
            }
            QSet<qint64> found;
            while (q.next())
                found.insert(q.value(0).toLongLong());
            q.finish();
            if (found.size() == ids.size())
                continue;
            for (qsizetype i = start; i < start + n; ++i) {
                if (missingRow >= 0 && i >= missingRow)
                    break;
                const QVariant &v = rows.at(i).at(at).second;
                if (!v.isNull() && !found.contains(v.toLongLong())) {
                    missingRow = i;
                    missingMessage = references.at(r).message;
                    break;
                }
            }
        }
        if (missingRow >= 0)
            return refuse(missingMessage, missingRow);

        // Each batch in a savepoint of its own: on a server a failed
        // statement spoils the transaction, and the row to blame is then
        // looked for one by one.
        Transaction batch(m_db);
        if (!batch.isActive())
            return refuse(explainConstraint(batch.error()));
        qint64 firstId = 0;
        if (chooseIds) {
            QString message;
            firstId = nextFreeId(table, &message);
            if (firstId == 0)
                return refuse(explainConstraint(message));
        }
        // A column without a value in any row of the batch is written as
        // NULL in the statement rather than bound row by row: an import
        // leaves most columns empty, and every bound value costs.
        QList<bool> bound(columns.size(), false);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            for (qsizetype i = start; i < start + n && !bound.at(c); ++i)
                bound[c] = !rows.at(i).at(c).second.isNull();
        }
        QString tuple = chooseIds ? QStringLiteral("(?, ") : QStringLiteral("(");
        for (qsizetype c = 0; c < columns.size(); ++c)
            tuple += bound.at(c) ? QStringLiteral("?, ") : QStringLiteral("NULL, ");
        tuple += QStringLiteral("?, ?)");
        QString sql = head;
        sql.reserve(head.size() + n * (tuple.size() + 2) + 16);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                sql += QStringLiteral(", ");
            sql += tuple;
        }
        sql += QStringLiteral(" RETURNING *");
        QVariantList values;
        values.reserve(n * perRow);
        for (qsizetype i = start; i < start + n; ++i) {
            const Values &row = rows.at(i);
            if (chooseIds)
                values.append(firstId + (i - start));
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (bound.at(c))
                    values.append(row.at(c).second);
            }
            values.append(now);
            values.append(now);
        }
        QString message;
        QList<QPair<qint64, QString>> written;
        written.reserve(n);
        // On a file through SQLite's C API (no QVariant per column read,
        // text bound as UTF-8), otherwise through QtSql.
        RowReader q(m_db);
        bool ok = q.execKept(sql, values, &message);
        if (ok) {
            // Log what was stored, defaults included, as insert() does: the
            // same JSON as changesJson() of the row, written straight from
            // the columns in the order of their names.
            QList<QPair<QString, int>> logged;
            int idColumn = -1;
            for (int c = 0; c < q.columnCount(); ++c) {
                const QString name = q.columnName(c);
                if (name == QLatin1StringView("id"))
                    idColumn = c;
                else if (isLogged(name))
                    logged.append({QLatin1Char('"') + name + QStringLiteral("\":[null,"), c});
            }
            std::sort(logged.begin(), logged.end());
            qsizetype jsonSize = 0;
            while (q.next()) {
                // About as long as the row before: grown once, not per column.
                QString json;
                json.reserve(jsonSize + 64);
                for (const auto &[key, c] : std::as_const(logged)) {
                    const QVariant v = q.value(c);
                    if (v.isNull() || !v.isValid())
                        continue;
                    json += json.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
                    json += key;
                    appendJsonValue(json, v);
                    json += QLatin1Char(']');
                }
                if (!json.isEmpty())
                    json += QLatin1Char('}');
                jsonSize = json.size();
                written.append({q.toInt64(idColumn), json});
            }
            if (!q.error().isEmpty()) {
                ok = false;
                message = q.error();
            } else {
                ok = idColumn >= 0 && written.size() == n;
            }
        }
        if (!ok) {
            batch.rollback();
            // One row at a time, each kept until the one that fails.
            qsizetype failed = -1;
            {
                Transaction probe(m_db);
                QSqlQuery &one = m_db.cachedQuery(head + placeholders(1, perRow));
                for (qsizetype i = start; probe.isActive() && i < start + n; ++i) {
                    Transaction single(m_db);
                    int k = 0;
                    bindRow(one, k, firstId + (i - start), rows.at(i));
                    QString why;
                    const bool inserted = single.isActive() && Database::exec(one, &why);
                    one.finish();
                    if (!inserted) {
                        single.rollback();
                        failed = i;
                        if (!why.isEmpty())
                            message = why;
                        break;
                    }
                    single.commit();
                }
                probe.rollback();
            }
            return refuse(explainConstraint(message), failed);
        }
        // A multi-row INSERT hands out rising ids in the order of its rows;
        // RETURNING need not list them in that order.
        std::sort(written.begin(), written.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        if (!logMany(table, QStringLiteral("insert"), written, summaries, start, now, &message) ||
            !batch.commit())
            return refuse(explainConstraint(message.isEmpty() ? batch.error() : message));
        for (const auto &w : std::as_const(written))
            result.ids << w.first;
        start += n;
    }
    if (!tx.commit())
        return refuse(explainConstraint(tx.error()));
    result.ok = true;
    return result;
}

RecordStore::BulkResult RecordStore::removeMany(const QString &table, const QList<qint64> &ids,
                                                const Summaries &summaries)
{
    m_writtenId = 0;
    m_written.clear();
    BulkResult result;
    auto refuse = [&result](const QString &message) {
        result.ok = false;
        result.ids.clear();
        result.error = message;
        return result;
    };
    if (!isIdentifier(table))
        return refuse(
            QCoreApplication::translate("Podium::RecordStore", "Unknown table %1.").arg(table));
    Transaction tx(m_db);
    if (!tx.isActive())
        return refuse(explainConstraint(tx.error()));
    const QString now = Clock::toStorage(Clock::nowUtc());
    result.writtenAt = now;
    // As many ids per statement as the change-log entries of a batch allow.
    const int most = std::min(maxBatchRows, parameterLimit(m_db) / logColumns);
    QSet<qint64> seen;
    for (qsizetype start = 0; start < ids.size(); start += most) {
        const qsizetype end = std::min<qsizetype>(ids.size(), start + most);
        QList<qint64> batch;
        for (qsizetype i = start; i < end; ++i) {
            if (!seen.contains(ids.at(i))) {
                seen.insert(ids.at(i));
                batch << ids.at(i);
            }
        }
        if (batch.isEmpty())
            continue;
        // The list padded to a power of two with its first id, so that the
        // statements are few and kept. On a server FOR UPDATE locks the rows
        // until the transaction ends, as fetchForWriting() does.
        const int size = powerOfTwoAtLeast(batch.size());
        const auto bindIds = [&batch, size](QSqlQuery &q) {
            for (int i = 0; i < size; ++i)
                q.bindValue(i, batch.value(i, batch.constFirst()));
        };
        QSqlQuery &read = m_db.cachedQuery(
            QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id IN ") +
            placeholders(1, size) + (m_db.isServer() ? QStringLiteral(" FOR UPDATE") : QString()));
        bindIds(read);
        QString message;
        if (!Database::exec(read, &message)) {
            read.finish();
            return refuse(explainConstraint(message));
        }
        QHash<qint64, QVariantMap> found;
        while (read.next()) {
            QVariantMap row = readRow(read);
            found.insert(row.value(QStringLiteral("id")).toLongLong(), std::move(row));
        }
        read.finish();
        QList<QVariantMap> rows;
        QList<qint64> present;
        for (const qint64 id : std::as_const(batch)) {
            if (found.contains(id)) {
                rows << found.value(id);
                present << id;
            }
        }
        if (rows.isEmpty())
            continue;
        const QStringList sentences = summaries ? summaries(rows) : QStringList();
        if (sentences.size() != rows.size())
            return refuse(QCoreApplication::translate(
                "Podium::RecordStore", "Every row needs its summary for the change log."));

        QSqlQuery &remove =
            m_db.cachedQuery(QStringLiteral("DELETE FROM ") + table +
                             QStringLiteral(" WHERE id IN ") + placeholders(1, size));
        bindIds(remove);
        const bool deleted = Database::exec(remove, &message);
        remove.finish();
        if (!deleted)
            return refuse(explainConstraint(message));
        QList<QPair<qint64, QString>> entries;
        entries.reserve(rows.size());
        for (const QVariantMap &row : std::as_const(rows))
            entries.append({row.value(QStringLiteral("id")).toLongLong(),
                            changesJson(QStringLiteral("delete"), row, {})});
        if (!logMany(table, QStringLiteral("delete"), entries, sentences, 0, now, &message))
            return refuse(explainConstraint(message));
        result.ids << present;
    }
    if (!tx.commit())
        return refuse(explainConstraint(tx.error()));
    result.ok = true;
    return result;
}

bool RecordStore::update(const QString &table, qint64 id, const Values &values,
                         const QString &summary, int expectedVersion, QString *error)
{
    m_writtenId = 0;
    m_written.clear();
    if (!isIdentifier(table)) {
        if (error)
            *error =
                QCoreApplication::translate("Podium::RecordStore", "Unknown table %1.").arg(table);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = explainConstraint(tx.error());
        return false;
    }
    const QVariantMap before = fetchForWriting(table, id);
    if (before.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::RecordStore",
                                                 "The record no longer exists; someone may have "
                                                 "deleted it.");
        return false;
    }
    if (expectedVersion != 0 &&
        before.value(QStringLiteral("row_version")).toInt() != expectedVersion) {
        if (error)
            *error = QCoreApplication::translate("Podium::RecordStore",
                                                 "Someone else changed this record meanwhile "
                                                 "(version %1, you edited version %2).")
                         .arg(before.value(QStringLiteral("row_version")).toInt())
                         .arg(expectedVersion);
        return false;
    }
    QString sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ");
    bool changed = false;
    for (const auto &[column, value] : values) {
        if (!isIdentifier(column) || bookkeeping().contains(column) ||
            column == QLatin1StringView("id")) {
            if (error)
                *error = QCoreApplication::translate("Podium::RecordStore",
                                                     "Column %1 cannot be written directly.")
                             .arg(column);
            return false;
        }
        sql += column + QStringLiteral(" = ?, ");
        if (!sameValue(before.value(column), value))
            changed = true;
    }
    if (!changed)
        return tx.commit();
    // RETURNING gives back what was stored: a bool bound as true reads back as 1.
    sql += QStringLiteral("modified_at = ?, row_version = row_version + 1 WHERE id = ? "
                          "RETURNING *");
    const QString now = Clock::toStorage(Clock::nowUtc());
    QSqlQuery &q = m_db.cachedQuery(sql);
    int at = 0;
    for (const auto &[column, value] : values)
        q.bindValue(at++, value);
    q.bindValue(at++, now);
    q.bindValue(at++, id);
    QString message;
    QVariantMap after;
    const bool updated = Database::exec(q, &message) && q.next();
    if (updated)
        after = readRow(q);
    q.finish();
    if (!updated) {
        if (error)
            *error =
                message.isEmpty()
                    ? QCoreApplication::translate("Podium::RecordStore",
                                                  "The record no longer exists; someone may have "
                                                  "deleted it.")
                    : explainConstraint(message);
        return false;
    }
    if (!log(table, id, QStringLiteral("update"), summary, before, after, now, &message) ||
        !tx.commit()) {
        if (error)
            *error = explainConstraint(message.isEmpty() ? tx.error() : message);
        return false;
    }
    return true;
}

bool RecordStore::remove(const QString &table, qint64 id, const QString &summary, QString *error)
{
    m_writtenId = 0;
    m_written.clear();
    if (!isIdentifier(table)) {
        if (error)
            *error =
                QCoreApplication::translate("Podium::RecordStore", "Unknown table %1.").arg(table);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = explainConstraint(tx.error());
        return false;
    }
    const QVariantMap before = fetchForWriting(table, id);
    if (before.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Podium::RecordStore",
                                                 "The record no longer exists; someone may have "
                                                 "deleted it.");
        return false;
    }
    QSqlQuery &q =
        m_db.cachedQuery(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.bindValue(0, id);
    QString message;
    const bool deleted = Database::exec(q, &message);
    q.finish();
    if (!deleted) {
        if (error)
            *error = explainConstraint(message);
        return false;
    }
    if (!log(table, id, QStringLiteral("delete"), summary, before, {},
             Clock::toStorage(Clock::nowUtc()), &message) ||
        !tx.commit()) {
        if (error)
            *error = explainConstraint(message.isEmpty() ? tx.error() : message);
        return false;
    }
    return true;
}

bool RecordStore::setSetting(const QString &key, const QVariant &value, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = explainConstraint(tx.error());
        return false;
    }
    const bool binary = value.typeId() == QMetaType::QByteArray;
    const QString now = Clock::toStorage(Clock::nowUtc());
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO setting (key, value, blob_value, created_at, modified_at) VALUES (?, ?, ?, ?, "
        "?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, blob_value = excluded.blob_value, "
        "modified_at = excluded.modified_at, row_version = setting.row_version + 1"));
    q.addBindValue(key);
    q.addBindValue(binary ? QVariant() : value);
    q.addBindValue(binary ? value : QVariant());
    q.addBindValue(now);
    q.addBindValue(now);
    QString message;
    if (!Database::exec(q, &message)) {
        if (error)
            *error = explainConstraint(message);
        // Before the statements go: a server frees them only outside a failed
        // transaction.
        tx.rollback();
        return false;
    }
    QSqlQuery l = m_db.prepare(QStringLiteral(
        "INSERT INTO change_log (changed_at, user_name, table_name, record_id, action, summary) "
        "VALUES (?, ?, 'setting', 0, 'update', ?)"));
    l.addBindValue(now);
    l.addBindValue(Platform::currentUserName());
    l.addBindValue(QStringLiteral("Setting “%1” changed").arg(key));
    if (!Database::exec(l, &message) || !tx.commit()) {
        if (error)
            *error = message.isEmpty() ? tx.error() : message;
        tx.rollback();
        return false;
    }
    return true;
}

} // namespace Podium
