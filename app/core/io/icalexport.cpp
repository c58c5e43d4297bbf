#include "icalexport.h"

#include "icalwriter.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "util/clock.h"
#include "vtimezone.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTimeZone>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <memory>

namespace Podium {

namespace {

using Event = ICalEvents::Event;
using Item = ICalEvents::Item;
using Appearance = ICalEvents::Appearance;

bool isGerman(const QString &language)
{
    return language == QLatin1StringView("de");
}

QString roleLabel(const QString &role, const QString &language)
{
    struct Label
    {
        QLatin1StringView role;
        QString en;
        QString de;
    };
    // Made once: a programme names a role on nearly every line.
    static const Label labels[] = {
        {QLatin1StringView("chair"), QStringLiteral("Chair"), QStringLiteral("Leitung")},
        {QLatin1StringView("moderator"), QStringLiteral("Moderator"), QStringLiteral("Moderation")},
        {QLatin1StringView("panellist"), QStringLiteral("Panellist"), QStringLiteral("Podium")},
        {QLatin1StringView("speaker"), QStringLiteral("Speaker"), QStringLiteral("Vortrag")},
        {QLatin1StringView("keynote"), QStringLiteral("Keynote"), QStringLiteral("Keynote")},
        {QLatin1StringView("welcome"), QStringLiteral("Welcome"),
         QStringLiteral("Begr\u00fc\u00dfung")},
    };
    for (const Label &l : labels) {
        if (role.size() == l.role.size() && role == l.role)
            return isGerman(language) ? l.de : l.en;
    }
    return role;
}

/**
 * A zone's offsets from UTC over the span of instants a calendar uses, read
 * once from its transitions: asking QTimeZone for each of the hundred
 * thousand times of a large calendar costs more than writing them.
 */
class Offsets
{
public:
    Offsets(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
        : m_from(fromMs)
        , m_to(toMs)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc());
        m_before = zone.offsetFromUtc(from);
        // Without a list of transitions the offsets are not known in
        // advance; every time is then asked of the zone itself.
        if (!zone.hasTransitions()) {
            m_from = 1;
            m_to = 0;
            return;
        }
        for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
            m_times.append(t.atUtc.toMSecsSinceEpoch());
            m_offsets.append(t.offsetFromUtc);
        }
    }

    bool covers(qint64 ms) const { return ms >= m_from && ms <= m_to; }
    /** True for a zone without a list of transitions: nothing is covered, ever. */
    bool unknown() const { return m_from > m_to; }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }

    /** The offset in seconds at @p ms, which covers() must hold for. */
    int at(qint64 ms) const
    {
        const auto next = std::upper_bound(m_times.cbegin(), m_times.cend(), ms);
        return next == m_times.cbegin() ? m_before : m_offsets.at(next - m_times.cbegin() - 1);
    }

    /**
     * True if the offset stays the same for 30 hours either side of @p ms:
     * then the local time there occurs once (offsets differ by less than
     * that), and VTimeZone::localTimeIsUnambiguous() need not look.
     */
    bool quiet(qint64 ms) const
    {
        constexpr qint64 reach = 30 * 3600 * 1000LL;
        if (!covers(ms - reach) || !covers(ms + reach))
            return false;
        const auto first = std::upper_bound(m_times.cbegin(), m_times.cend(), ms - reach);
        return first == m_times.cend() || *first > ms + reach;
    }

private:
    qint64 m_from;
    qint64 m_to;
    int m_before = 0;
    QList<qint64> m_times;
    QList<int> m_offsets;
};

/** How an event's times are written: in an IANA zone with its VTIMEZONE, or in UTC. */
struct Zone
{
    QTimeZone zone;
    bool utc = true;
    /** The offsets over the instants in use so far; null until the first. */
    std::shared_ptr<const Offsets> offsets;
    /** TZID=the zone, for the times written in it. */
    ICalWriter::Parameters tzid;
    /** DTSTART and DTEND with the TZID, written in front of local times. */
    QByteArray startPrefix;
    QByteArray endPrefix;
    /** The years the zone is used in (local times), for its VTIMEZONE. */
    bool used = false;
    int firstYear = 0;
    int lastYear = 0;
};

