#include "icalreader.h"

#include "vtimezone.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace Podium {

namespace {

// ---------------------------------------------------------------------------
// Structural pre-scan. libical accepts some broken files silently (an
// END:VTODO closing a BEGIN:VEVENT) and never reports line numbers, so the
// file is first read as content lines to check the nesting and to map
// libical's complaints back to lines.

struct ScanLine
{
    int line = 0;
    QString name;
    /** The unfolded content line. */
    QString text;
    /** What follows the first colon. */
    QString value;
};

struct ScanComponent
{
    QString name;
    int line = 0;
    std::vector<ScanLine> lines;
    std::vector<ScanComponent> children;
};

QString shortened(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

bool isPropertyName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        // RFC 5545 §3.1: name = iana-token / x-name (ALPHA, DIGIT and "-").
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString prescan(const QByteArray &data, std::vector<ScanComponent> *roots)
{
    QList<QByteArray> physical = data.split('\n');
    if (!physical.isEmpty() && physical.constFirst().startsWith("\xEF\xBB\xBF"))
        physical.first().remove(0, 3);

    // Logical (unfolded) lines with the number of their first physical line.
    QList<QPair<int, QString>> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray bytes = physical.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        if (decoder.hasError())
            return QCoreApplication::translate(
                       "Podium::ICalReader", "Line %1 is not valid UTF-8, which RFC 5545 requires.")
                .arg(i + 1);
        // RFC 5545 §3.1: a line that begins with a space or tab continues
        // the one before it.
        if (!text.isEmpty() &&
            (text.at(0) == QLatin1Char(' ') || text.at(0) == QLatin1Char('\t')) &&
            !logical.isEmpty()) {
            logical.last().second += text.mid(1);
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        logical.append({int(i + 1), text});
    }
    if (logical.isEmpty())
        return QCoreApplication::translate(
            "Podium::ICalReader",
            "The file is empty; an iCalendar file begins with BEGIN:VCALENDAR.");
    // A line longer than any real property is refused before libical sees
    // it: parsing megabytes of one line costs time and memory for nothing.
    for (const auto &[number, text] : std::as_const(logical)) {
        if (text.size() > ICalReader::maxLineLength)
            return QCoreApplication::translate(
                       "Podium::ICalReader",
                       "Line %1 is %L2 characters long; Podium reads calendar lines of "
                       "up to %L3.")
                .arg(number)
                .arg(text.size())
                .arg(ICalReader::maxLineLength);
    }
    if (logical.constFirst().second.trimmed().compare(QLatin1StringView("BEGIN:VCALENDAR"),
                                                      Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate(
                   "Podium::ICalReader",
                   "This is not an iCalendar file: line %1 reads “%2”, where an "
                   "iCalendar file begins with BEGIN:VCALENDAR.")
            .arg(logical.constFirst().first)
            .arg(shortened(logical.constFirst().second));

    std::vector<ScanComponent> stack;
    for (const auto &[number, text] : std::as_const(logical)) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        qsizetype nameEnd = colon;
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
        if (semicolon >= 0 && (colon < 0 || semicolon < colon))
            nameEnd = semicolon;
        const QString name = nameEnd < 0 ? QString() : text.left(nameEnd).toUpper();
        if (colon < 0 || !isPropertyName(name))
            return QCoreApplication::translate(
                       "Podium::ICalReader",
                       "Line %1 is not an iCalendar content line (NAME:value): “%2”.")
                .arg(number)
                .arg(shortened(text));
        const QString value = text.mid(colon + 1);
        if (name == QLatin1StringView("BEGIN")) {
            const QString component = value.trimmed().toUpper();
            if (stack.empty() && component != QLatin1StringView("VCALENDAR"))
                return QCoreApplication::translate(
                           "Podium::ICalReader", "Line %1: BEGIN:%2 stands outside any VCALENDAR.")
                    .arg(number)
                    .arg(component);
            stack.push_back(ScanComponent{component, number, {}, {}});
            continue;
        }
        if (name == QLatin1StringView("END")) {
            const QString component = value.trimmed().toUpper();
            if (stack.empty())
                return QCoreApplication::translate("Podium::ICalReader",
                                                   "Line %1: END:%2 closes nothing that was begun.")
                    .arg(number)
                    .arg(component);
            if (stack.back().name != component)
                return QCoreApplication::translate(
                           "Podium::ICalReader",
                           "Line %1: END:%2 cannot close BEGIN:%3 of line %4.")
                    .arg(number)
                    .arg(component, stack.back().name)
                    .arg(stack.back().line);
            ScanComponent done = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                roots->push_back(std::move(done));
            else
                stack.back().children.push_back(std::move(done));
            continue;
        }
        if (stack.empty())
            return QCoreApplication::translate(
                       "Podium::ICalReader",
                       "Line %1: “%2” stands outside BEGIN:VCALENDAR … END:VCALENDAR.")
                .arg(number)
                .arg(shortened(text));
        stack.back().lines.push_back(ScanLine{number, name, text, value});
    }
    if (!stack.empty())
        return QCoreApplication::translate(
                   "Podium::ICalReader",
                   "The file ends at line %1 before BEGIN:%2 of line %3 is closed by "
                   "END:%2.")
            .arg(logical.constLast().first)
            .arg(stack.back().name)
            .arg(stack.back().line);
    return {};
}

/** The first X-LIC-ERROR that libical left in @p c or below, with its line where it can be told. */
QString firstLibicalError(icalcomponent *c, const ScanComponent *scan)
{
    const QString kind = QString::fromUtf8(icalcomponent_kind_to_string(icalcomponent_isa(c)));
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        QString message = QString::fromUtf8(icalproperty_get_xlicerror(p));
        // Google writes empty DESCRIPTION and LOCATION properties; libical
        // drops them with a complaint, and an absent value is what they mean.
        if (message.startsWith(QLatin1StringView("No value for ")))
            continue;
        // libical ends its messages with the offending text after ": ".
        const qsizetype colon = message.lastIndexOf(QStringLiteral(": "));
        const QString offending = colon >= 0 ? message.mid(colon + 2).trimmed() : QString();
        QString reason = colon >= 0 ? message.left(colon) : message;
        reason.remove(QStringLiteral(" Removing entire property"));
        reason = reason.trimmed();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        if (scan && !offending.isEmpty()) {
            for (const ScanLine &l : scan->lines) {
                if (l.text.trimmed() == offending || l.value.trimmed() == offending)
                    return QCoreApplication::translate(
                               "Podium::ICalReader",
                               "Line %1 (in the %2 of line %3) cannot be read: “%4”. "
                               "libical says: %5.")
                        .arg(l.line)
                        .arg(kind)
                        .arg(scan->line)
                        .arg(shortened(l.text), reason);
            }
        }
        if (scan)
            return QCoreApplication::translate(
                       "Podium::ICalReader",
                       "The %1 that begins on line %2 cannot be read. libical says: "
                       "%3.")
                .arg(kind)
                .arg(scan->line)
                .arg(message);
        return QCoreApplication::translate("Podium::ICalReader",
                                           "A %1 cannot be read. libical says: %2.")
            .arg(kind, message);
    }
    std::size_t index = 0;
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT), ++index) {
        const ScanComponent *child =
            scan && index < scan->children.size() ? &scan->children.at(index) : nullptr;
        const QString error = firstLibicalError(s, child);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

struct LibicalDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, LibicalDeleter>;

// ---------------------------------------------------------------------------
// Time zones.

/** How the times of one TZID are read and shown. */
struct Zone
{
    /** The file's VTIMEZONE, owned by the calendar component; null if there is none. */
    icaltimezone *ical = nullptr;
    /** Used to read times when the file brings no VTIMEZONE. */
    QTimeZone qt;
    /** The IANA zone the event is shown in. */
    QByteArray iana;
    QString note;
    QString problem;
};

QDateTime utcFromFields(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second),
                     QTimeZone::utc());
}

