#include "duplicates.h"

#include "domain/personrepository.h"
#include "personprivacy.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::Duplicates", text);
}

QList<QVariantMap> selectRows(const Database &db, const QString &sql,
                              const QVariantList &bindings = {})
{
    QList<QVariantMap> rows;
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!Database::exec(q))
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

QVariantMap selectOne(const Database &db, const QString &sql, const QVariantList &bindings)
{
    const QList<QVariantMap> rows = selectRows(db, sql, bindings);
    return rows.isEmpty() ? QVariantMap() : rows.first();
}

using PairKey = QPair<qint64, qint64>;

void addPair(QMap<PairKey, QStringList> &pairs, qint64 a, qint64 b, const QString &reason)
{
    if (a == b)
        return;
    const PairKey key = a < b ? PairKey(a, b) : PairKey(b, a);
    QStringList &reasons = pairs[key];
    if (!reasons.contains(reason))
        reasons << reason;
}

QList<Duplicates::Pair> toList(const QMap<PairKey, QStringList> &pairs)
{
    QList<Duplicates::Pair> out;
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        out.append({it.key().first, it.key().second, it.value().join(QStringLiteral("; "))});
    return out;
}

bool isBlank(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QString joinedNotes(const QVariant &a, const QVariant &b)
{
    const QString x = a.toString().trimmed();
    const QString y = b.toString().trimmed();
    if (y.isEmpty() || x == y)
        return a.toString();
    if (x.isEmpty())
        return b.toString();
    return a.toString() + QStringLiteral("\n\n") + b.toString();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

int statusRank(const QString &status)
{
    static const QStringList order{QStringLiteral("cancelled"),  QStringLiteral("invited"),
                                   QStringLiteral("waitlisted"), QStringLiteral("registered"),
                                   QStringLiteral("confirmed"),  QStringLiteral("no_show"),
                                   QStringLiteral("attended")};
    return int(order.indexOf(status));
}

bool isJsonNumber(const QJsonValue &v, int n)
{
    return (v.isDouble() && v.toDouble() == n) || (v.isBool() && v.toBool() == (n == 1));
}

// When the person last decided about a consent: the date it was given, or
// the moment the change log shows it withdrawn; empty if never decided. The
// log's JSON is read here, alike on both backends; SQL only picks the
// entries that name the consent.
QString consentDecision(const Database &db, const QVariantMap &person, const QString &consent)
{
    if (person.value(consent).toInt() == 1)
        return person.value(consent + QStringLiteral("_at")).toString();
    QString pattern = consent;
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QString latest;
    for (const QVariantMap &entry :
         selectRows(db,
                    QStringLiteral("SELECT changed_at, changes FROM change_log WHERE table_name = "
                                   "'person' AND record_id = ? AND changes LIKE ? ESCAPE '\\'"),
                    {person.value(QStringLiteral("id")),
                     QString(QStringLiteral("%\"") + pattern + QStringLiteral("\"%"))})) {
        const QJsonDocument doc =
            QJsonDocument::fromJson(entry.value(QStringLiteral("changes")).toString().toUtf8());
        const QJsonArray pair = doc.object().value(consent).toArray();
        if (pair.size() < 2 || !isJsonNumber(pair.at(0), 1) || !isJsonNumber(pair.at(1), 0))
            continue;
        latest = std::max(latest, entry.value(QStringLiteral("changed_at")).toString());
    }
    return latest;
}

bool isAnonymised(const QVariantMap &p)
{
    return p.value(QStringLiteral("family_name")).toString() == PersonPrivacy::anonymisedName() &&
           p.value(QStringLiteral("given_name")).isNull() &&
           p.value(QStringLiteral("email")).isNull();
}

int tableRank(const QString &table)
{
    if (table == QLatin1StringView("organisation"))
        return 0;
    if (table == QLatin1StringView("person"))
        return 1;
    return 2;
}

RecordStore::Values writable(const QVariantMap &row)
{
    static const QSet<QString> skipped{QStringLiteral("id"), QStringLiteral("created_at"),
                                       QStringLiteral("modified_at"),
                                       QStringLiteral("row_version")};
    RecordStore::Values values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!skipped.contains(it.key()))
            values.append({it.key(), it.value()});
    }
    return values;
}