constexpr QByteArrayView utcStartPrefix("DTSTART:");
constexpr QByteArrayView utcEndPrefix("DTEND:");

/**
 * Makes the offsets of @p z cover @p instant with a few days to spare (the
 * neighbourhood Offsets::quiet() looks at). The offsets are read anew over
 * a wider span when an instant falls outside; what they give does not
 * depend on the span, only how often the zone itself must be asked.
 */
void cover(Zone &z, const QDateTime &instant)
{
    if (!instant.isValid())
        return;
    constexpr qint64 margin = 4 * 86400000LL;
    constexpr qint64 year = 366 * 86400000LL;
    const qint64 ms = instant.toMSecsSinceEpoch();
    if (z.offsets && (z.offsets->unknown() ||
                      (z.offsets->covers(ms - margin) && z.offsets->covers(ms + margin))))
        return;
    qint64 from = ms - margin - year;
    qint64 to = ms + margin + year;
    if (z.offsets) {
        // Widen by the span known so far, so that a calendar over many
        // years reads its zone a few times only.
        const qint64 width = z.offsets->to() - z.offsets->from();
        from = qMin(from, z.offsets->from() - (ms < z.offsets->from() ? width : 0));
        to = qMax(to, z.offsets->to() + (ms > z.offsets->to() ? width : 0));
    }
    z.offsets = std::make_shared<const Offsets>(z.zone, from, to);
}

Zone zoneOf(const QByteArray &timeZone)
{
    Zone z;
    z.zone = QTimeZone(timeZone);
    static const QList<QByteArray> utcNames{"UTC",      "Etc/UTC", "Etc/Universal", "Universal",
                                            "Etc/Zulu", "Zulu",    "GMT",           "Etc/GMT"};
    // An unknown zone name is written in UTC: the instant stays right,
    // where a TZID without a matching zone would float.
    z.utc = !z.zone.isValid() || utcNames.contains(timeZone);
    if (z.utc)
        z.zone = QTimeZone::utc();
    else
        z.tzid = {{QStringLiteral("TZID"), QString::fromUtf8(z.zone.id())}};
    z.startPrefix = ICalWriter::prefix(QStringLiteral("DTSTART"), z.tzid);
    z.endPrefix = ICalWriter::prefix(QStringLiteral("DTEND"), z.tzid);
    return z;
}

/** The wall-clock date and time of @p instant in @p z, as instant.toTimeZone() gives them. */
void localTime(const QDateTime &instant, const Zone &z, QDate *date, QTime *time)
{
    const qint64 ms = instant.isValid() ? instant.toMSecsSinceEpoch() : 0;
    if (!instant.isValid() || !z.offsets || !z.offsets->covers(ms)) {
        const QDateTime local = instant.toTimeZone(z.zone);
        *date = local.date();
        if (time)
            *time = local.time();
        return;
    }
    constexpr qint64 msPerDay = 86400000;
    const qint64 shifted = ms + qint64(z.offsets->at(ms)) * 1000;
    const qint64 days = shifted >= 0 ? shifted / msPerDay : (shifted - msPerDay + 1) / msPerDay;
    constexpr qint64 unixEpochJulianDay = 2440588;
    *date = QDate::fromJulianDay(unixEpochJulianDay + days);
    if (time)
        *time = QTime::fromMSecsSinceStartOfDay(int(shifted - days * msPerDay));
}

QDate localDate(const QDateTime &instant, const Zone &z)
{
    QDate date;
    localTime(instant, z, &date, nullptr);
    return date;
}

/** localDate(instant, z).year(), without the calendar where the offsets reach. */
int localYear(const QDateTime &instant, const Zone &z)
{
    const qint64 ms = instant.isValid() ? instant.toMSecsSinceEpoch() : 0;
    if (instant.isValid() && z.offsets && z.offsets->covers(ms)) {
        int year = 0;
        int month = 0;
        int day = 0;
        ICalWriter::civilDate(ms + qint64(z.offsets->at(ms)) * 1000, &year, &month, &day);
        // QDate has no year 0: before 1 CE it counts otherwise.
        if (year > 0)
            return year;
    }
    return localDate(instant, z).year();
}