icaltimetype fieldsOf(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

int icalOffsetAt(icaltimezone *zone, const QDateTime &utc)
{
    icaltimetype t = fieldsOf(utc);
    t.zone = icaltimezone_get_utc_timezone();
    int daylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &t, &daylight);
}

QDateTime toUtc(icaltimetype local, const Zone &zone)
{
    const QDate date(local.year, local.month, local.day);
    const QTime time(local.hour, local.minute, local.second);
    // RFC 5545 §3.3.5: a local time that occurs twice is the first of
    // them, one skipped by a change to daylight saving time is read with
    // the offset before the change. Neither libical's conversion nor
    // QDateTime is relied on for that.
    if (zone.ical) {
        // RFC 5545 §3.6.5: the file's VTIMEZONE defines what its local
        // times mean, whatever its TZID is called.
        return VTimeZone::resolveLocal(
            date, time, [&zone](const QDateTime &utc) { return icalOffsetAt(zone.ical, utc); });
    }
    return VTimeZone::resolveLocal(date, time, zone.qt);
}

icaltimetype toLocal(const QDateTime &utc, const Zone &zone)
{
    if (zone.ical) {
        icaltimetype t = fieldsOf(utc.toUTC());
        icaltimezone_convert_time(&t, icaltimezone_get_utc_timezone(), zone.ical);
        t.zone = nullptr;
        return t;
    }
    return fieldsOf(utc.toTimeZone(zone.qt));
}

