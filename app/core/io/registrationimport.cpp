#include "registrationimport.h"

#include "csvwriter.h"
#include "domain/organisation.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/registrationrepository.h"
#include "domain/validation.h"
#include "storage/database.h"
#include "storage/rowreader.h"
#include "storage/transaction.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Podium {

namespace {

// Header and status words are compared folded and with everything but
// letters and digits removed, so that "E-Mail", "e-mail address" and
// "EMAIL" read alike, and "no-show" equals "no_show".
QString compact(const QString &text)
{
    const QString folded = foldText(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

struct Synonyms
{
    RegistrationImport::Field field;
    std::initializer_list<const char *> words;
};

const Synonyms headerSynonyms[] = {
    {RegistrationImport::Field::Honorific, {"titel", "title", "honorific", "akademischergrad"}},
    {RegistrationImport::Field::GivenName,
     {"vorname", "firstname", "givenname", "forename", "first"}},
    {RegistrationImport::Field::FamilyName,
     {"nachname", "lastname", "familyname", "surname", "familienname", "last"}},
    {RegistrationImport::Field::FullName,
     {"name", "fullname", "vollername", "vollstandigername", "teilnehmer", "teilnehmerin",
      "teilnehmername", "participant", "participantname", "attendee", "attendeename"}},
    {RegistrationImport::Field::Email,
     {"email", "emailadresse", "emailaddress", "mail", "mailadresse", "epost"}},
    {RegistrationImport::Field::Organisation,
     {"organisation", "organization", "institution", "firma", "company", "unternehmen",
      "affiliation", "arbeitgeber", "employer"}},
    {RegistrationImport::Field::Position,
     {"position", "funktion", "jobtitle", "berufsbezeichnung", "stellung"}},
    {RegistrationImport::Field::Phone,
     {"telefon", "phone", "telephone", "tel", "telefonnummer", "phonenumber", "mobil", "mobile",
      "handy"}},
    {RegistrationImport::Field::Status,
     {"status", "anmeldestatus", "registrationstatus", "teilnahmestatus"}},
    {RegistrationImport::Field::Needs,
     {"bedarf", "needs", "dietary", "dietaryrequirements", "dietaryneeds", "ernahrung",
      "essenswunsche", "unvertraglichkeiten", "barrierefreiheit", "accessibility", "specialneeds",
      "besonderebedurfnisse"}},
    {RegistrationImport::Field::Notes,
     {"anmerkungen", "anmerkung", "notes", "note", "bemerkungen", "bemerkung", "kommentar",
      "kommentare", "comment", "comments", "notizen"}},
};

struct StatusWords
{
    RegistrationStatus status;
    std::initializer_list<const char *> words;
};

// German and English, as forms and ticket systems put them, and the labels
// and storage names Podium itself writes, so that its exports read back.
const StatusWords statusWords[] = {
    {RegistrationStatus::Invited, {"invited", "eingeladen", "einladung"}},
    {RegistrationStatus::Registered, {"registered", "angemeldet", "registriert", "anmeldung"}},
    {RegistrationStatus::Waitlisted,
     {"waitlisted", "waitinglist", "waitlist", "warteliste", "aufwarteliste"}},
    {RegistrationStatus::Confirmed, {"confirmed", "bestatigt", "bestaetigt", "zugesagt"}},
    {RegistrationStatus::Cancelled,
     {"cancelled", "canceled", "abgesagt", "abgemeldet", "storniert"}},
    {RegistrationStatus::Attended, {"attended", "teilgenommen", "anwesend", "present"}},
    {RegistrationStatus::NoShow, {"noshow", "nichterschienen", "didnotcome", "notattended"}},
};

/** A person already in the database, as far as matching needs it. */
struct Known
{
    Person person;
    QString nameKey;
    QString organisationKey;
};

QString nameKeyOf(const QString &given, const QString &family)
{
    return foldText(given + QLatin1Char(' ') + family);
}

QString nameOrganisationKey(const QString &nameKey, const QString &organisationKey)
{
    return nameKey + QChar(0x1F) + organisationKey;
}

/** Sets SQLite's page cache of a connection for as long as it lives. */
class CacheSize
{
public:
    CacheSize(Database &db, int kibibytes)
        : m_db(db)
    {
        if (m_db.isServer())
            return;
        bool ok = false;
        const int current = m_db.scalar(QStringLiteral("PRAGMA cache_size")).toInt(&ok);
        if (!ok)
            return;
        // A negative size is in KiB, a positive one in pages: a cache that
        // is already as large is left alone, never made smaller.
        qint64 currentKiB = -qint64(current);
        if (current > 0) {
            const qint64 pageSize = m_db.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
            currentKiB = qint64(current) * (pageSize > 0 ? pageSize : 4096) / 1024;
        }
        if (currentKiB >= kibibytes)
            return;
        if (m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-kibibytes)))
            m_previous = current;
    }
    ~CacheSize()
    {
        if (m_previous)
            m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    Database &m_db;
    std::optional<int> m_previous;
};

bool isHonorificWord(const QString &word)
{
    const QString w = compact(word);
    return w == QLatin1StringView("dr") || w == QLatin1StringView("prof") ||
           w == QLatin1StringView("profdr");
}

} // namespace

void RegistrationImport::Source::setMapping(int column, Field field)
{
    if (column < 0 || column >= mapping.size())
        return;
    mapping[column] = field;
    unknownColumns.removeAll(column);
}

int RegistrationImport::Plan::rejectedCount() const
{
    int n = 0;
    for (const Row &r : rows)
        n += r.isRejected() ? 1 : 0;
    return n;
}

int RegistrationImport::Plan::count(PersonAction action) const
{
    int n = 0;
    for (const Row &r : rows)
        n += (!r.isRejected() && r.personAction == action) ? 1 : 0;
    return n;
}

int RegistrationImport::Plan::count(OrganisationAction action) const
{
    // Several rows may name the same new organisation; it is created once.
    QSet<QString> distinct;
    for (const Row &r : rows) {
        if (!r.isRejected() && r.organisationAction == action)
            distinct.insert(foldText(r.organisationName));
    }
    return int(distinct.size());
}

int RegistrationImport::Plan::count(RegistrationAction action) const
{
    int n = 0;
    for (const Row &r : rows)
        n += (!r.isRejected() && r.registrationAction == action) ? 1 : 0;
    return n;
}

bool RegistrationImport::Plan::canApply() const
{
    return error.isEmpty() && rejectedCount() == 0;
}

std::optional<RegistrationImport::Field> RegistrationImport::fieldForHeader(const QString &header)
{
    const QString key = compact(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const Synonyms &s : headerSynonyms) {
        for (const char *word : s.words) {
            if (key == QLatin1StringView(word))
                return s.field;
        }
    }
    return std::nullopt;
}

std::optional<RegistrationStatus> RegistrationImport::statusFromText(const QString &text)
{
    const QString key = compact(text);
    for (const StatusWords &s : statusWords) {
        for (const char *word : s.words) {
            if (key == QLatin1StringView(word))
                return s.status;
        }
    }
    return std::nullopt;
}

void RegistrationImport::splitFullName(const QString &fullName, QString *honorific,
                                       QString *givenName, QString *familyName)
{
    honorific->clear();
    givenName->clear();
    familyName->clear();
    const QString name = fullName.simplified();
    // "Valdés Cano, Laura": a comma puts the family name first, as lists do.
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma >= 0) {
        *familyName = name.left(comma).trimmed();
        QStringList rest = name.mid(comma + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList titles;
        while (!rest.isEmpty() && isHonorificWord(rest.first()))
            titles << rest.takeFirst();
        *honorific = titles.join(QLatin1Char(' '));
        *givenName = rest.join(QLatin1Char(' '));
        return;
    }
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList titles;
    while (words.size() > 1 && isHonorificWord(words.first()))
        titles << words.takeFirst();
    *honorific = titles.join(QLatin1Char(' '));
    // The first word is the given name and the rest the family name, so that
    // Spanish double surnames and "von der Leyen" stay whole; a single word
    // is taken as the family name, which a sign-in sheet sorts by.
    if (words.size() == 1) {
        *familyName = words.first();
        return;
    }
    if (!words.isEmpty())
        *givenName = words.takeFirst();
    *familyName = words.join(QLatin1Char(' '));
}

QString RegistrationImport::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return QCoreApplication::translate("Podium::RegistrationImport", "(not imported)",
                                           "a column of an import file");
    case Field::Honorific:
        return QCoreApplication::translate("Podium::RegistrationImport", "title",
                                           "a column of an import file");
    case Field::GivenName:
        return QCoreApplication::translate("Podium::RegistrationImport", "given name",
                                           "a column of an import file");
    case Field::FamilyName:
        return QCoreApplication::translate("Podium::RegistrationImport", "family name",
                                           "a column of an import file");
    case Field::FullName:
        return QCoreApplication::translate("Podium::RegistrationImport", "full name",
                                           "a column of an import file");
    case Field::Email:
        return QCoreApplication::translate("Podium::RegistrationImport", "e-mail",
                                           "a column of an import file");
    case Field::Organisation:
        return QCoreApplication::translate("Podium::RegistrationImport", "organisation",
                                           "a column of an import file");
    case Field::Position:
        return QCoreApplication::translate("Podium::RegistrationImport", "position",
                                           "a column of an import file");
    case Field::Phone:
        return QCoreApplication::translate("Podium::RegistrationImport", "phone",
                                           "a column of an import file");
    case Field::Status:
        return QCoreApplication::translate("Podium::RegistrationImport", "status",
                                           "a column of an import file");
    case Field::Needs:
        return QCoreApplication::translate("Podium::RegistrationImport", "needs",
                                           "a column of an import file");
    case Field::Notes:
        return QCoreApplication::translate("Podium::RegistrationImport", "notes",
                                           "a column of an import file");
    }
    return {};
}

