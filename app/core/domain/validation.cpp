#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Podium::Validation {

bool isValidEmail(const QString &email)
{
    // Deliberately modest: one @, something before it, a dotted domain after
    // it, no white space. Anything stricter refuses real addresses (plus
    // signs, internationalised domains) and the mail server is the final
    // judge anyway.
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(email).hasMatch();
}

bool isValidWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http");
}

bool isKnownTimeZone(const QByteArray &zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone);
}

QTimeZone zoneOrUtc(const QByteArray &zone)
{
    if (isKnownTimeZone(zone)) {
        const QTimeZone tz(zone);
        if (tz.isValid())
            return tz;
    }
    return QTimeZone::utc();
}

QString formatLocal(const QDateTime &instant, const QByteArray &zone, bool withDate)
{
    if (!instant.isValid())
        return {};
    const bool known = isKnownTimeZone(zone);
    const QDateTime local = instant.toTimeZone(zoneOrUtc(zone));
    // The date speaks the language of the message around it. The English
    // form is written with the C locale, whatever the system's locale (the
    // command line's messages are English); a translation of the message
    // brings its own form, filled in by the interface's locale, which the
    // window sets to the interface language (Gui::installTranslations).
    const char *source = withDate ? "d MMM yyyy HH:mm" : "HH:mm";
    const QString format =
        withDate ? QCoreApplication::translate("Podium::Validation", "d MMM yyyy HH:mm",
                                               "a date and time inside a message, in the notation "
                                               "of QDateTime::toString: \"18 Sep 2023 19:00\"")
                 : QCoreApplication::translate("Podium::Validation", "HH:mm",
                                               "a time inside a message, in the notation of "
                                               "QDateTime::toString: \"19:00\"");
    const bool translated = format != QLatin1StringView(source);
    QString text = (translated ? QLocale() : QLocale::c()).toString(local, format);
    if (!known)
        text += QStringLiteral(" UTC");
    return text;
}

void requireText(QList<ValidationIssue> &issues, const QString &field, const QString &text,
                 const QString &message)
{
    if (text.trimmed().isEmpty())
        issues.append({field, message});
}

void requireEither(QList<ValidationIssue> &issues, const QString &field, const LocalizedText &text,
                   const QString &message)
{
    if (text.isEmpty())
        issues.append({field, message});
}

void checkEmail(QList<ValidationIssue> &issues, const QString &field, const QString &email)
{
    if (!email.isEmpty() && !isValidEmail(email))
        issues.append({field, QCoreApplication::translate("Podium::Validation",
                                                          "“%1” is not a valid email address.")
                                  .arg(email)});
}

void checkWebAddress(QList<ValidationIssue> &issues, const QString &field, const QString &address)
{
    if (!address.isEmpty() && !isValidWebAddress(address))
        issues.append({field, QCoreApplication::translate(
                                  "Podium::Validation",
                                  "“%1” is not a web address; it should begin with https://.")
                                  .arg(address)});
}

void checkTimeZone(QList<ValidationIssue> &issues, const QString &field, const QByteArray &zone)
{
    if (zone.isEmpty())
        issues.append({field, QCoreApplication::translate("Podium::Validation",
                                                          "Please choose a time zone.")});
    else if (!isKnownTimeZone(zone))
        issues.append(
            {field, QCoreApplication::translate("Podium::Validation", "Unknown time zone “%1”.")
                        .arg(QString::fromUtf8(zone))});
}

void checkCapacity(QList<ValidationIssue> &issues, const QString &field,
                   const std::optional<int> &capacity)
{
    if (capacity && *capacity < 0)
        issues.append({field, QCoreApplication::translate("Podium::Validation",
                                                          "The capacity cannot be negative.")});
}

void checkSpan(QList<ValidationIssue> &issues, const QDateTime &start, const QDateTime &end,
               const QByteArray &zone)
{
    if (!start.isValid())
        issues.append({QStringLiteral("start"),
                       QCoreApplication::translate("Podium::Validation", "Please enter a start.")});
    if (!end.isValid())
        issues.append({QStringLiteral("end"),
                       QCoreApplication::translate("Podium::Validation", "Please enter an end.")});
    if (!start.isValid() || !end.isValid() || end >= start)
        return;
    const QTimeZone tz = zoneOrUtc(zone);
    const bool sameDay = start.toTimeZone(tz).date() == end.toTimeZone(tz).date();
    issues.append(
        {QStringLiteral("end"),
         QCoreApplication::translate("Podium::Validation", "The end, %1, is before the start, %2.")
             .arg(formatLocal(end, zone, !sameDay), formatLocal(start, zone, !sameDay))});
}

} // namespace Podium::Validation