bool sameOffsets(icaltimezone *ical, const QTimeZone &candidate, int year)
{
    for (int month = 1; month <= 12; ++month) {
        for (const int day : {1, 15}) {
            const QDateTime at(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
            icaltimetype t = fieldsOf(at);
            t.zone = icaltimezone_get_utc_timezone();
            int daylight = 0;
            if (icaltimezone_get_utc_offset_of_utc_time(ical, &t, &daylight) !=
                candidate.offsetFromUtc(at))
                return false;
        }
    }
    return true;
}

/** An IANA zone that has the offsets of @p ical throughout @p year, or empty. */
QByteArray zoneWithSameOffsets(icaltimezone *ical, int year, const QByteArray &preferred)
{
    // The foundation's own zone first, then the zone each Windows zone
    // stands for (the well-known city of each offset pattern), then the rest;
    // each group sorted, so that the choice is the same on every run.
    QList<QByteArray> candidates{preferred};
    QList<QByteArray> primary;
    QList<QByteArray> other;
    const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : all) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
        if (!windows.isEmpty() && QTimeZone::windowsIdToDefaultIanaId(windows) == id)
            primary.append(id);
        else
            other.append(id);
    }
    std::sort(primary.begin(), primary.end());
    std::sort(other.begin(), other.end());
    candidates << primary << other;
    for (const QByteArray &id : std::as_const(candidates)) {
        const QTimeZone zone(id);
        if (zone.isValid() && sameOffsets(ical, zone, year))
            return id;
    }
    return {};
}

/** What one VCALENDAR needs while its events are read. */
struct Calendar
{
    icalcomponent *component = nullptr;
    const ICalReader::Options *options = nullptr;
    /** Floating times and all-day dates are read in this zone. */
    Zone floating;
    /** X-WR-TIMEZONE, if it names a known zone: how events in UTC are shown. */
    QByteArray calendarZone;
    // A node-based map: resolved values point at their Zone.
    std::map<QString, Zone> zones;

    const Zone &zone(const QString &tzid, int year)
    {
        auto it = zones.find(tzid);
        if (it != zones.end())
            return it->second;
        Zone z;
        z.ical = icalcomponent_get_timezone(component, tzid.toUtf8().constData());
        QByteArray iana = ICalReader::ianaZone(tzid);
        if (!iana.isEmpty() && iana != tzid.toUtf8() && !tzid.contains(QLatin1Char('/')))
            z.note =
                QCoreApplication::translate("Podium::ICalReader", "Windows zone “%1” read as %2",
                                            "how the time zone of an event was found")
                    .arg(tzid, QString::fromUtf8(iana));
        if (iana.isEmpty() && z.ical) {
            // Thunderbird and Apple name the IANA zone in X-LIC-LOCATION.
            const char *location = icaltimezone_get_location(z.ical);
            if (location)
                iana = ICalReader::ianaZone(QString::fromUtf8(location));
        }
        if (iana.isEmpty() && z.ical) {
            iana = zoneWithSameOffsets(z.ical, year, options->defaultZone);
            z.note = iana.isEmpty() ? QCoreApplication::translate(
                                          "Podium::ICalReader",
                                          "the file's own zone “%1” matches no IANA zone; times "
                                          "are kept right but shown in UTC",
                                          "how the time zone of an event was found")
                                          .arg(tzid)
                                    : QCoreApplication::translate(
                                          "Podium::ICalReader",
                                          "the file's own zone “%1” has no IANA name; shown as "
                                          "%2, which has the same offsets in %3",
                                          "how the time zone of an event was found")
                                          .arg(tzid, QString::fromUtf8(iana))
                                          .arg(year);
            if (iana.isEmpty())
                iana = QByteArrayLiteral("UTC");
        }
        if (!z.ical) {
            if (iana.isEmpty())
                z.problem = QCoreApplication::translate(
                                "Podium::ICalReader",
                                "its time zone “%1” has no VTIMEZONE in the file and "
                                "is not a known zone name",
                                "why an event is skipped")
                                .arg(tzid);
            else
                z.qt = QTimeZone(iana);
        }
        z.iana = iana;
        return zones.emplace(tzid, z).first->second;
    }
};

