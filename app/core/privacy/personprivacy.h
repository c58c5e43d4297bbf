#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Podium {

class Database;

/**
 * The data-protection rights of one person, over the whole database: what
 * Podium holds about them (right of access) and removing it (right to
 * erasure), plus the retention run that anonymises attendees of long past
 * events.
 *
 * Anonymising keeps the counts of past events right: a registration of a
 * past event stays, but its person becomes a record without name, contact
 * data or notes (family name anonymisedName(), nothing else), so that
 * "120 registered, 97 attended" still adds up. Everything else about the
 * person goes: registrations of coming events, roles (unless the published
 * name is kept for past programmes), the identifying values in the change
 * log, and mentions of the name or e-mail address in other records' text.
 * Erasure cannot be undone; take a backup first (backup()).
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class PersonPrivacy
{
public:
    /** The family name of an anonymised person record, the only name it keeps. */
    static QString anonymisedName();

    /**
     * Finds a person by id (digits) or by e-mail address (case ignored).
     * Returns 0 with @p error set if there is none, or if several people
     * share the address (then the message lists their ids).
     */
    static qint64 resolvePerson(const Database &database, const QString &idOrEmail, QString *error);

    /**
     * Everything the database holds about person @p personId, as one JSON
     * document: the person with their consents and notes, their
     * organisation's name, their registrations with the events' titles,
     * their roles with event and programme item, and the change-log entries
     * about them. Empty, with @p error, if there is no such person.
     */
    static QByteArray accessReport(const Database &database, qint64 personId, QString *error);

    /**
     * Takes a backup of the database into its rotating backups (Backups),
     * named FILE.before-PURPOSE-YYYYMMDD-HHMMSS.bak beside the file for the
     * purposes "erasure", "retention" and "merge", readable by its owner
     * only, and rotates the older ones. Returns its path, or empty with
     * @p error.
     */
    static QString backup(const Database &database, const QString &purpose, QString *error);

    struct ErasureOptions
    {
        /**
         * Keep the person's name (honorific, given and family name) and their
         * roles in past programmes, as they were published. Everything else
         * goes all the same.
         */
        bool keepPublishedName = false;
    };

    /** What an erasure or anonymisation did. */
    struct ErasureResult
    {
        bool ok = false;
        QString error;
        /** Registrations of past events kept, now anonymous. */
        int registrationsKept = 0;
        /** Registrations of events not yet over, removed. */
        int registrationsRemoved = 0;
        int rolesKept = 0;
        int rolesRemoved = 0;
        /** Change-log entries rewritten. */
        int changeLogEntries = 0;
        /** Other records' text in which the name or address was replaced. */
        int mentionsReplaced = 0;
        /** True if the person record itself was deleted (nothing left to count). */
        bool personDeleted = false;
        /**
         * On a server only: the tables whose old row versions are still on
         * the server, because the login may not clean them up (VACUUM) —
         * see flushJournal(). Empty in a file, and when all were cleaned.
         */
        QStringList notVacuumed;
    };

    /**
     * Erases person @p personId in one transaction, as described above.
     * Events count as past when they ended before @p now. Irreversible.
     */
    static ErasureResult erase(Database &database, qint64 personId, const ErasureOptions &options,
                               const QDateTime &now);

    /** A person the retention run anonymises. */
    struct RetentionCandidate
    {
        qint64 personId = 0;
        int registrations = 0;
        /** When the last event they registered for ended (UTC). */
        QString lastEventEnd;
    };

    /** What a retention run does: computed first, shown or applied. */
    struct RetentionPlan
    {
        int months = 0;
        /** The moment the plan was made for. */
        QDateTime now;
        /** Events that ended before this instant are past the retention period. */
        QDateTime cutoff;
        QList<RetentionCandidate> people;
        /** Attendees past the period kept because they agreed to be contacted. */
        int keptForConsent = 0;
        /** Attendees past the period kept because they hold roles (speakers). */
        int keptSpeakers = 0;

        /** One line per change, the same for a dry run and the real one. */
        QStringList describe() const;
    };

    /**
     * The attendees to anonymise: people with registrations only for events
     * that ended more than @p months before @p now, who hold no role and
     * have not agreed to be contacted, and who are not anonymous already.
     */
    static RetentionPlan planRetention(const Database &database, int months, const QDateTime &now);

    /**
     * Anonymises the people of @p plan in one transaction, as an erasure
     * does, except that other records' free text is not searched for their
     * names (see docs/PRIVACY.md). Refused if the plan no longer matches the
     * database. False with @p error. On a server, the tables whose old row
     * versions could not be cleaned up are added to @p notVacuumed (see
     * flushJournal()).
     */
    static bool applyRetention(Database &database, const RetentionPlan &plan, QString *error,
                               QStringList *notVacuumed = nullptr);

    /**
     * After an erasure, removes the old copies of what was changed or
     * deleted, as far as the backend allows.
     *
     * In a file: writes the write-ahead log back into the file and empties
     * it, so that old page images holding the erased data do not linger
     * beside the database (deleted content in the file itself is overwritten,
     * as the erasure turns SQLite's secure_delete on).
     *
     * On a server, which keeps the old version of every updated or deleted
     * row until a VACUUM removes it: runs VACUUM on @p tables (every Podium
     * table if empty) that the login may vacuum (as the table's or the
     * database's owner, or a superuser), and returns the others, which an
     * administrator has to vacuum (docs/PRIVACY.md). Returns nothing for a
     * file. Call it with no transaction open: VACUUM cannot run inside one.
     */
    static QStringList flushJournal(Database &database, const QStringList &tables = {});
};

} // namespace Podium
