#include "icalimport.h"

#include "domain/eventrepository.h"
#include "domain/seriesrepository.h"
#include "domain/venuerepository.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Podium {

namespace {

// Data, not a message: the line of an event's notes that keeps its imported
// LOCATION, which the next import of the file recognises and replaces. It is
// written in the same words whatever the interface's language.
const QString locationPrefix = QStringLiteral("Location: ");

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1StringView("https") ||
            url.scheme() == QLatin1StringView("http"));
}

/** A venue, or a room of it, with the LOCATION the export writes for it. */
struct Place
{
    qint64 venueId = 0;
    qint64 roomId = 0;
    QString venueName;
    /** Folded LOCATION text. */
    QString location;
};

/** The places of the database, as ICalExport writes them into LOCATION. */
QList<Place> placesOf(Database &db)
{
    VenueRepository venues(db);
    QList<Place> places;
    const QList<Venue> all = venues.all();
    for (const Venue &v : all) {
        const QString town = QStringList{v.postalCode, v.city}.join(QLatin1Char(' ')).trimmed();
        auto locationWith = [&](const QString &room) {
            QStringList parts;
            for (const QString &p : {v.name, room, v.address, town}) {
                if (!p.trimmed().isEmpty())
                    parts.append(p.trimmed());
            }
            return foldText(parts.join(QStringLiteral(", ")));
        };
        places.append({v.id, 0, v.name, locationWith(QString())});
        const QList<Room> rooms = venues.rooms(v.id);
        for (const Room &r : rooms)
            places.append({v.id, r.id, v.name, locationWith(r.name)});
    }
    return places;
}

/**
 * Where @p location is: a venue (and room) whose LOCATION is exactly that
 * text, or else a venue whose name is the text before the first comma.
 * Sets @p exact when nothing of the text would be lost.
 */
const Place *matchPlace(const QList<Place> &places, const QString &location, bool *exact)
{
    const QString folded = foldText(location);
    for (const Place &p : places) {
        if (p.location == folded) {
            *exact = true;
            return &p;
        }
    }
    *exact = false;
    const QString name = foldText(location.section(QLatin1Char(','), 0, 0));
    const Place *found = nullptr;
    for (const Place &p : places) {
        if (p.roomId == 0 && foldText(p.venueName) == name) {
            // Two venues of that name (in different cities): neither is
            // taken rather than the wrong one.
            if (found)
                return nullptr;
            found = &p;
        }
    }
    return found;
}

/** @p notes with the imported location line replaced by @p location (or removed). */
QString notesWithLocation(const QString &notes, const QString &location)
{
    QStringList lines = notes.split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const QString &l) { return l.startsWith(locationPrefix); }),
                lines.end());
    if (!location.isEmpty())
        lines.append(locationPrefix + location);
    QString result = lines.join(QLatin1Char('\n')).trimmed();
    return result;
}

EventStatus statusFor(const QString &status, const std::optional<Event> &existing)
{
    if (status == QLatin1StringView("CONFIRMED"))
        return EventStatus::Confirmed;
    if (status == QLatin1StringView("CANCELLED"))
        return EventStatus::Cancelled;
    // TENTATIVE is what Podium writes for draft, planned and postponed
    // events alike; an existing event keeps whichever of them it has.
    if (existing && existing->status != EventStatus::Confirmed &&
        existing->status != EventStatus::Cancelled)
        return existing->status;
    if (existing && status.isEmpty())
        return existing->status;
    return EventStatus::Planned;
}

QStringList changes(const Event &before, const Event &after)
{
    // The names of what differs, listed after "changed:" in the reason of an update.
    QStringList changed;
    if (before.title != after.title)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "title",
                                                   "a part of an event that an import changes"));
    if (before.description != after.description)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "description",
                                                   "a part of an event that an import changes"));
    if (before.start != after.start)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "start",
                                                   "a part of an event that an import changes"));
    if (before.end != after.end)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "end",
                                                   "a part of an event that an import changes"));
    if (before.timeZone != after.timeZone)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "time zone",
                                                   "a part of an event that an import changes"));
    if (before.allDay != after.allDay)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "all-day",
                                                   "a part of an event that an import changes"));
    if (before.status != after.status)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "status",
                                                   "a part of an event that an import changes"));
    if (before.venueId != after.venueId || before.roomId != after.roomId)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "place",
                                                   "a part of an event that an import changes"));
    if (before.onlineUrl != after.onlineUrl)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "online link",
                                                   "a part of an event that an import changes"));
    if (before.publicUrl != after.publicUrl)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "web address",
                                                   "a part of an event that an import changes"));
    if (before.seriesId != after.seriesId)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "series",
                                                   "a part of an event that an import changes"));
    if (before.topic != after.topic)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "topic",
                                                   "a part of an event that an import changes"));
    if (before.notes != after.notes)
        changed.append(QCoreApplication::translate("Podium::ICalImport", "notes",
                                                   "a part of an event that an import changes"));
    return changed;
}

} // namespace