/** A DATE or DATE-TIME value resolved. */
struct When
{
    bool isDate = false;
    QDate date;
    QDateTime utc;
    /** The zone the value was written in; null for UTC and for dates. */
    const Zone *zone = nullptr;
    /** The value as written, without its zone. */
    icaltimetype local = icaltime_null_time();
    QString problem;
};

When resolve(icalproperty *p, icaltimetype t, Calendar &calendar)
{
    When w;
    w.local = t;
    w.local.zone = nullptr;
    if (t.is_date) {
        w.isDate = true;
        w.date = QDate(t.year, t.month, t.day);
        return w;
    }
    icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (tzid && !icaltime_is_utc(t)) {
        const Zone &z = calendar.zone(QString::fromUtf8(icalparameter_get_tzid(tzid)), t.year);
        if (!z.problem.isEmpty()) {
            w.problem = z.problem;
            return w;
        }
        w.zone = &z;
        w.utc = toUtc(t, z);
    } else if (icaltime_is_utc(t)) {
        w.utc = utcFromFields(t);
    } else {
        // RFC 5545 §3.3.5 form 1: floating time, the same wall-clock time
        // everywhere; read in the calendar's zone.
        w.zone = &calendar.floating;
        w.utc = toUtc(t, calendar.floating);
    }
    return w;
}