/**
 * VTimeZone::localTimeIsUnambiguous() for @p instant in @p z, worked out
 * the same way from the zone's offsets where they reach, without asking the
 * zone for each of the hundred and more instants the check looks at.
 */
bool localTimeIsUnambiguous(const QDateTime &instant, const Zone &z)
{
    // The instants the wall time can stand for lie within 15 hours of it
    // read as UTC (every offset lies within 14 hours).
    constexpr qint64 reach = 15 * 3600 * 1000LL;
    const qint64 ms = instant.isValid() ? instant.toMSecsSinceEpoch() : 0;
    if (!instant.isValid() || !z.offsets || !z.offsets->covers(ms))
        return VTimeZone::localTimeIsUnambiguous(instant, z.zone);
    const Offsets &offsets = *z.offsets;
    const qint64 wall = ms + qint64(offsets.at(ms)) * 1000;
    if (!offsets.covers(wall - reach) || !offsets.covers(wall + reach))
        return VTimeZone::localTimeIsUnambiguous(instant, z.zone);
    const auto at = [&offsets](qint64 t) { return qint64(offsets.at(t)) * 1000; };
    const qint64 early = at(wall - reach);
    const qint64 late = at(wall + reach);
    if (early == late && at(wall - early) == early)
        return wall - early == ms;
    // A change of offset nearby: every offset in force around the wall
    // time (no zone keeps an offset for less than a quarter hour), and the
    // instants that have the wall time with it.
    QVarLengthArray<qint64, 4> seen;
    QVarLengthArray<qint64, 4> found;
    for (qint64 step = -reach; step <= reach; step += 900 * 1000) {
        const qint64 o = at(wall + step);
        if (seen.contains(o))
            continue;
        seen.append(o);
        if (o < -reach || o > reach)
            return VTimeZone::localTimeIsUnambiguous(instant, z.zone);
    }
    for (const qint64 o : std::as_const(seen)) {
        const qint64 candidate = wall - o;
        if (at(candidate) == o && !found.contains(candidate))
            found.append(candidate);
    }
    return found.size() == 1 && found.front() == ms;
}

void writeTime(ICalWriter &w, bool start, const QDateTime &instant, const Zone &z)
{
    // RFC 5545 §3.3.5: a local time that occurs twice (02:30 on the night
    // the clocks go back) means the first occurrence, but calendar programs
    // differ on it (libical takes the second): either is written in UTC,
    // which every reader takes alike.
    if (z.utc) {
        w.writeUtc(start ? utcStartPrefix : utcEndPrefix, instant);
        return;
    }
    const QByteArray &prefix = start ? z.startPrefix : z.endPrefix;
    if (instant.isValid() && z.offsets && z.offsets->quiet(instant.toMSecsSinceEpoch())) {
        const qint64 ms = instant.toMSecsSinceEpoch();
        char text[15];
        if (ICalWriter::formatDateTime(text, ms + qint64(z.offsets->at(ms)) * 1000)) {
            w.writeRaw(prefix, QByteArrayView(text, 15));
        } else {
            QDate date;
            QTime time;
            localTime(instant, z, &date, &time);
            w.writeLocalDateTime(prefix, date, time);
        }
        return;
    }
    if (!localTimeIsUnambiguous(instant, z)) {
        w.writeUtc(start ? utcStartPrefix : utcEndPrefix, instant);
        return;
    }
    // RFC 5545 §3.3.5 form 3: local time with a TZID that has a VTIMEZONE.
    w.writeRaw(prefix, ICalWriter::localDateTime(instant.toTimeZone(z.zone)).toUtf8());
}

QString statusOf(const QString &status)
{
    // RFC 5545 §3.8.1.11: VEVENT status is TENTATIVE, CONFIRMED or CANCELLED.
    if (status == QLatin1StringView("confirmed"))
        return QStringLiteral("CONFIRMED");
    if (status == QLatin1StringView("cancelled"))
        return QStringLiteral("CANCELLED");
    return QStringLiteral("TENTATIVE");
}

/** postal code and city: the last part of LOCATION. */
QString placeOf(const Event &e)
{
    if (e.postalCode.isEmpty())
        return e.city.trimmed();
    if (e.city.isEmpty())
        return e.postalCode.trimmed();
    return (e.postalCode + QLatin1Char(' ') + e.city).trimmed();
}