QList<RegistrationImport::Field> RegistrationImport::allFields()
{
    return {Field::Ignore,   Field::Honorific, Field::GivenName,    Field::FamilyName,
            Field::FullName, Field::Email,     Field::Organisation, Field::Position,
            Field::Phone,    Field::Status,    Field::Needs,        Field::Notes};
}

RegistrationImport::Source RegistrationImport::read(const QByteArray &data)
{
    Source source;
    CsvReader::Result csv = CsvReader::read(data);
    source.encoding = csv.encoding;
    source.delimiter = csv.delimiter;
    if (!csv.error.isEmpty()) {
        source.error = csv.error;
        return source;
    }
    if (csv.records.isEmpty()) {
        source.error =
            QCoreApplication::translate("Podium::RegistrationImport", "The file is empty.");
        return source;
    }
    for (const QString &h : std::as_const(csv.records.first().fields))
        source.headers << h.trimmed();
    QSet<Field> taken;
    for (int i = 0; i < source.headers.size(); ++i) {
        const std::optional<Field> field = fieldForHeader(source.headers.at(i));
        // A second column for a field already taken is asked about, not guessed.
        if (field && !taken.contains(*field)) {
            taken.insert(*field);
            source.mapping << *field;
        } else {
            source.mapping << Field::Ignore;
            source.unknownColumns << i;
        }
    }
    csv.records.removeFirst();
    source.rows = std::move(csv.records);
    return source;
}