bool sameRow(const QVariantMap &a, const QVariantMap &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QVariant &o = b.value(it.key());
        if (it.value().isNull() != o.isNull() || it.value().toString() != o.toString() ||
            (it.value().typeId() == QMetaType::QByteArray &&
             it.value().toByteArray() != o.toByteArray()))
            return false;
    }
    return true;
}

} // namespace

int Duplicates::editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

QList<Duplicates::Pair> Duplicates::findPeople(const Database &database)
{
    const QList<QVariantMap> people = selectRows(
        database, QStringLiteral("SELECT id, given_name, family_name, email, organisation_id, "
                                 "sort_key FROM person ORDER BY id"));
    QMap<PairKey, QStringList> pairs;
    QHash<QString, QList<qint64>> byEmail;
    QHash<QString, QList<qint64>> byName;
    QHash<qint64, QList<QPair<qint64, QString>>> byOrganisation;
    for (const QVariantMap &p : people) {
        if (isAnonymised(p))
            continue;
        const qint64 id = p.value(QStringLiteral("id")).toLongLong();
        const QString email = p.value(QStringLiteral("email")).toString().trimmed().toLower();
        const QString key = p.value(QStringLiteral("sort_key")).toString();
        const qint64 organisation = p.value(QStringLiteral("organisation_id")).toLongLong();
        if (!email.isEmpty())
            byEmail[email].append(id);
        byName[QString::number(organisation) + QLatin1Char('|') + key].append(id);
        if (organisation != 0)
            byOrganisation[organisation].append({id, key});
    }
    for (const QList<qint64> &ids : std::as_const(byEmail)) {
        if (ids.size() > sharedAddressLimit)
            continue;
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                addPair(pairs, ids.at(i), ids.at(j), tr("same e-mail address"));
    }
    for (const QList<qint64> &ids : std::as_const(byName)) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                addPair(pairs, ids.at(i), ids.at(j), tr("same name and organisation"));
    }
    for (const auto &members : std::as_const(byOrganisation)) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                const QString &a = members.at(i).second;
                const QString &b = members.at(j).second;
                if (a == b || std::min(a.size(), b.size()) < 5)
                    continue;
                if (editDistance(a, b, 2) <= 2)
                    addPair(pairs, members.at(i).first, members.at(j).first,
                            tr("similar name at the same organisation"));
            }
        }
    }
    return toList(pairs);
}

QList<Duplicates::Pair> Duplicates::findOrganisations(const Database &database)
{
    const QList<QVariantMap> rows = selectRows(
        database, QStringLiteral("SELECT id, name_key, short_name FROM organisation ORDER BY id"));
    struct Entry
    {
        qint64 id;
        QString key;
    };
    QList<Entry> entries;
    QHash<QString, QList<qint64>> byShortName;
    for (const QVariantMap &r : rows) {
        QString key;
        for (const QChar c : r.value(QStringLiteral("name_key")).toString()) {
            if (c.isLetterOrNumber())
                key += c;
            else if (c.isSpace() && !key.endsWith(QLatin1Char(' ')))
                key += QLatin1Char(' ');
        }
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        entries.append({id, key.trimmed()});
        const QString shortName = foldText(r.value(QStringLiteral("short_name")).toString());
        if (!shortName.trimmed().isEmpty())
            byShortName[shortName.trimmed()].append(id);
    }
    QMap<PairKey, QStringList> pairs;
    // Sorted by length, each name is compared only with those at most two
    // characters longer.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.key.size() != b.key.size() ? a.key.size() < b.key.size() : a.id < b.id;
    });
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &a = entries.at(i);
        if (a.key.size() < 6)
            continue;
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const Entry &b = entries.at(j);
            if (b.key.size() > a.key.size() + 2)
                break;
            if (editDistance(a.key, b.key, 2) <= 2)
                addPair(pairs, a.id, b.id, tr("similar name"));
        }
    }
    for (const QList<qint64> &ids : std::as_const(byShortName)) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                addPair(pairs, ids.at(i), ids.at(j), tr("same short name"));
    }
    return toList(pairs);
}