/** LOCATION: venue, room, address and place, those that are given, set apart by commas. */
void writeLocation(ICalWriter &w, QByteArrayView prefix, const Event &e, const QString &room,
                   const QString &place)
{
    w.startText(prefix);
    for (const QString *p : {&e.venue, &room, &e.address, &place}) {
        if (p->isEmpty())
            continue;
        if (w.textSize() > 0)
            w.addText(u", ");
        w.addText(*p);
    }
    w.endText();
}

QString webUrl(const QString &text)
{
    // RFC 5545 §3.8.4.6: URL is a URI; anything else is left out rather
    // than written as an invalid value.
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http")))
        return {};
    return QString::fromUtf8(url.toEncoded());
}

void addClockTime(ICalWriter &w, QTime time)
{
    if (!time.isValid())
        return;
    const int hour = time.hour();
    const int minute = time.minute();
    const char16_t clock[5] = {char16_t(u'0' + hour / 10), char16_t(u'0' + hour % 10), u':',
                               char16_t(u'0' + minute / 10), char16_t(u'0' + minute % 10)};
    w.addText(QStringView(clock, 5));
}

void addDayWithSpace(ICalWriter &w, QDate date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999) {
        w.addText(date.toString(QStringLiteral("yyyy-MM-dd ")));
        return;
    }
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    const char16_t day[11] = {char16_t(u'0' + y / 1000),
                              char16_t(u'0' + y / 100 % 10),
                              char16_t(u'0' + y / 10 % 10),
                              char16_t(u'0' + y % 10),
                              u'-',
                              char16_t(u'0' + m / 10),
                              char16_t(u'0' + m % 10),
                              u'-',
                              char16_t(u'0' + d / 10),
                              char16_t(u'0' + d % 10),
                              u' '};
    w.addText(QStringView(day, 11));
}

void addTimeRange(ICalWriter &w, const QDateTime &start, const QDateTime &end, const Zone &zone,
                  bool withDate)
{
    QDate startDate;
    QTime startTime;
    localTime(start, zone, &startDate, &startTime);
    if (withDate)
        addDayWithSpace(w, startDate);
    addClockTime(w, startTime);
    if (end != start) {
        QDate endDate;
        QTime endTime;
        localTime(end, zone, &endDate, &endTime);
        w.addText(u"\u2013");
        if (withDate && endDate != startDate)
            addDayWithSpace(w, endDate);
        addClockTime(w, endTime);
    }
}

void addAppearance(ICalWriter &w, const Appearance &a, const QString &language)
{
    w.addText(roleLabel(a.role, language));
    w.addText(u": ");
    w.addText(a.name);
    const QString affiliation = a.affiliation.in(language);
    if (!affiliation.isEmpty()) {
        w.addText(u", ");
        w.addText(affiliation);
    }
}

/** Adds @p block to the text, set apart by a blank line; an empty block is left out. */
void addBlock(ICalWriter &w, QStringView block)
{
    if (block.isEmpty())
        return;
    if (w.textSize() > 0)
        w.addText(u"\n\n");
    w.addText(block);
}

/** The people, a line each, as a block. */
void addPeople(ICalWriter &w, const QList<Appearance> &people, const QString &language)
{
    if (people.isEmpty())
        return;
    if (w.textSize() > 0)
        w.addText(u"\n\n");
    for (qsizetype k = 0; k < people.size(); ++k) {
        if (k > 0)
            w.addText(u"\n");
        addAppearance(w, people.at(k), language);
    }
}

/**
 * DESCRIPTION of an event: subtitle, description, the programme and the
 * people, each a block. Written piece by piece, as text() would write them
 * joined.
 */