QString keyOf(const When &w)
{
    return w.isDate ? w.date.toString(QStringLiteral("yyyyMMdd"))
                    : w.utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// ---------------------------------------------------------------------------
// Events.

/** A text of an event that may be too long to import. */
enum class TooLong { Title, Location, Url, Description };

/** Why an event whose @p what is @p length characters long (of @p limit) is skipped. */
QString tooLongReason(TooLong what, qsizetype length, qsizetype limit)
{
    QString reason;
    switch (what) {
    case TooLong::Title:
        reason = QCoreApplication::translate(
            "Podium::ICalReader", "its title is %L1 characters long; Podium takes up to %L2",
            "why an event is skipped");
        break;
    case TooLong::Location:
        reason = QCoreApplication::translate(
            "Podium::ICalReader", "its location is %L1 characters long; Podium takes up to %L2",
            "why an event is skipped");
        break;
    case TooLong::Url:
        reason = QCoreApplication::translate(
            "Podium::ICalReader", "its URL is %L1 characters long; Podium takes up to %L2",
            "why an event is skipped");
        break;
    case TooLong::Description:
        reason = QCoreApplication::translate(
            "Podium::ICalReader", "its description is %L1 characters long; Podium takes up to %L2",
            "why an event is skipped");
        break;
    }
    return reason.arg(length).arg(limit);
}

/** Reads the fields of one VEVENT; start and end as written (no recurrence). */
ICalReader::Entry readEvent(icalcomponent *ev, int line, Calendar &calendar, When *start)
{
    ICalReader::Entry e;
    e.line = line;
    e.uid = text(icalcomponent_get_uid(ev));
    e.summary = text(icalcomponent_get_summary(ev));
    e.description = icalcomponent_get_first_property(ev, ICAL_DESCRIPTION_PROPERTY)
                        ? QString::fromUtf8(icalcomponent_get_description(ev)).trimmed()
                        : QString();
    e.location = text(icalcomponent_get_location(ev));
    if (icalproperty *url = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY))
        e.url = text(icalproperty_get_url(url));
    switch (icalcomponent_get_status(ev)) {
    case ICAL_STATUS_TENTATIVE:
        e.status = QStringLiteral("TENTATIVE");
        break;
    case ICAL_STATUS_CONFIRMED:
        e.status = QStringLiteral("CONFIRMED");
        break;
    case ICAL_STATUS_CANCELLED:
        e.status = QStringLiteral("CANCELLED");
        break;
    default:
        break;
    }
    if (icalproperty *seq = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
        e.sequence = qMax(0, icalproperty_get_sequence(seq));
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_CATEGORIES_PROPERTY)) {
        const QString category = text(icalproperty_get_categories(p));
        if (!category.isEmpty() && !e.categories.contains(category))
            e.categories.append(category);
    }
    e.recurring = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) ||
                  icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY) ||
                  icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY);
    if (e.uid.isEmpty()) {
        e.skipReason = QCoreApplication::translate(
            "Podium::ICalReader", "it has no UID, so a later import could not update it",
            "why an event is skipped");
        return e;
    }
    // Text beyond any real title or description is refused rather than
    // stored (and printed, and exported again) whole.
    const struct
    {
        const QString &value;
        qsizetype limit;
        TooLong what;
    } limits[] = {{e.summary, ICalReader::maxTitleLength, TooLong::Title},
                  {e.location, ICalReader::maxTitleLength, TooLong::Location},
                  {e.url, ICalReader::maxTitleLength, TooLong::Url},
                  {e.description, ICalReader::maxDescriptionLength, TooLong::Description}};
    for (const auto &l : limits) {
        if (l.value.size() > l.limit) {
            e.skipReason = tooLongReason(l.what, l.value.size(), l.limit);
            e.summary = e.summary.left(80);
            e.description.clear();
            e.location = e.location.left(80);
            e.url.clear();
            return e;
        }
    }

    icalproperty *dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    if (!dtstart) {
        e.skipReason = QCoreApplication::translate("Podium::ICalReader", "it has no DTSTART",
                                                   "why an event is skipped");
        return e;
    }
    *start = resolve(dtstart, icalproperty_get_dtstart(dtstart), calendar);
    if (!start->problem.isEmpty()) {
        e.skipReason = start->problem;
        return e;
    }
    const QTimeZone allDayZone(calendar.floating.iana);
    if (start->isDate) {
        // RFC 5545 §3.6.1: an all-day event; DTEND is the day after the last.
        e.allDay = true;
        e.timeZone = calendar.floating.iana;
        QDate endDate = start->date.addDays(1);
        if (icalproperty *dtend = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            const icaltimetype t = icalproperty_get_dtend(dtend);
            endDate = QDate(t.year, t.month, t.day);
        } else if (icalproperty *d = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            const icaldurationtype duration = icalproperty_get_duration(d);
            endDate = start->date.addDays(qMax(1, int(duration.weeks * 7 + duration.days)));
        }
        e.start = VTimeZone::resolveLocal(start->date, QTime(0, 0), allDayZone);
        e.end =
            VTimeZone::resolveLocal(qMax(endDate, start->date.addDays(1)), QTime(0, 0), allDayZone);
        return e;
    }

    e.start = start->utc;
    if (start->zone) {
        e.timeZone = start->zone->iana;
        e.zoneNote =
            start->zone == &calendar.floating
                ? QCoreApplication::translate("Podium::ICalReader", "floating time read in %1",
                                              "how the time zone of an event was found")
                      .arg(QString::fromUtf8(calendar.floating.iana))
                : start->zone->note;
    } else {
        // Google writes every time in UTC and names its zone in
        // X-WR-TIMEZONE; without one, the event is kept in UTC.
        e.timeZone =
            calendar.calendarZone.isEmpty() ? QByteArrayLiteral("UTC") : calendar.calendarZone;
    }
    if (icalproperty *dtend = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
        const When end = resolve(dtend, icalproperty_get_dtend(dtend), calendar);
        if (!end.problem.isEmpty()) {
            e.skipReason = end.problem;
            return e;
        }
        e.end = end.isDate ? VTimeZone::resolveLocal(end.date, QTime(0, 0), allDayZone) : end.utc;
        // A start in UTC with an end in a zone: Podium writes the second
        // occurrence of a repeated local time in UTC; the event's zone is
        // the one its end names.
        if (!start->zone && end.zone && end.zone != &calendar.floating) {
            e.timeZone = end.zone->iana;
            e.zoneNote = end.zone->note;
        }
    } else if (icalproperty *d = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
        // RFC 5545 §3.3.6: days and weeks are nominal (the same local time
        // on a later day), hours, minutes and seconds exact.
        const icaldurationtype duration = icalproperty_get_duration(d);
        const int sign = duration.is_neg ? -1 : 1;
        icaltimetype local = start->local;
        icaltime_adjust(&local, sign * int(duration.weeks * 7 + duration.days), 0, 0, 0);
        const QDateTime dayShifted =
            start->zone ? toUtc(local, *start->zone) : utcFromFields(local);
        e.end = dayShifted.addSecs(
            sign * qint64(duration.hours * 3600 + duration.minutes * 60 + duration.seconds));
    } else {
        // RFC 5545 §3.6.1: a DATE-TIME start without end lasts no time.
        e.end = e.start;
    }
    return e;
}