int ICalImport::Plan::count(Action action) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [action](const Step &s) { return s.action == action; }));
}

QString ICalImport::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QString ICalImport::occurrenceUid(const QString &uid, const QString &recurrenceId)
{
    return recurrenceId.isEmpty() ? uid : uid + QLatin1Char('/') + recurrenceId;
}

QString ICalImport::markdownFromPlainText(const QString &text)
{
    // CommonMark lets any ASCII punctuation be escaped with a backslash;
    // these are the characters that could start emphasis, code, links, HTML
    // or entities anywhere in a line.
    static const QString anywhere = QStringLiteral("\\`*_[]<>~|&");
    // These only mean something at the start of a line (headings, lists,
    // block quotes, thematic breaks).
    static const QString atStart = QStringLiteral("#-+=");
    static const QRegularExpression orderedList(QStringLiteral("^(\\d{1,9})([.)])"));

    // Lines of a paragraph are joined by U+2028 LINE SEPARATOR, which
    // CommonMark reads as text: Qt's Markdown reader would make a hard break
    // ("\\" at the end of a line) a paragraph of its own, and the export
    // would then set the lines apart by a blank line. QTextDocument shows
    // U+2028 as a line break, and the export writes it as one.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList paragraphs;
    QStringList lines;
    const QStringList input = normalized.split(QLatin1Char('\n'));
    for (const QString &raw : input) {
        QString line;
        qsizetype i = 0;
        // Leading spaces would be dropped or make a code block; no-break
        // spaces keep the indentation and read back as spaces (the export
        // turns them into spaces again).
        for (; i < raw.size() && (raw.at(i) == QLatin1Char(' ') || raw.at(i) == QLatin1Char('\t'));
             ++i)
            line += raw.at(i) == QLatin1Char('\t') ? QStringLiteral("\u00a0\u00a0\u00a0\u00a0")
                                                   : QStringLiteral("\u00a0");
        QString rest = raw.mid(i);
        while (!rest.isEmpty() && rest.back().isSpace())
            rest.chop(1);
        if (rest.isEmpty()) {
            if (!lines.isEmpty())
                paragraphs.append(lines.join(QChar::LineSeparator));
            lines.clear();
            continue;
        }
        QString escaped;
        const QRegularExpressionMatch number = orderedList.match(rest);
        qsizetype from = 0;
        if (number.hasMatch()) {
            escaped = number.captured(1) + QLatin1Char('\\') + number.captured(2);
            from = number.capturedLength(0);
        }
        for (qsizetype j = from; j < rest.size(); ++j) {
            const QChar c = rest.at(j);
            if (anywhere.contains(c) || (j == 0 && atStart.contains(c)))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        lines.append(line + escaped);
    }
    if (!lines.isEmpty())
        paragraphs.append(lines.join(QChar::LineSeparator));
    return paragraphs.join(QStringLiteral("\n\n"));
}

Language ICalImport::guessLanguage(const QString &text)
{
    static const QSet<QString> german{
        QStringLiteral("der"),      QStringLiteral("die"),       QStringLiteral("das"),
        QStringLiteral("und"),      QStringLiteral("mit"),       QStringLiteral("für"),
        QStringLiteral("über"),     QStringLiteral("zum"),       QStringLiteral("zur"),
        QStringLiteral("ein"),      QStringLiteral("eine"),      QStringLiteral("nicht"),
        QStringLiteral("ist"),      QStringLiteral("im"),        QStringLiteral("von"),
        QStringLiteral("auf"),      QStringLiteral("des"),       QStringLiteral("den"),
        QStringLiteral("dem"),      QStringLiteral("bei"),       QStringLiteral("wie"),
        QStringLiteral("wir"),      QStringLiteral("sie"),       QStringLiteral("uhr"),
        QStringLiteral("gespräch"), QStringLiteral("einladung"), QStringLiteral("vortrag"),
    };
    static const QSet<QString> english{
        QStringLiteral("the"),  QStringLiteral("and"),        QStringLiteral("of"),
        QStringLiteral("for"),  QStringLiteral("with"),       QStringLiteral("on"),
        QStringLiteral("in"),   QStringLiteral("to"),         QStringLiteral("a"),
        QStringLiteral("an"),   QStringLiteral("is"),         QStringLiteral("at"),
        QStringLiteral("from"), QStringLiteral("by"),         QStringLiteral("about"),
        QStringLiteral("we"),   QStringLiteral("our"),        QStringLiteral("meeting"),
        QStringLiteral("talk"), QStringLiteral("invitation"), QStringLiteral("this"),
    };
    static const QRegularExpression words(QStringLiteral("[^\\w]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    int de = 0;
    int en = 0;
    const QStringList tokens = text.toLower().split(words, Qt::SkipEmptyParts);
    for (const QString &w : tokens) {
        de += german.contains(w) ? 1 : 0;
        en += english.contains(w) ? 1 : 0;
        if (w.contains(QChar(0x00DF)) || w.contains(QChar(0x00E4)) || w.contains(QChar(0x00F6)) ||
            w.contains(QChar(0x00FC)))
            ++de;
    }
    return de > en ? Language::German : Language::English;
}

ICalImport::Plan ICalImport::plan(Database &db, const QByteArray &data, const Options &options)
{
    Plan plan;
    const ICalReader::Result read = ICalReader::read(data, options.reader);
    if (!read.error.isEmpty()) {
        plan.error = read.error;
        return plan;
    }
    EventRepository events(db);
    const QList<Place> places = placesOf(db);
    const QList<Series> series = SeriesRepository(db).all();
    QHash<QString, int> seen;

    for (const ICalReader::Entry &entry : read.entries) {
        Step step;
        step.line = entry.line;
        step.identity = occurrenceUid(entry.uid, entry.recurrenceId);
        step.title = entry.summary;
        if (!entry.skipReason.isEmpty()) {
            step.reason = entry.skipReason;
            plan.steps.append(step);
            continue;
        }
        if (seen.contains(step.identity)) {
            step.reason =
                QCoreApplication::translate("Podium::ICalImport", "the same event as line %1",
                                            "why an event is skipped")
                    .arg(seen.value(step.identity));
            plan.steps.append(step);
            continue;
        }
        seen.insert(step.identity, entry.line);
        if (entry.summary.isEmpty()) {
            step.reason = QCoreApplication::translate(
                "Podium::ICalImport", "it has no SUMMARY, and an event needs a title",
                "why an event is skipped");
            plan.steps.append(step);
            continue;
        }

        const std::optional<Event> existing = events.findByUid(step.identity);
        Event e = existing.value_or(Event{});
        // Without a language given, an existing event keeps its own and a
        // new one takes the language its text reads like.
        Language language = Language::English;
        if (options.language)
            language = *options.language;
        else if (existing)
            language = existing->language;
        else
            language = guessLanguage(entry.summary + QLatin1Char(' ') + entry.description);
        QStringList notes;
        if (!existing) {
            e.uid = step.identity;
            e.language = language;
        }
        e.title.set(language, entry.summary);
        e.description.set(language, markdownFromPlainText(entry.description));
        e.start = entry.start;
        e.end = entry.end;
        e.timeZone = entry.timeZone;
        e.allDay = entry.allDay;
        e.status = statusFor(entry.status, existing);
        e.icalSequence = qMax(entry.sequence, existing ? existing->icalSequence : 0);
        if (isWebAddress(entry.url))
            e.publicUrl = entry.url;
        else if (!entry.url.isEmpty())
            notes.append(QCoreApplication::translate("Podium::ICalImport",
                                                     "URL “%1” is no web address and was left out",
                                                     "a note on an imported event")
                             .arg(entry.url));

        // RFC 5545 §3.8.1.7: LOCATION is free text; only a venue of the
        // same name is taken as the place, the rest stays in the notes.
        // Apple writes the lines of an address as lines; the notes keep
        // the location on one line, as the export writes it.
        QStringList locationLines = entry.location.split(QLatin1Char('\n'));
        for (QString &l : locationLines)
            l = l.trimmed();
        locationLines.removeAll(QString());
        const QString location = locationLines.join(QStringLiteral(", "));
        QString unmatchedLocation;
        if (isWebAddress(location)) {
            e.onlineUrl = location;
        } else if (!location.isEmpty()) {
            bool exact = false;
            if (const Place *place = matchPlace(places, location, &exact)) {
                e.venueId = place->venueId;
                e.roomId = place->roomId;
                if (!exact) {
                    unmatchedLocation = location;
                    notes.append(
                        QCoreApplication::translate("Podium::ICalImport",
                                                    "held at the venue “%1”; the full location is "
                                                    "kept in the notes",
                                                    "a note on an imported event")
                            .arg(place->venueName));
                }
            } else {
                unmatchedLocation = location;
                notes.append(
                    QCoreApplication::translate("Podium::ICalImport",
                                                "no venue is named like the location; it is kept "
                                                "in the notes",
                                                "a note on an imported event"));
            }
        }
        e.notes = notesWithLocation(e.notes, unmatchedLocation);

        // RFC 5545 §3.8.1.2: CATEGORIES; one that names a series puts the
        // event in it, the others become its topic.
        QStringList topics;
        bool inSeries = false;
        for (const QString &category : entry.categories) {
            const QString folded = foldText(category);
            const auto match = std::find_if(series.cbegin(), series.cend(), [&](const Series &s) {
                return foldText(s.name.en) == folded || foldText(s.name.de) == folded;
            });
            if (!inSeries && match != series.cend()) {
                e.seriesId = match->id;
                inSeries = true;
            } else {
                topics.append(category);
            }
        }
        if (!entry.categories.isEmpty())
            e.topic.set(language, topics.join(QStringLiteral(", ")));
        if (!entry.zoneNote.isEmpty())
            notes.prepend(entry.zoneNote);

        const QList<ValidationIssue> issues = validate(e);
        if (!issues.isEmpty()) {
            step.reason = describeIssues(issues);
            plan.steps.append(step);
            continue;
        }
        if (!existing) {
            step.action = Action::Create;
            step.reason = notes.join(QStringLiteral("; "));
            step.event = e;
            plan.steps.append(step);
            continue;
        }
        // RFC 5546 §2.1.5: a lower SEQUENCE is an older version of the event.
        if (entry.sequence < existing->icalSequence) {
            step.reason =
                QCoreApplication::translate("Podium::ICalImport",
                                            "the database has a newer version (SEQUENCE %1, the "
                                            "file %2)",
                                            "why an event is skipped")
                    .arg(existing->icalSequence)
                    .arg(entry.sequence);
            plan.steps.append(step);
            continue;
        }
        const QStringList changed = changes(*existing, e);
        if (changed.isEmpty() && e.icalSequence == existing->icalSequence) {
            step.reason = QCoreApplication::translate("Podium::ICalImport", "unchanged",
                                                      "why an event is skipped");
            plan.steps.append(step);
            continue;
        }
        step.action = Action::Update;
        step.reason =
            changed.isEmpty()
                ? QStringLiteral("SEQUENCE %1 → %2").arg(existing->icalSequence).arg(entry.sequence)
                : QCoreApplication::translate("Podium::ICalImport", "changed: %1",
                                              "why an event is updated; %1 lists what changed")
                      .arg(changed.join(QStringLiteral(", ")));
        if (!notes.isEmpty())
            step.reason += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
        step.event = e;
        plan.steps.append(step);
    }
    return plan;
}

bool ICalImport::apply(Database &db, const Plan &plan, QString *error, Applied *applied)
{
    Applied written;
    if (!plan.error.isEmpty()) {
        if (error)
            *error = plan.error;
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    EventRepository events(db);
    const RecordStore store(db);
    for (const Step &step : plan.steps) {
        QString failure;
        bool ok = true;
        if (step.action == Action::Create) {
            Event e = step.event;
            ok = events.insert(e, &failure);
            if (ok)
                written.created.append(e.id);
        } else if (step.action == Action::Update) {
            const QVariantMap before = store.fetch(QStringLiteral("event"), step.event.id);
            ok = events.update(step.event, &failure);
            if (ok)
                written.updated.append(
                    {step.event.id, before, store.fetch(QStringLiteral("event"), step.event.id)});
        }
        if (!ok) {
            // The guard rolls everything back: an import is all or nothing.
            if (error)
                *error = QCoreApplication::translate(
                             "Podium::ICalImport",
                             "The event of line %1 (%2) cannot be saved: %3 Nothing "
                             "was imported.")
                             .arg(step.line)
                             .arg(step.identity, failure);
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (applied)
        *applied = written;
    return true;
}

} // namespace Podium