void writeEventDescription(ICalWriter &w, QByteArrayView prefix, const Event &e,
                           const QString &language, const Zone &z)
{
    w.startText(prefix);
    addBlock(w, e.subtitle.in(language));
    addBlock(w, ICalExport::plainText(e.description.in(language)));

    if (!e.items.isEmpty()) {
        // The times of a programme that spans several days carry their dates.
        bool severalDays = false;
        const QDate firstDay = localDate(e.items.constFirst().start, z);
        for (const Item &i : e.items) {
            const QDate day = localDate(i.start, z);
            if (day != firstDay || localDate(i.end.addSecs(-1), z) != day) {
                severalDays = true;
                break;
            }
        }
        if (w.textSize() > 0)
            w.addText(u"\n\n");
        w.addText(isGerman(language) ? QStringView(u"Programm") : QStringView(u"Programme"));
        for (const Item &i : e.items) {
            w.addText(u"\n");
            addTimeRange(w, i.start, i.end, z, severalDays);
            w.addText(u" ");
            w.addText(i.title.in(language));
            for (const Appearance &a : i.people) {
                w.addText(u"\n  ");
                addAppearance(w, a, language);
            }
        }
    }
    addPeople(w, e.people, language);
    w.endText();
}

/** DESCRIPTION of a programme item: its description and its people. */
void writeItemDescription(ICalWriter &w, QByteArrayView prefix, const Item &i,
                          const QString &language)
{
    w.startText(prefix);
    w.addText(i.description.in(language));
    addPeople(w, i.people, language);
    w.endText();
}

struct Organizer
{
    QString name;
    QString address;
    /** False if no organiser e-mail is set and the address names nobody. */
    bool configured = false;
};

QString mailto(const QString &email)
{
    return QStringLiteral("mailto:") +
           QString::fromUtf8(QUrl::toPercentEncoding(email, "@!$&'*+=?^_`{|}~.-"));
}

Organizer organizerOf(const Database &db)
{
    Organizer o;
    o.name = db.setting(QString::fromLatin1(OrganisationSettings::foundationNameKey)).trimmed();
    QString email =
        db.setting(QString::fromLatin1(OrganisationSettings::organiserEmailKey)).trimmed();
    if (email.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        email = email.mid(7);
    // RFC 5546 §3.2.1: PUBLISH requires an ORGANIZER. Without a configured
    // address, one under .invalid (RFC 2606) names nobody and cannot be
    // mistaken for a real mailbox.
    o.configured = !email.isEmpty() && email.contains(QLatin1Char('@'));
    if (!o.configured)
        email = QStringLiteral("calendar@podium.invalid");
    o.address = mailto(email);
    if (o.name.isEmpty())
        o.name = QStringLiteral("Podium");
    return o;
}

void writeCommon(ICalWriter &w, const Event &e, const QByteArray &organizerLine,
                 const QString &language)
{
    w.raw(QStringLiteral("URL"), webUrl(e.publicUrl));
    w.textList(QStringLiteral("CATEGORIES"), {e.series.in(language), e.topic.in(language)});
    w.raw(QStringLiteral("STATUS"), statusOf(e.status));
    // RFC 5545 §3.8.7.4: subscribers apply an update only if SEQUENCE rose.
    w.raw(QStringLiteral("SEQUENCE"), QString::number(e.sequence));
    w.append(organizerLine);
}

} // namespace

QString ICalExport::invitationProblem(const Database &db, const QList<Event> &events,
                                      const Options &options)
{
    if (events.size() != 1)
        return QCoreApplication::translate("ICalExport",
                                           "An invitation is for exactly one event; %n are "
                                           "selected.",
                                           nullptr, int(events.size()));
    if (options.invitees.isEmpty())
        return QCoreApplication::translate("ICalExport", "An invitation needs at least one "
                                                         "recipient.");
    if (!organizerOf(db).configured)
        return QCoreApplication::translate("ICalExport",
                                           "An invitation needs the organiser's e-mail address "
                                           "for the replies; set it in the settings first.");
    return {};
}

QString ICalExport::itemUid(const QString &eventUid, qint64 itemId)
{
    const QString tag = QStringLiteral("-item-") + QString::number(itemId);
    const qsizetype at = eventUid.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return eventUid + tag;
    return eventUid.left(at) + tag + eventUid.mid(at);
}