struct Occurrence
{
    QDateTime utc;
    QDate date;
};

QDate localDay(const ICalReader::Entry &e, const QDateTime &utc)
{
    QTimeZone zone(e.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return utc.toTimeZone(zone).date();
}

/**
 * The occurrences of a recurring master (RFC 5545 §3.8.5): DTSTART, the
 * RRULE's and the RDATEs, less the EXDATEs, keyed by their RECURRENCE-ID.
 * Without expansion only enough are generated to find the first.
 */
QMap<QString, Occurrence> occurrences(icalcomponent *ev, const When &start, Calendar &calendar,
                                      QString *problem)
{
    const ICalReader::Options &options = *calendar.options;
    QMap<QString, Occurrence> result;
    auto add = [&](const When &w) { result.insert(keyOf(w), Occurrence{w.utc, w.date}); };
    add(start);

    QSet<QString> excluded;
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
        const When w = resolve(p, icalproperty_get_exdate(p), calendar);
        if (w.problem.isEmpty())
            excluded.insert(keyOf(w));
    }
    const qsizetype enoughForFirst = excluded.size() + 2;

    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (!icaltime_is_null_time(rule.until) && !rule.until.is_date && !start.isDate &&
            icaltime_is_utc(rule.until) && start.zone) {
            // RFC 5545 §3.3.10: UNTIL is in UTC when DTSTART has a zone; the
            // iterator compares it with local times, so it is made local too.
            rule.until = toLocal(utcFromFields(rule.until), *start.zone);
        }
        rule.until.zone = nullptr;
        icaltimetype first = start.local;
        first.zone = nullptr;
        icalrecur_iterator *it = icalrecur_iterator_new(rule, first);
        if (!it) {
            *problem = QCoreApplication::translate(
                "Podium::ICalReader", "libical cannot expand its RRULE", "why an event is skipped");
            return {};
        }
        int generated = 0;
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(it)) {
            // A rule without end is cut off: ten thousand occurrences are
            // decades of weekly events.
            if (++generated > 10000)
                break;
            if (options.expand && options.expandTo.isValid() &&
                QDate(t.year, t.month, t.day) > options.expandTo.addDays(1))
                break;
            if (!options.expand && result.size() >= enoughForFirst)
                break;
            When w;
            w.isDate = start.isDate;
            w.local = t;
            if (w.isDate)
                w.date = QDate(t.year, t.month, t.day);
            else
                w.utc = start.zone ? toUtc(t, *start.zone) : utcFromFields(t);
            add(w);
        }
        icalrecur_iterator_free(it);
    }

    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time;
        const When w = resolve(p, t, calendar);
        if (w.problem.isEmpty() && w.isDate == start.isDate)
            add(w);
    }
    for (const QString &key : std::as_const(excluded))
        result.remove(key);
    return result;
}