QString Duplicates::personLabel(const Database &database, qint64 id)
{
    const QVariantMap p = selectOne(
        database,
        QStringLiteral("SELECT p.honorific, p.given_name, p.family_name, p.email, o.name AS org "
                       "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE "
                       "p.id = ?"),
        {id});
    if (p.isEmpty())
        return {};
    QStringList name;
    for (const char *column : {"honorific", "given_name", "family_name"}) {
        const QString part = p.value(QString::fromLatin1(column)).toString().trimmed();
        if (!part.isEmpty())
            name << part;
    }
    QString label = name.join(QLatin1Char(' '));
    if (!isBlank(p.value(QStringLiteral("email"))))
        label += QStringLiteral(" <%1>").arg(p.value(QStringLiteral("email")).toString());
    if (!isBlank(p.value(QStringLiteral("org"))))
        label += QStringLiteral(", ") + p.value(QStringLiteral("org")).toString();
    return label;
}

QString Duplicates::organisationLabel(const Database &database, qint64 id)
{
    const QVariantMap o = selectOne(
        database, QStringLiteral("SELECT name, short_name, city FROM organisation WHERE id = ?"),
        {id});
    if (o.isEmpty())
        return {};
    QString label = o.value(QStringLiteral("name")).toString();
    if (!isBlank(o.value(QStringLiteral("short_name"))))
        label += QStringLiteral(" (%1)").arg(o.value(QStringLiteral("short_name")).toString());
    if (!isBlank(o.value(QStringLiteral("city"))))
        label += QStringLiteral(", ") + o.value(QStringLiteral("city")).toString();
    return label;
}

std::optional<Duplicates::Merge> Duplicates::planPersonMerge(const Database &database,
                                                             qint64 keepId, qint64 removeId,
                                                             QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Merge> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (keepId == removeId)
        return fail(tr("A person cannot be merged with themselves."));
    const QVariantMap keep =
        selectOne(database, QStringLiteral("SELECT * FROM person WHERE id = ?"), {keepId});
    const QVariantMap remove =
        selectOne(database, QStringLiteral("SELECT * FROM person WHERE id = ?"), {removeId});
    if (keep.isEmpty())
        return fail(tr("There is no person with the id %1.").arg(keepId));
    if (remove.isEmpty())
        return fail(tr("There is no person with the id %1.").arg(removeId));
    if (isAnonymised(keep) || isAnonymised(remove))
        return fail(tr("Anonymised records are not merged: they stand for different people."));

    Merge merge;
    merge.table = QStringLiteral("person");
    merge.keepId = keepId;
    merge.removeId = removeId;
    merge.summary = tr("Person %1 merged into %2").arg(removeId).arg(keepId);

    QVariantMap kept = keep;
    for (const char *column : {"honorific", "given_name", "family_name", "position",
                               "organisation_id", "email", "phone", "biography"}) {
        const QString c = QString::fromLatin1(column);
        if (isBlank(kept.value(c)) && !isBlank(remove.value(c)))
            kept.insert(c, remove.value(c));
    }
    if (kept.value(QStringLiteral("photo")).isNull() &&
        !remove.value(QStringLiteral("photo")).isNull()) {
        kept.insert(QStringLiteral("photo"), remove.value(QStringLiteral("photo")));
        kept.insert(QStringLiteral("photo_mime_type"),
                    remove.value(QStringLiteral("photo_mime_type")));
    }
    kept.insert(QStringLiteral("notes"),
                nullIfEmpty(joinedNotes(keep.value(QStringLiteral("notes")),
                                        remove.value(QStringLiteral("notes")))));
    for (const QString &consent :
         {QStringLiteral("consent_contact"), QStringLiteral("consent_list"),
          QStringLiteral("consent_photo")}) {
        const QString mine = consentDecision(database, keep, consent);
        const QString theirs = consentDecision(database, remove, consent);
        if (theirs > mine) {
            kept.insert(consent, remove.value(consent));
            kept.insert(consent + QStringLiteral("_at"),
                        remove.value(consent + QStringLiteral("_at")));
        }
    }
    Person keys;
    keys.givenName = kept.value(QStringLiteral("given_name")).toString().trimmed();
    keys.familyName = kept.value(QStringLiteral("family_name")).toString().trimmed();
    keys.email = kept.value(QStringLiteral("email")).toString().trimmed();
    kept.insert(QStringLiteral("sort_key"), PersonRepository::sortKey(keys));
    kept.insert(QStringLiteral("search_key"), PersonRepository::searchKey(keys));
    if (!sameRow(keep, kept))
        merge.changes.append({QStringLiteral("person"), keepId, keep, kept});

    // Registrations: one per person and event.
    QHash<qint64, QVariantMap> keptByEvent;
    for (const QVariantMap &r : selectRows(
             database, QStringLiteral("SELECT * FROM registration WHERE person_id = ?"), {keepId}))
        keptByEvent.insert(r.value(QStringLiteral("event_id")).toLongLong(), r);
    for (const QVariantMap &r : selectRows(
             database, QStringLiteral("SELECT * FROM registration WHERE person_id = ? ORDER BY id"),
             {removeId})) {
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        const qint64 event = r.value(QStringLiteral("event_id")).toLongLong();
        if (!keptByEvent.contains(event)) {
            QVariantMap moved = r;
            moved.insert(QStringLiteral("person_id"), keepId);
            merge.changes.append({QStringLiteral("registration"), id, r, moved});
            ++merge.moved;
            continue;
        }
        const QVariantMap other = keptByEvent.value(event);
        QVariantMap winner = other;
        if (statusRank(r.value(QStringLiteral("status")).toString()) >
            statusRank(other.value(QStringLiteral("status")).toString())) {
            for (const char *column : {"status", "registered_at", "checked_in_at"})
                winner.insert(QString::fromLatin1(column), r.value(QString::fromLatin1(column)));
        }
        for (const char *column : {"needs", "notes"}) {
            const QString c = QString::fromLatin1(column);
            winner.insert(c, nullIfEmpty(joinedNotes(other.value(c), r.value(c))));
        }
        if (!sameRow(other, winner))
            merge.changes.append({QStringLiteral("registration"),
                                  other.value(QStringLiteral("id")).toLongLong(), other, winner});
        merge.changes.append({QStringLiteral("registration"), id, r, {}});
        ++merge.collisions;
    }

    // Roles: one of a kind per person and place.
    QSet<QString> keptRoles;
    auto roleKey = [](const QVariantMap &r) {
        return QStringLiteral("%1|%2|%3")
            .arg(r.value(QStringLiteral("event_id")).toLongLong())
            .arg(r.value(QStringLiteral("programme_item_id")).toLongLong())
            .arg(r.value(QStringLiteral("role")).toString());
    };
    for (const QVariantMap &r :
         selectRows(database, QStringLiteral("SELECT * FROM role WHERE person_id = ?"), {keepId}))
        keptRoles.insert(roleKey(r));
    for (const QVariantMap &r :
         selectRows(database, QStringLiteral("SELECT * FROM role WHERE person_id = ? ORDER BY id"),
                    {removeId})) {
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        if (keptRoles.contains(roleKey(r))) {
            merge.changes.append({QStringLiteral("role"), id, r, {}});
            ++merge.collisions;
            continue;
        }
        QVariantMap moved = r;
        moved.insert(QStringLiteral("person_id"), keepId);
        merge.changes.append({QStringLiteral("role"), id, r, moved});
        ++merge.moved;
    }
    merge.changes.append({QStringLiteral("person"), removeId, remove, {}});
    return merge;
}