QString ICalExport::plainText(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown);
    // Paragraphs and headings are set apart by a blank line, list items by
    // a line break and a bullet: QTextDocument::toPlainText() would join
    // them all with single line breaks and drop the bullets.
    QString text;
    bool previousWasListItem = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QString line = block.text();
        line.replace(QChar::Nbsp, QLatin1Char(' '));
        line.replace(QChar::LineSeparator, QLatin1Char('\n'));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QTextList *list = block.textList();
        if (list) {
            const QTextListFormat::Style style = list->format().style();
            const bool numbered = style == QTextListFormat::ListDecimal ||
                                  style == QTextListFormat::ListLowerAlpha ||
                                  style == QTextListFormat::ListUpperAlpha ||
                                  style == QTextListFormat::ListLowerRoman ||
                                  style == QTextListFormat::ListUpperRoman;
            line = (numbered ? QString::number(list->itemNumber(block) + 1) + QStringLiteral(". ")
                             : QStringLiteral("\u2022 ")) +
                   line;
        }
        if (!text.isEmpty())
            text += list && previousWasListItem ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += line;
        previousWasListItem = list != nullptr;
    }
    return text;
}

struct ICalExport::Stream::Private
{
    Private(const Database &db, const Options &o)
        : options(o)
        , invitation(!o.invitees.isEmpty())
        , organizer(organizerOf(db))
    {
        ICalWriter w;
        w.utc(QStringLiteral("DTSTAMP"), Clock::nowUtc());
        stampLine = w.take();
        w.raw(QStringLiteral("ORGANIZER"), organizer.address,
              {{QStringLiteral("CN"), organizer.name}});
        organizerLine = w.take();
    }

    Zone &zoneFor(const Event &e)
    {
        auto it = zones.find(e.timeZone);
        if (it == zones.end())
            it = zones.insert(e.timeZone, zoneOf(e.timeZone));
        return *it;
    }

    void add(const Event &e);
    /** The years each zone is used in so far, by its id (names of the same zone share one). */
    QMap<QByteArray, QPair<int, int>> usedYears() const;
    /** The calendar up to its first event, with a VTIMEZONE for each of @p years. */
    QByteArray headerFor(const QMap<QByteArray, QPair<int, int>> &years) const;

    Options options;
    /** What expectZones() was told, and what header() gave. */
    QMap<QByteArray, QPair<int, int>> expectedYears;
    bool headerGiven = false;
    QByteArray givenHeader;
    /** RFC 5546 §3.2.2: a REQUEST to its ATTENDEEs; otherwise published. */
    bool invitation;
    Organizer organizer;
    /** DTSTAMP, the same in every VEVENT. */
    QByteArray stampLine;
    /** ORGANIZER, the same in every VEVENT. */
    QByteArray organizerLine;
    /** Each zone once, by the name the events give. */
    QHash<QByteArray, Zone> zones;
    ICalWriter body;
    /** For the lines an event and its programme items share. */
    ICalWriter common;
    int count = 0;
    /** Kept to reuse its memory from one programme item to the next. */
    QByteArray itemUidText;
};

