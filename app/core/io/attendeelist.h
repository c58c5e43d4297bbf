#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Podium {

class Database;

/**
 * The people of one event as the printed lists and badges name them: who
 * is expected at the door, sorted as a German reader looks them up.
 */
struct AttendeeList
{
    /** Which people a document is about. */
    enum class Selection {
        /** Registered, confirmed and attended guests: the sign-in sheet. */
        SignIn,
        /** The same guests, but only those who agreed to appear on a list. */
        Participants,
        /** The guests and every confirmed speaker, each once: the badges. */
        Badges,
    };

    /** One person on a list or badge. */
    struct Entry
    {
        QString givenName;
        QString familyName;
        QString organisation;
        /** As in role.role for speakers; empty for guests. */
        QString role;

        /** "Laura Valdés Cano". */
        QString fullName() const;
        /** "Valdés Cano, Laura", the form of a list sorted by family name. */
        QString sortedName() const;
    };

    /** "de" or "en". */
    QString language;
    QString foundationName;
    QString title;
    QString series;
    /** The event's start in its own time zone. */
    QDateTime start;
    QList<Entry> people;

    /**
     * Reads event @p eventId for @p selection, in @p language ("de", "en",
     * or empty for the event's own). The order is that of person.sort_key,
     * which is folded so that Ä sorts with A, as German lists do.
     */
    static std::optional<AttendeeList> load(const Database &database, qint64 eventId,
                                            Selection selection, const QString &language,
                                            QString *error);
};

} // namespace Podium