/** Moves an entry read from the master to one of its occurrences. */
ICalReader::Entry atOccurrence(const ICalReader::Entry &master, const Occurrence &o)
{
    ICalReader::Entry e = master;
    if (master.allDay) {
        const QTimeZone zone(master.timeZone);
        const qint64 days =
            master.start.toTimeZone(zone).date().daysTo(master.end.toTimeZone(zone).date());
        e.start = VTimeZone::resolveLocal(o.date, QTime(0, 0), zone);
        e.end = VTimeZone::resolveLocal(o.date.addDays(days), QTime(0, 0), zone);
    } else {
        e.start = o.utc;
        e.end = o.utc.addSecs(master.start.secsTo(master.end));
    }
    return e;
}

bool inRange(const ICalReader::Options &options, const ICalReader::Entry &e)
{
    const QDate day = localDay(e, e.start);
    return (!options.expandFrom.isValid() || day >= options.expandFrom) &&
           (!options.expandTo.isValid() || day <= options.expandTo);
}

void readCalendar(icalcomponent *vcalendar, const ScanComponent &scan,
                  const ICalReader::Options &options, QList<ICalReader::Entry> *entries)
{
    Calendar calendar;
    calendar.component = vcalendar;
    calendar.options = &options;
    for (icalproperty *p = icalcomponent_get_first_property(vcalendar, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(vcalendar, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), "X-WR-TIMEZONE") == 0)
            calendar.calendarZone = ICalReader::ianaZone(text(icalproperty_get_x(p)));
    }
    calendar.floating.iana =
        calendar.calendarZone.isEmpty() ? options.defaultZone : calendar.calendarZone;
    calendar.floating.qt = QTimeZone(calendar.floating.iana);
    if (!calendar.floating.qt.isValid()) {
        calendar.floating.iana = QByteArrayLiteral("UTC");
        calendar.floating.qt = QTimeZone::utc();
    }

    // The VEVENTs with the line of each, and the overridden occurrences of
    // recurring events (RFC 5545 §3.8.4.4) by UID.
    struct Component
    {
        icalcomponent *ev;
        int line;
    };
    QList<Component> events;
    QHash<QString, QList<Component>> overrides;
    std::size_t index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(vcalendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(vcalendar, ICAL_ANY_COMPONENT), ++index) {
        if (icalcomponent_isa(c) != ICAL_VEVENT_COMPONENT)
            continue;
        const int line = index < scan.children.size() ? scan.children.at(index).line : 0;
        if (icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY))
            overrides[text(icalcomponent_get_uid(c))].append({c, line});
        else
            events.append({c, line});
    }
    QSet<QString> masters;
    for (const Component &c : std::as_const(events))
        masters.insert(text(icalcomponent_get_uid(c.ev)));

    auto readOverride = [&](const Component &c, QString *key) {
        When start;
        ICalReader::Entry e = readEvent(c.ev, c.line, calendar, &start);
        icalproperty *rid = icalcomponent_get_first_property(c.ev, ICAL_RECURRENCEID_PROPERTY);
        const When w = resolve(rid, icalproperty_get_recurrenceid(rid), calendar);
        if (!w.problem.isEmpty() && e.skipReason.isEmpty())
            e.skipReason = w.problem;
        *key = keyOf(w);
        e.recurrenceId = *key;
        return e;
    };

    for (const Component &c : std::as_const(events)) {
        When start;
        ICalReader::Entry master = readEvent(c.ev, c.line, calendar, &start);
        if (!master.skipReason.isEmpty() || !master.recurring) {
            entries->append(master);
            continue;
        }
        QString problem;
        const QMap<QString, Occurrence> all = occurrences(c.ev, start, calendar, &problem);
        if (!problem.isEmpty()) {
            master.skipReason = problem;
            entries->append(master);
            continue;
        }
        QHash<QString, ICalReader::Entry> overridden;
        for (const Component &o : overrides.value(master.uid)) {
            QString key;
            ICalReader::Entry e = readOverride(o, &key);
            overridden.insert(key, e);
        }
        if (!options.expand) {
            // The series as one event: its first occurrence, under the UID
            // of the series, so that another import of the file updates it.
            if (all.isEmpty()) {
                master.skipReason = QCoreApplication::translate(
                    "Podium::ICalReader", "every occurrence is excluded by EXDATE",
                    "why an event is skipped");
                entries->append(master);
                continue;
            }
            const QString firstKey = all.firstKey();
            ICalReader::Entry first = overridden.contains(firstKey)
                                          ? overridden.value(firstKey)
                                          : atOccurrence(master, all.first());
            first.recurrenceId.clear();
            entries->append(first);
            for (auto it = overridden.cbegin(); it != overridden.cend(); ++it) {
                if (it.key() == firstKey)
                    continue;
                ICalReader::Entry skipped = it.value();
                if (skipped.skipReason.isEmpty())
                    skipped.skipReason = QCoreApplication::translate(
                        "Podium::ICalReader",
                        "a changed occurrence of a recurring event of which only the first "
                        "occurrence is imported; expand the event to import it",
                        "why an event is skipped");
                entries->append(skipped);
            }
            continue;
        }
        QList<ICalReader::Entry> expanded;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            ICalReader::Entry e = overridden.contains(it.key()) ? overridden.take(it.key())
                                                                : atOccurrence(master, it.value());
            e.recurrenceId = it.key();
            if (inRange(options, e))
                expanded.append(e);
        }
        // Occurrences moved to a date of their own that the rule does not
        // generate still count.
        for (auto it = overridden.cbegin(); it != overridden.cend(); ++it) {
            if (!it.value().skipReason.isEmpty() || inRange(options, it.value()))
                expanded.append(it.value());
        }
        std::sort(expanded.begin(), expanded.end(),
                  [](const ICalReader::Entry &a, const ICalReader::Entry &b) {
                      return a.start < b.start;
                  });
        entries->append(expanded);
    }

    // A changed occurrence sent on its own, as invitations to one date of a
    // series are: it is an event in its own right, still known by UID and
    // RECURRENCE-ID.
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (masters.contains(it.key()))
            continue;
        for (const Component &c : it.value()) {
            QString key;
            entries->append(readOverride(c, &key));
        }
    }
}

} // namespace