void ICalExport::Stream::Private::add(const Event &e)
{
    ++count;
    const QString language = options.language.isEmpty() ? e.language : options.language;
    Zone &z = zoneFor(e);
    const bool items = options.programmeItems && !invitation;
    cover(z, e.start);
    cover(z, e.end);
    for (const Item &i : e.items) {
        cover(z, i.start);
        cover(z, i.end);
    }

    // RFC 5545 §3.2.19: every TZID used needs its VTIMEZONE, correct for
    // every year in which it is used. All-day events are written as dates,
    // without a zone; their programme items are not.
    if (!z.utc) {
        const auto use = [&z](const QDateTime &t) {
            const int year = localYear(t, z);
            if (!z.used)
                z.firstYear = z.lastYear = year;
            z.firstYear = qMin(z.firstYear, year);
            z.lastYear = qMax(z.lastYear, year);
            z.used = true;
        };
        if (!e.allDay) {
            use(e.start);
            use(e.end);
        }
        if (items) {
            for (const Item &i : e.items) {
                use(i.start);
                use(i.end);
            }
        }
    }

    static constexpr QByteArrayView beginEvent("BEGIN:VEVENT\r\n");
    static constexpr QByteArrayView endEvent("END:VEVENT\r\n");
    static constexpr QByteArrayView uidPrefix("UID:");
    static constexpr QByteArrayView summaryPrefix("SUMMARY:");
    static constexpr QByteArrayView descriptionPrefix("DESCRIPTION:");
    static constexpr QByteArrayView locationPrefix("LOCATION:");
    static constexpr QByteArrayView createdPrefix("CREATED:");
    static constexpr QByteArrayView modifiedPrefix("LAST-MODIFIED:");
    ICalWriter &w = body;
    w.append(beginEvent);
    const QByteArray uid = ICalWriter::utf8(e.uid);
    w.writeRaw(uidPrefix, uid);
    w.append(stampLine);
    if (e.allDay) {
        // RFC 5545 §3.6.1: an all-day event is a DATE, and DTEND is the
        // day after the last one.
        const QDate first = localDate(e.start, z);
        const QDateTime lastInstant = e.end > e.start ? e.end.addSecs(-1) : e.start;
        const QDate last = qMax(first, localDate(lastInstant, z));
        const ICalWriter::Parameters date{{QStringLiteral("VALUE"), QStringLiteral("DATE")}};
        w.raw(QStringLiteral("DTSTART"), ICalWriter::date(first), date);
        w.raw(QStringLiteral("DTEND"), ICalWriter::date(last.addDays(1)), date);
    } else {
        writeTime(w, true, e.start, z);
        writeTime(w, false, e.end, z);
    }
    const QString title = e.title.in(language);
    w.writeText(summaryPrefix, title);
    writeEventDescription(w, descriptionPrefix, e, language, z);
    const QString place = placeOf(e);
    // The event's LOCATION, also that of its items that have no room of
    // their own.
    writeLocation(common, locationPrefix, e, e.room, place);
    const QByteArray eventLocation = common.take();
    w.append(eventLocation);
    writeCommon(common, e, organizerLine, language);
    const QByteArray shared = common.take();
    w.append(shared);
    for (const ICalEvents::Recipient &r : std::as_const(options.invitees)) {
        // RFC 5545 §3.8.4.1, RFC 5546 §3.2.2: each recipient is asked
        // to take part and to reply.
        ICalWriter::Parameters parameters;
        if (!r.name.isEmpty())
            parameters.append({QStringLiteral("CN"), r.name});
        parameters.append({QStringLiteral("CUTYPE"), QStringLiteral("INDIVIDUAL")});
        parameters.append({QStringLiteral("ROLE"), QStringLiteral("REQ-PARTICIPANT")});
        parameters.append({QStringLiteral("PARTSTAT"), QStringLiteral("NEEDS-ACTION")});
        parameters.append({QStringLiteral("RSVP"), QStringLiteral("TRUE")});
        w.raw(QStringLiteral("ATTENDEE"), mailto(r.email), parameters);
    }
    w.writeUtc(createdPrefix, e.created);
    w.writeUtc(modifiedPrefix, e.modified);
    w.append(endEvent);

    if (!items)
        return;
    // RFC 5545 §3.8.4.5: RELTYPE defaults to PARENT, the event.
    common.raw(QStringLiteral("RELATED-TO"), e.uid);
    const QByteArray related = common.take();
    const QString titleAfterDash = QStringLiteral(" \u2013 ") + title;
    // itemUid() as UTF-8: the event's UID around "-item-" and the item's id.
    const qsizetype at = uid.lastIndexOf('@');
    const QByteArrayView uidHead = at < 0 ? QByteArrayView(uid) : QByteArrayView(uid).first(at);
    const QByteArrayView uidTail = at < 0 ? QByteArrayView() : QByteArrayView(uid).sliced(at);
    for (const Item &i : e.items) {
        w.append(beginEvent);
        itemUidText.resize(0);
        itemUidText.append(uidHead);
        itemUidText.append("-item-");
        char digits[24];
        char *end = std::to_chars(digits, digits + sizeof digits, i.id).ptr;
        itemUidText.append(digits, end - digits);
        itemUidText.append(uidTail);
        w.writeRaw(uidPrefix, itemUidText);
        w.append(stampLine);
        writeTime(w, true, i.start, z);
        writeTime(w, false, i.end, z);
        // The item first: it is what a narrow calendar column shows.
        w.startText(summaryPrefix);
        w.addText(i.title.in(language));
        w.addText(titleAfterDash);
        w.endText();
        writeItemDescription(w, descriptionPrefix, i, language);
        if (i.room.isEmpty())
            w.append(eventLocation);
        else
            writeLocation(w, locationPrefix, e, i.room, place);
        w.append(shared);
        w.append(related);
        w.writeUtc(createdPrefix, i.created);
        w.writeUtc(modifiedPrefix, i.modified);
        w.append(endEvent);
    }
}