std::optional<Duplicates::Merge> Duplicates::planOrganisationMerge(const Database &database,
                                                                   qint64 keepId, qint64 removeId,
                                                                   QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Merge> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (keepId == removeId)
        return fail(tr("An organisation cannot be merged with itself."));
    const QVariantMap keep =
        selectOne(database, QStringLiteral("SELECT * FROM organisation WHERE id = ?"), {keepId});
    const QVariantMap remove =
        selectOne(database, QStringLiteral("SELECT * FROM organisation WHERE id = ?"), {removeId});
    if (keep.isEmpty())
        return fail(tr("There is no organisation with the id %1.").arg(keepId));
    if (remove.isEmpty())
        return fail(tr("There is no organisation with the id %1.").arg(removeId));

    Merge merge;
    merge.table = QStringLiteral("organisation");
    merge.keepId = keepId;
    merge.removeId = removeId;
    merge.summary = tr("Organisation %1 merged into %2").arg(removeId).arg(keepId);

    QVariantMap kept = keep;
    for (const char *column : {"short_name", "city", "country", "website"}) {
        const QString c = QString::fromLatin1(column);
        if (isBlank(kept.value(c)) && !isBlank(remove.value(c)))
            kept.insert(c, remove.value(c));
    }
    if (kept.value(QStringLiteral("kind")).toString() == QLatin1StringView("other"))
        kept.insert(QStringLiteral("kind"), remove.value(QStringLiteral("kind")));
    kept.insert(QStringLiteral("notes"),
                nullIfEmpty(joinedNotes(keep.value(QStringLiteral("notes")),
                                        remove.value(QStringLiteral("notes")))));
    // The removed one's place in a network passes on, never making the kept
    // organisation a part of itself.
    const qint64 removedParent = remove.value(QStringLiteral("parent_id")).toLongLong();
    const qint64 keptParent = kept.value(QStringLiteral("parent_id")).toLongLong();
    if (keptParent == removeId || (keptParent == 0 && removedParent != 0))
        kept.insert(QStringLiteral("parent_id"), removedParent == 0 || removedParent == keepId
                                                     ? QVariant()
                                                     : QVariant(removedParent));
    if (!sameRow(keep, kept))
        merge.changes.append({QStringLiteral("organisation"), keepId, keep, kept});

    for (const QVariantMap &member :
         selectRows(database,
                    QStringLiteral(
                        "SELECT * FROM organisation WHERE parent_id = ? AND id <> ? ORDER BY id"),
                    {removeId, keepId})) {
        QVariantMap moved = member;
        moved.insert(QStringLiteral("parent_id"), keepId);
        merge.changes.append({QStringLiteral("organisation"),
                              member.value(QStringLiteral("id")).toLongLong(), member, moved});
        ++merge.moved;
    }
    for (const QVariantMap &person : selectRows(
             database, QStringLiteral("SELECT * FROM person WHERE organisation_id = ? ORDER BY id"),
             {removeId})) {
        QVariantMap moved = person;
        moved.insert(QStringLiteral("organisation_id"), keepId);
        merge.changes.append({QStringLiteral("person"),
                              person.value(QStringLiteral("id")).toLongLong(), person, moved});
        ++merge.moved;
    }
    merge.changes.append({QStringLiteral("organisation"), removeId, remove, {}});
    return merge;
}

