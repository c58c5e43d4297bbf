#include "datetext.h"

#include <QRegularExpression>

namespace Podium {

QString timeText(const QTime &time, const QLocale &locale)
{
    // Some locales (C among them) show seconds even in the short format;
    // a programme never does.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    const QString text = locale.toString(time, format);
    // German writes "18:30 Uhr" in running text; the locale's format has no
    // word for it.
    if (locale.language() == QLocale::German)
        return text + QStringLiteral(" Uhr");
    return text;
}

QString longDateTimeText(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return QStringLiteral("%1, %2").arg(locale.toString(dateTime.date(), QLocale::LongFormat),
                                        timeText(dateTime.time(), locale));
}

} // namespace Podium