RegistrationImport::Plan RegistrationImport::plan(Database &db, qint64 eventId,
                                                  const Source &source)
{
    Plan plan;
    plan.eventId = eventId;
    if (!source.error.isEmpty()) {
        plan.error = source.error;
        return plan;
    }
    if (db.scalar(QStringLiteral("SELECT count(*) FROM event WHERE id = ?"), {eventId}).toInt() !=
        1) {
        plan.error = QCoreApplication::translate("Podium::RegistrationImport",
                                                 "There is no event with id %1.")
                         .arg(eventId);
        return plan;
    }
    QHash<Field, int> column;
    for (int i = 0; i < source.mapping.size(); ++i) {
        const Field f = source.mapping.at(i);
        if (f == Field::Ignore) {
            const QString header = source.headers.value(i);
            plan.ignoredHeaders << (header.isEmpty()
                                        ? QCoreApplication::translate("Podium::RegistrationImport",
                                                                      "(column %1)")
                                              .arg(i + 1)
                                        : header);
            continue;
        }
        if (column.contains(f)) {
            plan.error =
                QCoreApplication::translate("Podium::RegistrationImport",
                                            "The columns “%1” and “%2” are both mapped to %3; map "
                                            "one of them to something else.")
                    .arg(source.headers.value(column.value(f)), source.headers.value(i),
                         fieldName(f));
            return plan;
        }
        column.insert(f, i);
    }
    if (!column.contains(Field::GivenName) && !column.contains(Field::FamilyName) &&
        !column.contains(Field::FullName)) {
        plan.error = QCoreApplication::translate(
            "Podium::RegistrationImport", "No column holds the names: map a column to given name, "
                                          "family name or full name.");
        return plan;
    }

    // What is already there, read once: a query per row would make a large
    // file wait on the database, and lower(email) cannot use an index.
    QList<Known> known;
    QHash<QString, QList<int>> byEmail;
    QHash<QString, QList<int>> byName;
    QHash<QString, int> byNameAndOrganisation;
    {
        // On a file through SQLite's own interface (RowReader): no QVariant
        // per column of 50,000 people.
        known.reserve(db.scalar(QStringLiteral("SELECT count(*) FROM person")).toLongLong());
        // Sized once: grown step by step, 50,000 keys are rehashed again and again.
        byEmail.reserve(known.capacity());
        byName.reserve(known.capacity());
        byNameAndOrganisation.reserve(known.capacity());
        RowReader q(db);
        QString error;
        if (!q.exec(QStringLiteral("SELECT p.id, p.honorific, p.given_name, p.family_name, "
                                   "p.email, p.phone, p.position, p.organisation_id, o.name_key "
                                   "FROM person p LEFT JOIN organisation o ON o.id = "
                                   "p.organisation_id ORDER BY p.id"),
                    {}, &error)) {
            plan.error = error;
            return plan;
        }
        while (q.next()) {
            Known &k = known.emplace_back();
            k.person.id = q.toInt64(0);
            k.person.honorific = q.text(1);
            k.person.givenName = q.text(2);
            k.person.familyName = q.text(3);
            k.person.email = q.text(4);
            k.person.phone = q.text(5);
            k.person.position = q.text(6);
            k.person.organisationId = q.toInt64(7);
            k.nameKey = nameKeyOf(k.person.givenName, k.person.familyName);
            k.organisationKey = q.text(8);
            const int index = int(known.size()) - 1;
            if (!k.person.email.isEmpty())
                byEmail[k.person.email.toLower()].append(index);
            byName[k.nameKey].append(index);
        }
        if (!q.error().isEmpty()) {
            plan.error = q.error();
            return plan;
        }
    }
    // Backwards, so that the first (lowest id) of a name and organisation is kept.
    for (int i = int(known.size()) - 1; i >= 0; --i)
        byNameAndOrganisation.insert(
            nameOrganisationKey(known.at(i).nameKey, known.at(i).organisationKey), i);
    QHash<QString, qint64> organisations;
    {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id, name_key FROM organisation"));
        if (Database::exec(q)) {
            while (q.next())
                organisations.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    QSet<qint64> registered;
    {
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT person_id FROM registration WHERE event_id = ?"));
        q.addBindValue(eventId);
        if (Database::exec(q)) {
            while (q.next())
                registered.insert(q.value(0).toLongLong());
        }
    }

    QHash<QString, int> emailLine;
    QHash<qint64, int> knownPersonLine;
    QHash<QString, int> newPersonLine;
    const int headerCount = int(source.headers.size());
    plan.rows.reserve(source.rows.size());
    emailLine.reserve(source.rows.size());
    newPersonLine.reserve(source.rows.size());
    for (const CsvReader::Record &record : source.rows) {
        bool blank = true;
        for (const QString &f : record.fields) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        // Spreadsheets write empty rows as ";;;;"; they are no registrations.
        if (blank)
            continue;
        Row row;
        row.line = record.line;
        auto value = [&](Field f) {
            const int i = column.value(f, -1);
            return i < 0 ? QString() : CsvWriter::restored(record.fields.value(i).trimmed());
        };
        auto reject = [&](const QString &reason) {
            row.rejection = reason;
            plan.rows.append(row);
        };
        bool extra = false;
        for (qsizetype i = headerCount; i < record.fields.size(); ++i)
            extra = extra || !record.fields.at(i).trimmed().isEmpty();
        if (extra) {
            reject(QCoreApplication::translate(
                       "Podium::RegistrationImport",
                       "The row has %1 fields but the header only %2; a cell holding "
                       "the delimiter needs quotation marks.")
                       .arg(record.fields.size())
                       .arg(headerCount));
            continue;
        }

        Person &p = row.person;
        p.givenName = value(Field::GivenName);
        p.familyName = value(Field::FamilyName);
        if (p.givenName.isEmpty() && p.familyName.isEmpty()) {
            splitFullName(value(Field::FullName), &p.honorific, &p.givenName, &p.familyName);
        }
        if (const QString h = value(Field::Honorific); !h.isEmpty())
            p.honorific = h;
        p.email = value(Field::Email);
        p.phone = value(Field::Phone);
        p.position = value(Field::Position);
        row.organisationName = value(Field::Organisation).simplified();
        row.needs = value(Field::Needs);
        row.notes = value(Field::Notes);
        if (p.givenName.isEmpty() && p.familyName.isEmpty()) {
            reject(
                QCoreApplication::translate("Podium::RegistrationImport", "The name is missing."));
            continue;
        }
        if (!p.email.isEmpty() && !Validation::isValidEmail(p.email)) {
            reject(QCoreApplication::translate("Podium::RegistrationImport",
                                               "“%1” is not a valid e-mail address.")
                       .arg(p.email));
            continue;
        }
        const QString statusText = value(Field::Status);
        if (!statusText.isEmpty()) {
            const std::optional<RegistrationStatus> status = statusFromText(statusText);
            if (!status) {
                reject(QCoreApplication::translate(
                           "Podium::RegistrationImport",
                           "Unknown status “%1”; use registered, invited, waitlisted, "
                           "confirmed, cancelled, attended or no-show (or the German "
                           "words).")
                           .arg(statusText));
                continue;
            }
            row.status = *status;
        }
        if (const QList<ValidationIssue> issues = validate(p); !issues.isEmpty()) {
            reject(describeIssues(issues));
            continue;
        }
        const QString email = p.email.toLower();
        if (!email.isEmpty()) {
            if (const int first = emailLine.value(email); first > 0) {
                reject(QCoreApplication::translate(
                           "Podium::RegistrationImport",
                           "Duplicate in the file: the e-mail address %1 is already "
                           "on line %2.")
                           .arg(p.email)
                           .arg(first));
                continue;
            }
            emailLine.insert(email, row.line);
        }

        const QString nameKey = nameKeyOf(p.givenName, p.familyName);
        const QString organisationKey = foldText(row.organisationName);
        int match = -1;
        if (!email.isEmpty()) {
            const QList<int> candidates = byEmail.value(email);
            for (const int i : candidates) {
                if (known.at(i).nameKey == nameKey) {
                    match = i;
                    break;
                }
            }
            if (match < 0 && !candidates.isEmpty())
                match = candidates.first();
            if (match >= 0)
                row.matchedBy = QCoreApplication::translate(
                    "Podium::RegistrationImport", "e-mail",
                    "how a row was matched to a known person: matched by e-mail");
        }
        if (match < 0) {
            match = byNameAndOrganisation.value(nameOrganisationKey(nameKey, organisationKey), -1);
            if (match < 0 && organisationKey.isEmpty() && byName.value(nameKey).size() == 1)
                match = byName.value(nameKey).first();
            if (match >= 0)
                row.matchedBy = QCoreApplication::translate(
                    "Podium::RegistrationImport", "name and organisation",
                    "how a row was matched to a known person: matched by name and organisation");
        }
        if (match >= 0) {
            const Person &existing = known.at(match).person;
            if (const int first = knownPersonLine.value(existing.id); first > 0) {
                reject(
                    QCoreApplication::translate("Podium::RegistrationImport",
                                                "Duplicate in the file: line %1 already names %2.")
                        .arg(first)
                        .arg(existing.fullName()));
                continue;
            }
            knownPersonLine.insert(existing.id, row.line);
            row.personAction = PersonAction::Match;
            row.person = existing;
            row.organisationAction = OrganisationAction::None;
            row.organisationId = existing.organisationId;
            row.registrationAction = registered.contains(existing.id)
                                         ? RegistrationAction::AlreadyPresent
                                         : RegistrationAction::Create;
            plan.rows.append(row);
            continue;
        }
        const QString newKey = nameOrganisationKey(nameKey, organisationKey);
        if (const int first = newPersonLine.value(newKey); first > 0) {
            reject(QCoreApplication::translate("Podium::RegistrationImport",
                                               "Duplicate in the file: line %1 already names %2.")
                       .arg(first)
                       .arg(p.fullName()));
            continue;
        }
        newPersonLine.insert(newKey, row.line);
        row.personAction = PersonAction::Create;
        if (!organisationKey.isEmpty()) {
            row.organisationId = organisations.value(organisationKey, 0);
            row.organisationAction =
                row.organisationId ? OrganisationAction::Match : OrganisationAction::Create;
        }
        plan.rows.append(row);
    }
    return plan;
}

RegistrationImport::Result RegistrationImport::apply(Database &db, const Plan &plan,
                                                     const ApplyOptions &options)
{
    Result result;
    if (!plan.error.isEmpty()) {
        result.error = plan.error;
        return result;
    }
    if (const int rejected = plan.rejectedCount(); rejected > 0) {
        result.error =
            QCoreApplication::translate("Podium::RegistrationImport",
                                        "%n row(s) are rejected; nothing was imported. Correct "
                                        "them in the file and import it again.",
                                        nullptr, rejected);
        return result;
    }
    // A large import touches far more index pages (person, registration,
    // change_log and their indexes) than SQLite's default cache of 2 MiB
    // holds, and pages spilled in the middle of the one transaction are read
    // back again and again. The connection gets a larger cache while the
    // import runs, and its own back afterwards.
    const CacheSize cache(db, importCacheKiB);
    Transaction tx(db);
    if (!tx.isActive()) {
        result.error = RecordStore::explainConstraint(tx.error());
        return result;
    }
    OrganisationRepository organisations(db);
    PersonRepository people(db);
    RegistrationRepository registrations(db);
    QHash<QString, qint64> createdOrganisation;
    const int total = int(plan.rows.size());
    auto fail = [&](const Row *row, const QString &error) {
        tx.rollback();
        Result failed;
        failed.error = row ? QCoreApplication::translate("Podium::RegistrationImport",
                                                         "Line %1: %2 Nothing was imported.")
                                 .arg(row->line)
                                 .arg(error)
                           : QCoreApplication::translate("Podium::RegistrationImport",
                                                         "%1 Nothing was imported.")
                                 .arg(error);
        return failed;
    };
    // A batch of rows at a time: their new organisations one by one (a file
    // names few), then their new people and their registrations each with
    // a statement per batch, the change log included.
    QList<Person> newPeople;
    QList<int> newPeopleRows;
    QList<qint64> personIds;
    QList<Registration> newRegistrations;
    QList<int> newRegistrationRows;
    for (int start = 0; start < total; start += applyBatchRows) {
        if (options.cancel && options.cancel->load()) {
            tx.rollback();
            Result cancelled;
            cancelled.cancelled = true;
            cancelled.error = QCoreApplication::translate(
                "Podium::RegistrationImport", "The import was cancelled; nothing was changed.");
            return cancelled;
        }
        const int end = std::min(total, start + applyBatchRows);
        newPeople.clear();
        newPeopleRows.clear();
        personIds.clear();
        for (int i = start; i < end; ++i) {
            const Row &row = plan.rows.at(i);
            qint64 organisationId = row.organisationId;
            if (row.organisationAction == OrganisationAction::Create) {
                const QString key = foldText(row.organisationName);
                organisationId = createdOrganisation.value(key, 0);
                if (organisationId == 0) {
                    Organisation o;
                    o.name = row.organisationName;
                    QString error;
                    if (!organisations.insert(o, &error))
                        return fail(&row, error);
                    organisationId = o.id;
                    createdOrganisation.insert(key, o.id);
                    result.createdOrganisations << o.id;
                }
            }
            personIds << row.person.id;
            if (row.personAction == PersonAction::Create) {
                Person p = row.person;
                p.organisationId = organisationId;
                newPeople << p;
                newPeopleRows << i;
            }
        }
        QString error;
        qsizetype failed = -1;
        if (!people.insertMany(newPeople, &error, &failed))
            return fail(failed >= 0 ? &plan.rows.at(newPeopleRows.at(failed)) : nullptr, error);
        for (qsizetype k = 0; k < newPeople.size(); ++k) {
            personIds[newPeopleRows.at(k) - start] = newPeople.at(k).id;
            result.createdPeople << newPeople.at(k).id;
        }
        newRegistrations.clear();
        newRegistrationRows.clear();
        for (int i = start; i < end; ++i) {
            const Row &row = plan.rows.at(i);
            if (row.registrationAction != RegistrationAction::Create)
                continue;
            Registration r;
            r.personId = personIds.at(i - start);
            r.eventId = plan.eventId;
            r.status = row.status;
            r.needs = row.needs;
            r.notes = row.notes;
            newRegistrations << r;
            newRegistrationRows << i;
        }
        if (!registrations.insertMany(newRegistrations, &error, &failed))
            return fail(failed >= 0 ? &plan.rows.at(newRegistrationRows.at(failed)) : nullptr,
                        error);
        for (const Registration &r : std::as_const(newRegistrations))
            result.createdRegistrations << r.id;
        // The last call comes after the commit, when the rows are really saved.
        if (options.progress && end < total)
            options.progress(end, total);
    }
    if (!tx.commit()) {
        result = Result();
        result.error = RecordStore::explainConstraint(tx.error());
        return result;
    }
    if (options.progress)
        options.progress(total, total);
    result.ok = true;
    return result;
}

bool RegistrationImport::undo(Database &db, const Result &result, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    // Batches, not record by record: taking back 100,000 rows must not
    // take minutes.
    RegistrationRepository registrations(db);
    PersonRepository people(db);
    OrganisationRepository organisations(db);
    if (!registrations.removeMany(result.createdRegistrations, error))
        return false;
    // Removing a person removes their registrations; one made since the
    // import is not the import's to take back.
    const QSet<qint64> registered = registrations.peopleRegistered(result.createdPeople);
    for (const qint64 id : result.createdPeople) {
        if (!registered.contains(id))
            continue;
        const std::optional<Person> person = people.find(id);
        if (error)
            *error =
                QCoreApplication::translate("Podium::RegistrationImport",
                                            "%1 has registered for another event since the import; "
                                            "the import cannot be undone.")
                    .arg(person ? person->fullName() : QString::number(id));
        return false;
    }
    if (!people.removeMany(result.createdPeople, error) ||
        !organisations.removeMany(result.createdOrganisations, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    return true;
}

} // namespace Podium