ICalExport::Stream::Stream(const Database &database, const Options &options)
    : d(std::make_unique<Private>(database, options))
{}

ICalExport::Stream::~Stream() = default;

void ICalExport::Stream::setCalendarName(const QString &name)
{
    d->options.calendarName = name;
}

void ICalExport::Stream::add(const Event &event)
{
    d->add(event);
}

int ICalExport::Stream::count() const
{
    return d->count;
}

QMap<QByteArray, QPair<int, int>> ICalExport::Stream::Private::usedYears() const
{
    QMap<QByteArray, QPair<int, int>> years;
    for (const Zone &z : std::as_const(zones)) {
        if (!z.used)
            continue;
        auto it = years.find(z.zone.id());
        if (it == years.end())
            years.insert(z.zone.id(), {z.firstYear, z.lastYear});
        else
            *it = {qMin(it->first, z.firstYear), qMax(it->second, z.lastYear)};
    }
    return years;
}

QByteArray
ICalExport::Stream::Private::headerFor(const QMap<QByteArray, QPair<int, int>> &years) const
{
    ICalWriter w;
    w.begin(QStringLiteral("VCALENDAR"));
    w.raw(QStringLiteral("PRODID"), QStringLiteral("-//Podium//Podium " PODIUM_VERSION "//EN"));
    w.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    w.raw(QStringLiteral("METHOD"),
          invitation ? QStringLiteral("REQUEST") : QStringLiteral("PUBLISH"));
    w.text(QStringLiteral("X-WR-CALNAME"), options.calendarName);
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        VTimeZone::write(w, QTimeZone(it.key()), it->first, it->second);
    return w.take();
}

QList<QByteArray> ICalExport::Stream::finishInParts()
{
    // The years each zone is used in, by its id (names of the same zone
    // share one VTIMEZONE).
    return {d->headerFor(d->usedYears()), d->body.take(), end()};
}

void ICalExport::Stream::expectZones(const QHash<QByteArray, QPair<QDateTime, QDateTime>> &spans)
{
    // The same years add() works out, from the first and the last instant:
    // a zone's local year only grows with the instant, unless its offset
    // changes across New Year, which headerHolds() would notice.
    d->expectedYears.clear();
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const Zone z = zoneOf(it.key());
        if (z.utc)
            continue;
        const int first = localYear(it->first, z);
        const int last = localYear(it->second, z);
        auto known = d->expectedYears.find(z.zone.id());
        if (known == d->expectedYears.end())
            d->expectedYears.insert(z.zone.id(), {first, last});
        else
            *known = {qMin(known->first, first), qMax(known->second, last)};
    }
}

QByteArray ICalExport::Stream::header()
{
    d->headerGiven = true;
    d->givenHeader = d->headerFor(d->expectedYears);
    return d->givenHeader;
}

QByteArray ICalExport::Stream::takeEvents()
{
    return d->body.take();
}

qsizetype ICalExport::Stream::pendingSize() const
{
    return d->body.size();
}

QByteArray ICalExport::Stream::end()
{
    ICalWriter w;
    w.end(QStringLiteral("VCALENDAR"));
    return w.take();
}

bool ICalExport::Stream::headerHolds() const
{
    // Compared as written: the years of a zone whose rules did not change
    // in between give the same VTIMEZONE.
    return d->headerGiven && d->headerFor(d->usedYears()) == d->givenHeader;
}

QByteArray ICalExport::Stream::finish()
{
    const QList<QByteArray> parts = finishInParts();
    qsizetype size = 0;
    for (const QByteArray &part : parts)
        size += part.size();
    QByteArray all;
    all.reserve(size);
    for (const QByteArray &part : parts)
        all += part;
    return all;
}

QByteArray ICalExport::write(const Database &db, const QList<Event> &events, const Options &options)
{
    Stream stream(db, options);
    for (const Event &e : events)
        stream.add(e);
    return stream.finish();
}

} // namespace Podium
