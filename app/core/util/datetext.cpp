#include "datetext.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Podium {

namespace {

// The time to the minute in the locale's short form, without "Uhr".
QString clockText(const QTime &time, const QLocale &locale)
{
    // Some locales (C among them) show seconds even in the short format;
    // a programme never does.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return locale.toString(time, format);
}

// German writes "18:30 Uhr" in running text; the locale's format has no
// word for it.
QString withHourWord(const QString &text, const QLocale &locale)
{
    return locale.language() == QLocale::German ? text + QStringLiteral(" Uhr") : text;
}

} // namespace

QString timeText(const QTime &time, const QLocale &locale)
{
    return withHourWord(clockText(time, locale), locale);
}

QString longDateTimeText(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return QStringLiteral("%1, %2").arg(locale.toString(dateTime.date(), QLocale::LongFormat),
                                        timeText(dateTime.time(), locale));
}

QString periodText(const QDateTime &start, const QDateTime &end, const QLocale &locale)
{
    if (!start.isValid())
        return {};
    const QDateTime last = end.toTimeZone(start.timeZone());
    if (!end.isValid() || last.date() != start.date()) {
        const QString to = longDateTimeText(last, locale);
        return longDateTimeText(start, locale) +
               (to.isEmpty() ? QString() : QStringLiteral(" \u2013 ") + to);
    }
    // One "Uhr" for both times in German: "18:30–20:00 Uhr".
    return QStringLiteral("%1, %2\u2013%3")
        .arg(locale.toString(start.date(), QLocale::LongFormat), clockText(start.time(), locale),
             withHourWord(clockText(last.time(), locale), locale));
}

} // namespace Podium
