#include "datetext.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Podium {

namespace {

// The time to the minute in the locale's short form, without "Uhr".
QString clockText(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, clockFormat(locale));
}

// German writes "18:30 Uhr" in running text; the locale's format has no
// word for it.
QString withHourWord(const QString &text, const QLocale &locale)
{
    return locale.language() == QLocale::German ? text + QStringLiteral(" Uhr") : text;
}

// A piece of a format: a field ("dddd", "MM", "yy") or the text between
// fields (", ", ". ", "'de'").
struct FormatPart
{
    QString text;
    bool field = false;
};

bool isFieldLetter(QChar c)
{
    return QStringView(u"dMyhHmszapAPt").contains(c);
}

// @p format cut into fields and the text between them; quoted text stays
// quoted, so joining the parts gives the format back.
QList<FormatPart> formatParts(const QString &format)
{
    QList<FormatPart> parts;
    const auto addText = [&parts](const QString &text) {
        if (!parts.isEmpty() && !parts.last().field)
            parts.last().text += text;
        else
            parts.append({text, false});
    };
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        qsizetype end = i + 1;
        if (c == QLatin1Char('\'')) {
            // Up to the closing quote; "''" inside stands for a quote.
            while (end < format.size()) {
                if (format.at(end) == QLatin1Char('\'')) {
                    if (end + 1 < format.size() && format.at(end + 1) == QLatin1Char('\'')) {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
            addText(format.mid(i, end - i));
        } else if (isFieldLetter(c)) {
            while (end < format.size() && format.at(end) == c)
                ++end;
            parts.append({format.mid(i, end - i), true});
        } else {
            addText(QString(c));
        }
        i = end;
    }
    return parts;
}

// The long date format's weekday ("dddd") and the text that follows it
// (", "), when the locale writes the weekday first; empty otherwise.
QString leadingWeekday(const QLocale &locale)
{
    const QList<FormatPart> parts = formatParts(locale.dateFormat(QLocale::LongFormat));
    if (parts.size() < 2 || parts.at(0).text != QLatin1StringView("dddd") || parts.at(1).field)
        return {};
    return QStringLiteral("ddd") + parts.at(1).text;
}

// Drops the field @p field, with the text after it ("ddd, d. MMM") or,
// when it comes last, the text before it ("d. MMM yyyy").
void removeField(QList<FormatPart> &parts, QStringView field)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!parts.at(i).field || parts.at(i).text != field)
            continue;
        qsizetype first = i;
        qsizetype last = i;
        if (i + 1 < parts.size() && !parts.at(i + 1).field)
            last = i + 1;
        else if (i > 0 && !parts.at(i - 1).field)
            first = i - 1;
        parts.remove(first, last - first + 1);
        return;
    }
}

} // namespace

QString shortDateFormat(const QLocale &locale, Weekday weekday, Year year)
{
    // The long format ("dddd, d. MMMM yyyy") with the names shortened
    // knows the order and the punctuation a short one needs.
    QList<FormatPart> parts = formatParts(locale.dateFormat(QLocale::LongFormat));
    for (FormatPart &part : parts) {
        if (!part.field)
            continue;
        if (part.text == QLatin1StringView("dddd"))
            part.text = QStringLiteral("ddd");
        else if (part.text == QLatin1StringView("MMMM"))
            part.text = QStringLiteral("MMM");
    }
    if (weekday == Weekday::LeftOut)
        removeField(parts, u"ddd");
    if (year == Year::LeftOut)
        removeField(parts, u"yyyy");
    QString format;
    for (const FormatPart &part : std::as_const(parts))
        format += part.text;
    return format.trimmed();
}

QString clockFormat(const QLocale &locale)
{
    // Some locales (C among them) show seconds even in the short format;
    // a programme never does.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return format;
}

QString shortDateTimeFormat(const QLocale &locale, Weekday weekday)
{
    return shortDateFormat(locale, weekday) + QStringLiteral(", ") + clockFormat(locale);
}

QString numericDateFormat(const QLocale &locale)
{
    QList<FormatPart> parts = formatParts(locale.dateFormat(QLocale::ShortFormat));
    QString format;
    for (FormatPart &part : parts) {
        if (part.field && part.text.startsWith(QLatin1Char('y')))
            part.text = QStringLiteral("yyyy");
        format += part.text;
    }
    return format;
}

QString numericDateTimeFormat(const QLocale &locale)
{
    return numericDateFormat(locale) + QStringLiteral(", ") + clockFormat(locale);
}

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

QString dateTimeFieldFormat(const QLocale &locale)
{
    return leadingWeekday(locale) + numericDateFormat(locale) + QStringLiteral(", ") +
           clockFormat(locale);
}

} // namespace Podium
