#pragma once

#include "csvreader.h"
#include "domain/person.h"
#include "domain/registration.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Podium {

class Database;

/**
 * Imports the registrations of one event from a CSV or TSV file in two
 * steps: plan() reads the file, maps its columns and decides for each row
 * whether it creates or matches a person and an organisation and creates a
 * registration, or is rejected with the reason; apply() then writes the plan
 * through the repositories in one transaction.
 *
 * All or nothing: a plan with a rejected row is not applied at all, so that
 * a file is imported exactly once, whole, after its bad rows are fixed.
 *
 * People are never duplicated: a row matches the person with the same
 * e-mail address (if several share it, the one of the same name, else the
 * first), otherwise the person of the same folded name at the same
 * organisation (for a row without organisation, the only person of that
 * name). A person matched is not changed.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class RegistrationImport
{
public:
    /** What a column of the file holds. */
    enum class Field {
        Ignore,
        Honorific,
        GivenName,
        FamilyName,
        FullName,
        Email,
        Organisation,
        Position,
        Phone,
        Status,
        Needs,
        Notes,
    };

    /** The file read, with a column mapping guessed from its headers. */
    struct Source
    {
        /** Set if the file cannot be read at all. */
        QString error;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
        QStringList headers;
        /** One field per header; Ignore where the header is unknown. */
        QList<Field> mapping;
        /** Indexes of the headers that were not recognised: the ones to ask about. */
        QList<int> unknownColumns;
        /** The records after the header. */
        QList<CsvReader::Record> rows;

        /** Maps column @p column to @p field by hand (a choice in the mapping step). */
        void setMapping(int column, Field field);
    };

    enum class PersonAction { Create, Match };
    enum class OrganisationAction { None, Create, Match };
    enum class RegistrationAction { Create, AlreadyPresent };

    /** What happens to one row of the file. */
    struct Row
    {
        /** The line of the file the row starts on. */
        int line = 0;
        /** Why the row is rejected; empty if it is not. */
        QString rejection;
        /** The person as created, or the one matched (with its id). */
        Person person;
        PersonAction personAction = PersonAction::Create;
        /** How the person was matched: "e-mail" or "name and organisation". */
        QString matchedBy;
        QString organisationName;
        OrganisationAction organisationAction = OrganisationAction::None;
        /** The organisation matched; 0 for one to create or none. */
        qint64 organisationId = 0;
        RegistrationStatus status = RegistrationStatus::Registered;
        QString needs;
        QString notes;
        RegistrationAction registrationAction = RegistrationAction::Create;

        bool isRejected() const { return !rejection.isEmpty(); }
    };

    struct Plan
    {
        /** Set if nothing can be imported at all (unreadable file, no name column…). */
        QString error;
        qint64 eventId = 0;
        QList<Row> rows;
        /** Headers of columns that are not imported, for the summary. */
        QStringList ignoredHeaders;

        int rejectedCount() const;
        int count(PersonAction action) const;
        int count(OrganisationAction action) const;
        int count(RegistrationAction action) const;
        /** True if apply() would write: no error and no rejected row. */
        bool canApply() const;
    };

    struct ApplyOptions
    {
        /** Called with (rows done, rows in all) after each batch of rows, and at the end. */
        std::function<void(int, int)> progress;
        /** Set from anywhere to stop: the transaction is rolled back. */
        const std::atomic_bool *cancel = nullptr;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        /** What was created, for undoing the import as one step. */
        QList<qint64> createdOrganisations;
        QList<qint64> createdPeople;
        QList<qint64> createdRegistrations;
    };

    /**
     * apply() writes the rows of the file in batches of this many (their
     * people and registrations a batch per statement), and reports progress
     * and looks for a cancel between batches.
     */
    static constexpr int applyBatchRows = 1000;

    /** SQLite's page cache, in KiB, of the connection while apply() writes (at least). */
    static constexpr int importCacheKiB = 64 * 1024;

    /** Reads @p data and guesses the mapping of each column from its header. */
    static Source read(const QByteArray &data);

    /** Plans the import of @p source into event @p eventId; writes nothing. */
    static Plan plan(Database &database, qint64 eventId, const Source &source);

    /**
     * Writes @p plan in one transaction through the repositories. Refused
     * if the plan has an error or a rejected row; on failure or cancel
     * nothing is written.
     */
    static Result apply(Database &database, const Plan &plan, const ApplyOptions &options);

    /**
     * Undoes a finished import in one transaction: removes the registrations,
     * people and organisations it created. Refused (nothing changed) if one
     * of them has since gained roles or members.
     */
    static bool undo(Database &database, const Result &result, QString *error);

    /** The field a header names, in German or English; nullopt if unknown. */
    static std::optional<Field> fieldForHeader(const QString &header);
    /** A registration status from a German or English word ("Warteliste", "no-show"). */
    static std::optional<RegistrationStatus> statusFromText(const QString &text);
    /** Splits a full name: "Laura Valdés Cano" and "Valdés Cano, Laura" → Laura / Valdés Cano. */
    static void splitFullName(const QString &fullName, QString *honorific, QString *givenName,
                              QString *familyName);
    /** "given name", "e-mail"… for messages and the mapping step. */
    static QString fieldName(Field field);
    /** Every field, Ignore first, in the order a mapping step offers them. */
    static QList<Field> allFields();
};

} // namespace Podium
