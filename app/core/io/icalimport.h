#pragma once

#include "domain/event.h"
#include "domain/language.h"
#include "icalreader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Podium {

class Database;

/**
 * Turns a calendar file from another program into Podium events: plan()
 * reads the file and decides, for each VEVENT or occurrence, whether it
 * creates an event, updates the one with the same identity, or is skipped
 * (with the reason); apply() then writes the plan in one transaction, so
 * that a failure leaves the database as it was.
 *
 * Identity: an event's UID; an occurrence of an expanded recurring event
 * gets the derived UID "<UID>/<RECURRENCE-ID in UTC>" (occurrenceUid()).
 * A location is linked to a venue of the same name, and otherwise kept in
 * the event's notes: free-text places ("Zoom", "Room 3") are no venues.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class ICalImport
{
public:
    struct Options
    {
        ICalReader::Options reader;
        /** The language the text goes to; empty to guess it from the text of each event. */
        std::optional<Language> language;
    };

    enum class Action { Create, Update, Skip };

    /** What happens to one VEVENT or occurrence. */
    struct Step
    {
        Action action = Action::Skip;
        /** The line of its BEGIN:VEVENT. */
        int line = 0;
        /** The UID the Podium event has (or would have). */
        QString identity;
        QString title;
        /** Why it is updated (what changed) or skipped. */
        QString reason;
        /** The event as it will be saved (for Create and Update). */
        Event event;
    };

    struct Plan
    {
        /** Set if the file cannot be imported at all; there are no steps then. */
        QString error;
        QList<Step> steps;

        int count(Action action) const;
    };

    /** Reads @p data and plans its import into @p database; writes nothing. */
    static Plan plan(Database &database, const QByteArray &data, const Options &options);

    /** What apply() wrote, enough to take it back (ImportCalendarCommand). */
    struct Applied
    {
        /** The ids of the events created. */
        QList<qint64> created;
        /** The events updated: id, and the row (column → value) before and after. */
        struct Update
        {
            qint64 id = 0;
            QVariantMap before;
            QVariantMap after;
        };
        QList<Update> updated;
    };

    /**
     * Saves the creations and updates of @p plan through the repositories in
     * one transaction. On failure nothing is written and @p error names the
     * line of the event that failed. If @p applied is given, it receives
     * what was written.
     */
    static bool apply(Database &database, const Plan &plan, QString *error,
                      Applied *applied = nullptr);

    /** The UID of one occurrence of a recurring event: "<uid>/<recurrenceId>". */
    static QString occurrenceUid(const QString &uid, const QString &recurrenceId);

    /** Plain text as Markdown that shows exactly that text (for description fields). */
    static QString markdownFromPlainText(const QString &text);

    /** German if @p text reads more like German than English. */
    static Language guessLanguage(const QString &text);

    /** "create", "update", "skip". */
    static QString actionName(Action action);
};

} // namespace Podium
