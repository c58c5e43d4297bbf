#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Podium {

class Database;

/**
 * Finds records that are likely the same person or organisation entered
 * twice, and merges two of them into one in a single transaction.
 *
 * People are likely duplicates if they have the same e-mail address (case
 * ignored; addresses shared by more than sharedAddressLimit people are an
 * office's and are not offered), the same folded name at the same
 * organisation (or both at none), or names within an edit distance of 2
 * (family and given name, folded) at the same organisation. Organisations
 * are likely duplicates if their folded names, without punctuation, are
 * within an edit distance of 2, or if they have the same short name.
 * Anonymised people are never offered.
 *
 * A merge keeps one record and removes the other. For people, roles and
 * registrations move to the record kept; where both are registered for the
 * same event, the registration with the more advanced status wins (attended
 * over no-show over confirmed over registered over waiting list over
 * invited over cancelled) and needs and notes are joined; where both hold
 * the same role, the kept record's role stays. Each consent takes the more
 * recent decision (a consent's date, or the moment the change log shows it
 * withdrawn). Notes are joined, and empty fields of the record kept are
 * filled from the other. For organisations, people and member
 * organisations move over. The merge is recorded as the rows it changes,
 * before and after, so that it can be undone exactly.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class Duplicates
{
public:
    static constexpr int sharedAddressLimit = 10;

    struct Pair
    {
        qint64 first = 0;
        qint64 second = 0;
        /** Why they look alike, as words ("same e-mail address; similar name"). */
        QString reason;
    };

    static QList<Pair> findPeople(const Database &database);
    static QList<Pair> findOrganisations(const Database &database);

    /** "Dr. Laura Valdés Cano <laura@example.org>, Example Institute" for lists. */
    static QString personLabel(const Database &database, qint64 id);
    /** "Development and Peace Foundation (sef:), Bonn" for lists. */
    static QString organisationLabel(const Database &database, qint64 id);

    /**
     * Levenshtein distance between @p a and @p b, or @p limit + 1 as soon as
     * it is certain to exceed @p limit.
     */
    static int editDistance(const QString &a, const QString &b, int limit);

    /** One row a merge changes; an empty map means the row does not exist on that side. */
    struct RowChange
    {
        QString table;
        qint64 id = 0;
        QVariantMap before;
        QVariantMap after;
    };

    /** A planned or applied merge: every row it changes. */
    struct Merge
    {
        QString table; ///< "person" or "organisation"
        qint64 keepId = 0;
        qint64 removeId = 0;
        QString summary;
        QList<RowChange> changes;
        /** Rows moved over (registrations and roles, or people and member organisations). */
        int moved = 0;
        /** Rows of the removed record dropped because the kept record had the same. */
        int collisions = 0;
    };

    /** Plans merging person @p removeId into @p keepId; nothing is written. */
    static std::optional<Merge> planPersonMerge(const Database &database, qint64 keepId,
                                                qint64 removeId, QString *error);
    /** Plans merging organisation @p removeId into @p keepId; nothing is written. */
    static std::optional<Merge> planOrganisationMerge(const Database &database, qint64 keepId,
                                                      qint64 removeId, QString *error);

    /**
     * Writes @p merge forwards (the merge) or backwards (its undo) in one
     * transaction, through RecordStore. Refused, with nothing written, if a
     * row is no longer as the other side expects (someone changed it
     * meanwhile). Afterwards @p merge holds the rows as stored.
     */
    static bool apply(Database &database, Merge &merge, bool forward, QString *error);
};

} // namespace Podium