bool Duplicates::apply(Database &database, Merge &merge, bool forward, QString *error)
{
    Transaction tx(database);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    RecordStore store(database);
    const QString summary = forward ? merge.summary : tr("Undo: %1").arg(merge.summary);
    // Each row must still be as the side being left expects.
    for (const RowChange &c : std::as_const(merge.changes)) {
        const QVariantMap &expected = forward ? c.before : c.after;
        const QVariantMap current = store.fetch(c.table, c.id);
        const bool changed =
            expected.isEmpty()
                ? !current.isEmpty()
                : current.isEmpty() || current.value(QStringLiteral("row_version")).toInt() !=
                                           expected.value(QStringLiteral("row_version")).toInt();
        if (changed) {
            if (error)
                *error = tr("Someone changed the records meanwhile (%1 %2); nothing was changed.")
                             .arg(c.table)
                             .arg(c.id);
            return false;
        }
    }
    QList<const RowChange *> order;
    for (const RowChange &c : std::as_const(merge.changes))
        order << &c;
    // Parents are put back before their children, children removed before
    // their parents; moves in between.
    std::stable_sort(order.begin(), order.end(), [](const RowChange *a, const RowChange *b) {
        return tableRank(a->table) < tableRank(b->table);
    });
    for (const RowChange *c : std::as_const(order)) {
        const QVariantMap &from = forward ? c->before : c->after;
        const QVariantMap &to = forward ? c->after : c->before;
        if (from.isEmpty() && !to.isEmpty() && store.restore(c->table, to, summary, error) == 0)
            return false;
    }
    for (const RowChange *c : std::as_const(order)) {
        const QVariantMap &from = forward ? c->before : c->after;
        const QVariantMap &to = forward ? c->after : c->before;
        if (!from.isEmpty() && !to.isEmpty() &&
            !store.update(c->table, c->id, writable(to), summary, 0, error))
            return false;
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const RowChange *c = *it;
        const QVariantMap &from = forward ? c->before : c->after;
        const QVariantMap &to = forward ? c->after : c->before;
        if (!from.isEmpty() && to.isEmpty() && !store.remove(c->table, c->id, summary, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    // Remember the rows as stored, versions included, for the way back.
    for (RowChange &c : merge.changes) {
        QVariantMap &side = forward ? c.after : c.before;
        side = store.fetch(c.table, c.id);
    }
    return true;
}

} // namespace Podium
