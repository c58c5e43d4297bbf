#include "vtimezone.h"

#include "icalwriter.h"

#include <QList>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace Podium {

namespace {

struct Transition
{
    QDateTime atUtc;
    int offsetBefore = 0;
    int offsetAfter = 0;
    bool daylight = false;
    QString abbreviation;
};

/** A yearly rule: the ordinal weekday of a month, at a local wall-clock time. */
struct Rule
{
    int month = 1;
    int ordinal = 1; // 1..4, or -1 for the last
    int weekday = 7; // Qt numbering, Monday = 1
    QTime localTime;
    Transition sample;

    QDate dateIn(int year) const
    {
        if (ordinal > 0) {
            const QDate first(year, month, 1);
            return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (ordinal - 1));
        }
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }

    QDateTime instantIn(int year) const
    {
        return QDateTime(dateIn(year), localTime, QTimeZone::utc()).addSecs(-sample.offsetBefore);
    }
};

const char *const weekdayNames[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QDateTime startOfYear(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc());
}

QList<Transition> transitionsBetween(const QTimeZone &zone, const QDateTime &from,
                                     const QDateTime &to)
{
    QList<Transition> out;
    if (!zone.hasTransitions())
        return out;
    const QTimeZone::OffsetDataList list = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &d : list) {
        Transition t;
        t.atUtc = d.atUtc.toUTC();
        t.offsetBefore = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        t.offsetAfter = d.offsetFromUtc;
        t.daylight = d.daylightTimeOffset != 0;
        t.abbreviation = d.abbreviation;
        // Some zone data lists changes of name alone; they change no clock.
        if (t.offsetBefore != t.offsetAfter)
            out.append(t);
    }
    return out;
}

/** The wall-clock time just before @p t, as the RFC wants DTSTART of an onset. */
QDateTime localBefore(const Transition &t)
{
    // RFC 5545 §3.6.5: DTSTART of an observance is local time in the offset
    // that was in force before it (TZOFFSETFROM).
    return t.atUtc.toUTC().addSecs(t.offsetBefore);
}

QList<Rule> candidateRules(const Transition &t)
{
    const QDateTime local = localBefore(t);
    const QDate d = local.date();
    QList<Rule> rules;
    Rule r;
    r.month = d.month();
    r.weekday = d.dayOfWeek();
    r.localTime = local.time();
    r.sample = t;
    if (d.day() + 7 > d.daysInMonth()) {
        r.ordinal = -1;
        rules.append(r);
    }
    if (d.day() <= 28) {
        r.ordinal = (d.day() - 1) / 7 + 1;
        rules.append(r);
    }
    return rules;
}

bool sameClocks(const Transition &a, const Transition &b)
{
    return a.offsetBefore == b.offsetBefore && a.offsetAfter == b.offsetAfter &&
           a.daylight == b.daylight;
}

/** Finds a rule among @p candidates that yields exactly the transitions seen in every year. */
std::optional<Rule> verifiedRule(const QList<Rule> &candidates,
                                 const QList<QList<Transition>> &years, int firstYear)
{
    for (const Rule &rule : candidates) {
        bool ok = true;
        for (int i = 0; ok && i < years.size(); ++i) {
            const QDateTime expected = rule.instantIn(firstYear + i);
            bool found = false;
            for (const Transition &t : years.at(i)) {
                if (t.atUtc == expected && sameClocks(t, rule.sample))
                    found = true;
            }
            ok = found;
        }
        if (ok)
            return rule;
    }
    return std::nullopt;
}

void writeObservance(ICalWriter &w, bool daylight, const QDateTime &localStart, int from, int to,
                     const QString &name, const QString &rrule)
{
    const QString component = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    w.begin(component);
    w.raw(QStringLiteral("DTSTART"), ICalWriter::localDateTime(localStart));
    w.raw(QStringLiteral("RRULE"), rrule);
    w.raw(QStringLiteral("TZOFFSETFROM"), VTimeZone::offset(from));
    w.raw(QStringLiteral("TZOFFSETTO"), VTimeZone::offset(to));
    w.text(QStringLiteral("TZNAME"), name);
    w.end(component);
}

} // namespace

