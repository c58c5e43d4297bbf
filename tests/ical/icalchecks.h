#pragma once

// Test-time checks of exported calendars by two parsers that share no code
// with Podium: libical (strict, RFC 5545 and RFC 5546 restrictions) and
// ical.js (the parser Thunderbird uses), run with node on check.mjs.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QTimeZone>

#include <libical/ical.h>

namespace IcalChecks {

/** What a parser made of one VEVENT's start or end. */
struct Instant
{
    QString uid;
    /** The absolute instant, for a DATE-TIME. */
    QDateTime utc;
    /** The date, for an all-day DATE. */
    QDate date;
};

struct Result
{
    /** Empty if the parser accepted the file; otherwise what it objected to. */
    QStringList errors;
    /** UID → start, and UID → end, for every VEVENT. */
    QMap<QString, Instant> starts;
    QMap<QString, Instant> ends;
};

inline void collectLibicalErrors(icalcomponent *c, QStringList *errors)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        errors->append(QString::fromUtf8(icalcomponent_kind_to_string(icalcomponent_isa(c))) +
                       QStringLiteral(": ") + QString::fromUtf8(icalproperty_get_xlicerror(p)));
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        collectLibicalErrors(s, errors);
}

inline Instant libicalInstant(const QString &uid, icaltimetype t, QStringList *errors,
                              const char *what)
{
    Instant i;
    i.uid = uid;
    if (icaltime_is_null_time(t)) {
        errors->append(uid + QStringLiteral(": no ") + QLatin1StringView(what));
        return i;
    }
    if (t.is_date) {
        i.date = QDate(t.year, t.month, t.day);
        return i;
    }
    if (!t.zone && !icaltime_is_utc(t))
        errors->append(uid + QStringLiteral(": ") + QLatin1StringView(what) +
                       QStringLiteral(" is floating time"));
    i.utc = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, t.zone), QTimeZone::utc());
    return i;
}

/** Parses @p ics with libical and runs its RFC 5546 restriction check. */
inline Result libical(const QByteArray &ics)
{
    Result r;
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root) {
        r.errors.append(QStringLiteral("libical cannot parse the file: ") +
                        QString::fromUtf8(icalerror_strerror(icalerrno)));
        return r;
    }
    if (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT)
        r.errors.append(QStringLiteral("the top component is not VCALENDAR"));
    // icalrestriction_check adds X-LIC-ERROR properties for what METHOD:PUBLISH
    // forbids or requires; count_errors counts those and the parser's own.
    icalrestriction_check(root);
    const int count = icalcomponent_count_errors(root);
    collectLibicalErrors(root, &r.errors);
    if (count != 0 && r.errors.isEmpty())
        r.errors.append(QStringLiteral("libical counts %1 errors").arg(count));
    for (icalcomponent *e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        r.starts.insert(uid,
                        libicalInstant(uid, icalcomponent_get_dtstart(e), &r.errors, "DTSTART"));
        r.ends.insert(uid, libicalInstant(uid, icalcomponent_get_dtend(e), &r.errors, "DTEND"));
    }
    icalcomponent_free(root);
    return r;
}

inline Instant jsInstant(const QString &uid, const QJsonValue &v)
{
    Instant i;
    i.uid = uid;
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("date")))
        i.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    else
        i.utc =
            QDateTime::fromString(o.value(QStringLiteral("utc")).toString(), Qt::ISODate).toUTC();
    return i;
}

/**
 * Parses @p ics with ical.js. A missing node or ical.js module is an error
 * that says how to install it: the check is never skipped.
 */
inline Result icalJs(const QByteArray &ics)
{
    Result r;
    const QString dir = QDir::cleanPath(QStringLiteral(PODIUM_TEST_DATA "/../ical"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        r.errors.append(QStringLiteral("node is not installed; install nodejs and npm, then run "
                                       "\"npm ci\" in %1")
                            .arg(QDir::toNativeSeparators(dir)));
        return r;
    }
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/ical.js/package.json"))) {
        r.errors.append(QStringLiteral("ical.js is not installed; run \"npm ci\" in %1")
                            .arg(QDir::toNativeSeparators(dir)));
        return r;
    }
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/podium-XXXXXX.ics"));
    if (!file.open() || file.write(ics) != ics.size() || !file.flush()) {
        r.errors.append(QStringLiteral("cannot write a temporary file for ical.js"));
        return r;
    }
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(node, {dir + QStringLiteral("/check.mjs"), file.fileName()});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.errors.append(QStringLiteral("ical.js did not finish within a minute"));
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1) {
        r.errors.append(QStringLiteral("ical.js failed: ") + err);
        return r;
    }
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    for (const QJsonValue &e : doc.value(QStringLiteral("errors")).toArray())
        r.errors.append(QStringLiteral("ical.js: ") + e.toString());
    if (p.exitCode() == 1 && r.errors.isEmpty())
        r.errors.append(QStringLiteral("ical.js reported a problem: ") + err);
    for (const QJsonValue &v : doc.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString uid = o.value(QStringLiteral("uid")).toString();
        r.starts.insert(uid, jsInstant(uid, o.value(QStringLiteral("start"))));
        if (o.value(QStringLiteral("end")).isObject())
            r.ends.insert(uid, jsInstant(uid, o.value(QStringLiteral("end"))));
    }
    return r;
}

} // namespace IcalChecks