QByteArray ICalReader::ianaZone(const QString &tzid)
{
    const QByteArray id = tzid.trimmed().toUtf8();
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return id;
    // Thunderbird once wrote "/mozilla.org/20050126_1/Europe/Berlin" and
    // libical "/freeassociation.sourceforge.net/Europe/Berlin".
    for (qsizetype slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
        const QByteArray tail = id.mid(slash + 1);
        if (!tail.isEmpty() && QTimeZone::isTimeZoneIdAvailable(tail))
            return tail;
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty() && QTimeZone::isTimeZoneIdAvailable(windows))
        return windows;
    return {};
}

ICalReader::Result ICalReader::read(const QByteArray &data, const Options &options)
{
    Result result;
    std::vector<ScanComponent> scanned;
    result.error = prescan(data, &scanned);
    if (!result.error.isEmpty())
        return result;

    // libical reads a NUL-terminated string; QByteArray guarantees the NUL.
    ComponentPtr root(icalparser_parse_string(data.constData()));
    if (!root) {
        result.error = QCoreApplication::translate("Podium::ICalReader",
                                                   "libical cannot read the file as iCalendar.");
        return result;
    }
    // Several VCALENDARs in one file come back under an XROOT.
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_ANY_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_ANY_COMPONENT))
            calendars.append(c);
    } else {
        calendars.append(root.get());
    }
    if (std::size_t(calendars.size()) != scanned.size()) {
        result.error =
            QCoreApplication::translate(
                "Podium::ICalReader", "libical finds %1 calendars in the file where there are %2.")
                .arg(calendars.size())
                .arg(scanned.size());
        return result;
    }
    for (qsizetype i = 0; i < calendars.size(); ++i) {
        if (icalcomponent_isa(calendars.at(i)) != ICAL_VCALENDAR_COMPONENT) {
            result.error =
                QCoreApplication::translate("Podium::ICalReader",
                                            "The component that begins on line %1 is no VCALENDAR.")
                    .arg(scanned.at(std::size_t(i)).line);
            return result;
        }
        result.error = firstLibicalError(calendars.at(i), &scanned.at(std::size_t(i)));
        if (!result.error.isEmpty())
            return result;
    }
    for (qsizetype i = 0; i < calendars.size(); ++i)
        readCalendar(calendars.at(i), scanned.at(std::size_t(i)), options, &result.entries);
    return result;
}

} // namespace Podium