QString VTimeZone::offset(int seconds)
{
    // RFC 5545 §3.3.14: "-0000" is not allowed; zero is "+0000".
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = seconds < 0 ? -seconds : seconds;
    QString text = sign + QStringLiteral("%1%2")
                              .arg(a / 3600, 2, 10, QLatin1Char('0'))
                              .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (a % 60 != 0)
        text += QStringLiteral("%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return text;
}

void VTimeZone::write(ICalWriter &w, const QTimeZone &zone, int firstYear, int lastYear)
{
    if (lastYear < firstYear)
        lastYear = firstYear;
    const QDateTime rangeStart = startOfYear(firstYear);
    const QDateTime rangeEnd = startOfYear(lastYear + 1).addSecs(-1);

    w.begin(QStringLiteral("VTIMEZONE"));
    // RFC 5545 §3.8.3.1: the TZID is the IANA name itself, which Outlook,
    // Google and Apple map to their own zone; a made-up name shifts events.
    w.raw(QStringLiteral("TZID"), QString::fromUtf8(zone.id()));

    const QList<Transition> all = transitionsBetween(zone, rangeStart, rangeEnd);
    const QDateTime epochLocal(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    if (all.isEmpty()) {
        // No clock change in the years in use: one STANDARD observance.
        const int off = zone.offsetFromUtc(rangeStart);
        writeObservance(w, false, epochLocal, off, off, zone.abbreviation(rangeStart), {});
        w.end(QStringLiteral("VTIMEZONE"));
        return;
    }

    QList<QList<Transition>> years;
    for (int y = firstYear; y <= lastYear; ++y) {
        QList<Transition> inYear;
        for (const Transition &t : all) {
            if (t.atUtc.date().year() == y)
                inYear.append(t);
        }
        years.append(inYear);
    }

    // The compact form needs exactly one onset of daylight and one of
    // standard time in every year, each on a yearly rule.
    bool twoPerYear = true;
    for (const QList<Transition> &inYear : std::as_const(years)) {
        if (inYear.size() != 2 || inYear.at(0).daylight == inYear.at(1).daylight)
            twoPerYear = false;
    }
    if (twoPerYear) {
        const QList<Transition> &sample = years.constFirst();
        const std::optional<Rule> a = verifiedRule(candidateRules(sample.at(0)), years, firstYear);
        const std::optional<Rule> b = verifiedRule(candidateRules(sample.at(1)), years, firstYear);
        if (a && b) {
            const Rule &daylight = a->sample.daylight ? *a : *b;
            const Rule &standard = a->sample.daylight ? *b : *a;
            for (const Rule *r : {&standard, &daylight}) {
                const QString rrule = QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3")
                                          .arg(r->month)
                                          .arg(r->ordinal)
                                          .arg(QLatin1StringView(weekdayNames[r->weekday - 1]));
                writeObservance(w, r->sample.daylight,
                                QDateTime(r->dateIn(1970), r->localTime, QTimeZone::utc()),
                                r->sample.offsetBefore, r->sample.offsetAfter,
                                r->sample.abbreviation, rrule);
            }
            w.end(QStringLiteral("VTIMEZONE"));
            return;
        }
    }

    // The rules changed within the years in use, or follow no ordinal
    // weekday: the state at the start of the range, then every change.
    const int startOffset = zone.offsetFromUtc(rangeStart);
    writeObservance(w, zone.isDaylightTime(rangeStart), rangeStart.addSecs(startOffset),
                    startOffset, startOffset, zone.abbreviation(rangeStart), {});
    for (const Transition &t : all)
        writeObservance(w, t.daylight, localBefore(t), t.offsetBefore, t.offsetAfter,
                        t.abbreviation, {});
    w.end(QStringLiteral("VTIMEZONE"));
}

namespace {

/**
 * The instants at which the wall clock of a zone shows @p wall (read as
 * UTC fields), earliest first: one, two in a repeated hour, none in a gap.
 * @p largest receives the largest offset in force around it.
 */
QList<QDateTime> occurrences(const QDateTime &wall, const VTimeZone::OffsetAt &offsetAt,
                             int *largest)
{
    // Every offset in use lies within 14 hours of UTC, so the instants the
    // wall time can stand for lie within 15 hours of it read as UTC.
    constexpr int reach = 15 * 3600;
    const int early = offsetAt(wall.addSecs(-reach));
    const int late = offsetAt(wall.addSecs(reach));
    *largest = early;
    if (early == late && offsetAt(wall.addSecs(-early)) == early)
        return {wall.addSecs(-early)};

    // A change of offset nearby: collect every offset in force around the
    // wall time (no zone keeps an offset for less than a quarter hour).
    QList<int> offsets;
    for (int s = -reach; s <= reach; s += 900) {
        const int o = offsetAt(wall.addSecs(s));
        if (!offsets.contains(o))
            offsets.append(o);
    }
    QList<QDateTime> found;
    for (const int o : std::as_const(offsets)) {
        *largest = qMax(*largest, o);
        const QDateTime candidate = wall.addSecs(-o);
        if (offsetAt(candidate) == o && !found.contains(candidate))
            found.append(candidate);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

QDateTime VTimeZone::resolveLocal(QDate date, QTime time, const OffsetAt &offsetAt)
{
    const QDateTime wall(date, time, QTimeZone::utc());
    int largest = 0;
    const QList<QDateTime> found = occurrences(wall, offsetAt, &largest);
    if (!found.isEmpty())
        return found.constFirst();
    // In the gap: the earliest candidate lies before the change, and the
    // offset in force there is the one before the gap.
    return wall.addSecs(-offsetAt(wall.addSecs(-largest)));
}

QDateTime VTimeZone::resolveLocal(QDate date, QTime time, const QTimeZone &zone)
{
    return resolveLocal(date, time,
                        [&zone](const QDateTime &utc) { return zone.offsetFromUtc(utc); });
}

bool VTimeZone::localTimeIsUnambiguous(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    int largest = 0;
    const QList<QDateTime> found = occurrences(
        QDateTime(local.date(), local.time(), QTimeZone::utc()),
        [&zone](const QDateTime &utc) { return zone.offsetFromUtc(utc); }, &largest);
    return found.size() == 1 && found.constFirst() == instant.toUTC();
}

} // namespace Podium
