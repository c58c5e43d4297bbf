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

#include <algorithm>
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
        const char *role;
        const char *en;
        const char *de;
    };
    static const Label labels[] = {
        {"chair", "Chair", "Leitung"},        {"moderator", "Moderator", "Moderation"},
        {"panellist", "Panellist", "Podium"}, {"speaker", "Speaker", "Vortrag"},
        {"keynote", "Keynote", "Keynote"},    {"welcome", "Welcome", "Begrüßung"},
    };
    for (const Label &l : labels) {
        if (role == QLatin1StringView(l.role))
            return QString::fromUtf8(isGerman(language) ? l.de : l.en);
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
};

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

Zone zoneOf(const Event &e)
{
    Zone z;
    z.zone = QTimeZone(e.timeZone);
    static const QList<QByteArray> utcNames{"UTC",      "Etc/UTC", "Etc/Universal", "Universal",
                                            "Etc/Zulu", "Zulu",    "GMT",           "Etc/GMT"};
    // An unknown zone name is written in UTC: the instant stays right,
    // where a TZID without a matching zone would float.
    z.utc = !z.zone.isValid() || utcNames.contains(e.timeZone);
    if (z.utc)
        z.zone = QTimeZone::utc();
    else
        z.tzid = {{QStringLiteral("TZID"), QString::fromUtf8(z.zone.id())}};
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

void writeTime(ICalWriter &w, const QString &name, const QDateTime &instant, const Zone &z)
{
    // RFC 5545 §3.3.5: a local time that occurs twice (02:30 on the night
    // the clocks go back) means the first occurrence, but calendar programs
    // differ on it (libical takes the second): either is written in UTC,
    // which every reader takes alike.
    if (z.utc) {
        w.raw(name, ICalWriter::utcDateTime(instant));
        return;
    }
    const ICalWriter::Parameters &tzid = z.tzid;
    if (instant.isValid() && z.offsets && z.offsets->quiet(instant.toMSecsSinceEpoch())) {
        QDate date;
        QTime time;
        localTime(instant, z, &date, &time);
        w.raw(name, ICalWriter::localDateTime(date, time), tzid);
        return;
    }
    if (!VTimeZone::localTimeIsUnambiguous(instant, z.zone)) {
        w.raw(name, ICalWriter::utcDateTime(instant));
        return;
    }
    // RFC 5545 §3.3.5 form 3: local time with a TZID that has a VTIMEZONE.
    w.raw(name, ICalWriter::localDateTime(instant.toTimeZone(z.zone)), tzid);
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

QString location(const Event &e, const QString &room, const QString &place)
{
    QString text;
    for (const QString *p : {&e.venue, &room, &e.address, &place}) {
        if (p->isEmpty())
            continue;
        if (!text.isEmpty())
            text += QLatin1StringView(", ");
        text += *p;
    }
    return text;
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

void appendClockTime(QString &text, QTime time)
{
    if (!time.isValid())
        return;
    const int hour = time.hour();
    const int minute = time.minute();
    const char clock[5] = {char('0' + hour / 10), char('0' + hour % 10), ':',
                           char('0' + minute / 10), char('0' + minute % 10)};
    text += QLatin1StringView(clock, 5);
}

void appendDayWithSpace(QString &text, QDate date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999) {
        text += date.toString(QStringLiteral("yyyy-MM-dd "));
        return;
    }
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    const char day[11] = {char('0' + y / 1000),
                          char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),
                          char('0' + y % 10),
                          '-',
                          char('0' + m / 10),
                          char('0' + m % 10),
                          '-',
                          char('0' + d / 10),
                          char('0' + d % 10),
                          ' '};
    text += QLatin1StringView(day, 11);
}

void appendTimeRange(QString &text, const QDateTime &start, const QDateTime &end, const Zone &zone,
                     bool withDate)
{
    QDate startDate;
    QTime startTime;
    localTime(start, zone, &startDate, &startTime);
    if (withDate)
        appendDayWithSpace(text, startDate);
    appendClockTime(text, startTime);
    if (end != start) {
        QDate endDate;
        QTime endTime;
        localTime(end, zone, &endDate, &endTime);
        text += QChar(0x2013);
        if (withDate && endDate != startDate)
            appendDayWithSpace(text, endDate);
        appendClockTime(text, endTime);
    }
}

void appendAppearance(QString &text, const Appearance &a, const QString &language)
{
    text += roleLabel(a.role, language);
    text += QLatin1StringView(": ");
    text += a.name;
    const QString affiliation = a.affiliation.in(language);
    if (!affiliation.isEmpty()) {
        text += QLatin1StringView(", ");
        text += affiliation;
    }
}

/** Appends @p block to @p text, set apart by a blank line; an empty block is left out. */
void appendBlock(QString &text, const QString &block)
{
    if (block.isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1StringView("\n\n");
    text += block;
}

QString peopleLines(const QList<Appearance> &people, const QString &language)
{
    QString lines;
    for (const Appearance &a : people) {
        if (!lines.isEmpty())
            lines += QLatin1Char('\n');
        appendAppearance(lines, a, language);
    }
    return lines;
}

QString eventDescription(const Event &e, const QString &language, const Zone &z)
{
    QString text;
    appendBlock(text, e.subtitle.in(language));
    appendBlock(text, ICalExport::plainText(e.description.in(language)));

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
        QString lines =
            isGerman(language) ? QStringLiteral("Programm") : QStringLiteral("Programme");
        for (const Item &i : e.items) {
            lines += QLatin1Char('\n');
            appendTimeRange(lines, i.start, i.end, z, severalDays);
            lines += QLatin1Char(' ');
            lines += i.title.in(language);
            for (const Appearance &a : i.people) {
                lines += QLatin1StringView("\n  ");
                appendAppearance(lines, a, language);
            }
        }
        appendBlock(text, lines);
    }
    appendBlock(text, peopleLines(e.people, language));
    return text;
}

QString itemDescription(const Item &i, const QString &language)
{
    QString text = i.description.in(language);
    appendBlock(text, peopleLines(i.people, language));
    return text;
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

void writeCommon(ICalWriter &w, const Event &e, const Organizer &organizer, const QString &language)
{
    w.raw(QStringLiteral("URL"), webUrl(e.publicUrl));
    w.textList(QStringLiteral("CATEGORIES"), {e.series.in(language), e.topic.in(language)});
    w.raw(QStringLiteral("STATUS"), statusOf(e.status));
    // RFC 5545 §3.8.7.4: subscribers apply an update only if SEQUENCE rose.
    w.raw(QStringLiteral("SEQUENCE"), QString::number(e.sequence));
    w.raw(QStringLiteral("ORGANIZER"), organizer.address, {{QStringLiteral("CN"), organizer.name}});
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
    }

    Zone &zoneFor(const Event &e)
    {
        auto it = zones.find(e.timeZone);
        if (it == zones.end())
            it = zones.insert(e.timeZone, zoneOf(e));
        return *it;
    }

    void add(const Event &e);

    Options options;
    /** RFC 5546 §3.2.2: a REQUEST to its ATTENDEEs; otherwise published. */
    bool invitation;
    Organizer organizer;
    /** DTSTAMP, the same in every VEVENT. */
    QByteArray stampLine;
    /** Each zone once, by the name the events give. */
    QHash<QByteArray, Zone> zones;
    /** The years each zone is used in, by its id, for its VTIMEZONE. */
    QMap<QByteArray, QPair<int, int>> years;
    ICalWriter body;
    /** For the lines an event and its programme items share. */
    ICalWriter common;
    int count = 0;
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
        const auto use = [this, &z](const QDateTime &t) {
            const int year = localDate(t, z).year();
            auto it = years.find(z.zone.id());
            if (it == years.end())
                years.insert(z.zone.id(), {year, year});
            else
                *it = {qMin(it->first, year), qMax(it->second, year)};
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

    ICalWriter &w = body;
    w.begin(QStringLiteral("VEVENT"));
    w.raw(QStringLiteral("UID"), e.uid);
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
        writeTime(w, QStringLiteral("DTSTART"), e.start, z);
        writeTime(w, QStringLiteral("DTEND"), e.end, z);
    }
    const QString title = e.title.in(language);
    w.text(QStringLiteral("SUMMARY"), title);
    w.text(QStringLiteral("DESCRIPTION"), eventDescription(e, language, z));
    const QString place = placeOf(e);
    const QString eventLocation = location(e, e.room, place);
    w.text(QStringLiteral("LOCATION"), eventLocation);
    writeCommon(common, e, organizer, language);
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
    w.utc(QStringLiteral("CREATED"), e.created);
    w.utc(QStringLiteral("LAST-MODIFIED"), e.modified);
    w.end(QStringLiteral("VEVENT"));

    if (!items)
        return;
    // RFC 5545 §3.8.4.5: RELTYPE defaults to PARENT, the event.
    common.raw(QStringLiteral("RELATED-TO"), e.uid);
    const QByteArray related = common.take();
    const QString titleAfterDash = QStringLiteral(" \u2013 ") + title;
    for (const Item &i : e.items) {
        w.begin(QStringLiteral("VEVENT"));
        w.raw(QStringLiteral("UID"), itemUid(e.uid, i.id));
        w.append(stampLine);
        writeTime(w, QStringLiteral("DTSTART"), i.start, z);
        writeTime(w, QStringLiteral("DTEND"), i.end, z);
        // The item first: it is what a narrow calendar column shows.
        w.text(QStringLiteral("SUMMARY"), i.title.in(language) + titleAfterDash);
        w.text(QStringLiteral("DESCRIPTION"), itemDescription(i, language));
        w.text(QStringLiteral("LOCATION"),
               i.room.isEmpty() ? eventLocation : location(e, i.room, place));
        w.append(shared);
        w.append(related);
        w.utc(QStringLiteral("CREATED"), i.created);
        w.utc(QStringLiteral("LAST-MODIFIED"), i.modified);
        w.end(QStringLiteral("VEVENT"));
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

QByteArray ICalExport::Stream::finish()
{
    ICalWriter w;
    w.begin(QStringLiteral("VCALENDAR"));
    w.raw(QStringLiteral("PRODID"), QStringLiteral("-//Podium//Podium " PODIUM_VERSION "//EN"));
    w.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    w.raw(QStringLiteral("METHOD"),
          d->invitation ? QStringLiteral("REQUEST") : QStringLiteral("PUBLISH"));
    w.text(QStringLiteral("X-WR-CALNAME"), d->options.calendarName);
    for (auto it = d->years.cbegin(); it != d->years.cend(); ++it)
        VTimeZone::write(w, QTimeZone(it.key()), it->first, it->second);
    ICalWriter end;
    end.end(QStringLiteral("VCALENDAR"));
    const QByteArray tail = end.take();
    QByteArray body = d->body.take();
    w.reserve(body.size() + tail.size());
    w.append(body);
    body = QByteArray();
    w.append(tail);
    return w.take();
}

QByteArray ICalExport::write(const Database &db, const QList<Event> &events, const Options &options)
{
    Stream stream(db, options);
    for (const Event &e : events)
        stream.add(e);
    return stream.finish();
}

} // namespace Podium
