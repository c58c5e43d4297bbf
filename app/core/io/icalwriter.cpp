#include "icalwriter.h"

#include <QTimeZone>

namespace Podium {

namespace {

// RFC 5545 §3.1: a physical line holds at most 75 octets, not counting CRLF.
constexpr qsizetype maxLineOctets = 75;

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F;
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/** Appends @p text as UTF-8, without a temporary for the ASCII that most of a calendar is. */
void appendUtf8(QByteArray &out, QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && data[i] < 0x80)
        ++i;
    const qsizetype at = out.size();
    out.resize(at + i);
    char *target = out.data() + at;
    for (qsizetype k = 0; k < i; ++k)
        target[k] = char(data[k]);
    if (i < size)
        out += text.mid(i).toUtf8();
}

/** Years that "yyyy" writes as exactly four digits; others take QDateTime's own formatting. */
bool fourDigitYear(QDate date)
{
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999;
}

void writeNumber(char *at, int value, int digits)
{
    for (int k = digits - 1; k >= 0; --k) {
        at[k] = char('0' + value % 10);
        value /= 10;
    }
}

/** yyyyMMdd into @p at (8 characters). */
void writeDate(char *at, QDate date)
{
    writeNumber(at, date.year(), 4);
    writeNumber(at + 4, date.month(), 2);
    writeNumber(at + 6, date.day(), 2);
}

/** yyyyMMdd'T'HHmmss into @p at (15 characters). */
void writeDateTime(char *at, QDate date, QTime time)
{
    writeDate(at, date);
    at[8] = 'T';
    writeNumber(at + 9, time.hour(), 2);
    writeNumber(at + 11, time.minute(), 2);
    writeNumber(at + 13, time.second(), 2);
}

} // namespace

void ICalWriter::begin(const QString &component)
{
    line(QStringLiteral("BEGIN"), {}, component);
}

void ICalWriter::end(const QString &component)
{
    line(QStringLiteral("END"), {}, component);
}

void ICalWriter::text(const QString &name, const QString &value, const Parameters &parameters)
{
    const QString escaped = escapeText(value);
    if (escaped.trimmed().isEmpty())
        return;
    line(name, parameters, escaped);
}

void ICalWriter::textList(const QString &name, const QStringList &values)
{
    QStringList escaped;
    for (const QString &v : values) {
        const QString e = escapeText(v.trimmed());
        if (!e.isEmpty() && !escaped.contains(e))
            escaped.append(e);
    }
    if (escaped.isEmpty())
        return;
    line(name, {}, escaped.join(QLatin1Char(',')));
}

void ICalWriter::raw(const QString &name, const QString &value, const Parameters &parameters)
{
    if (value.isEmpty())
        return;
    line(name, parameters, value);
}

void ICalWriter::utc(const QString &name, const QDateTime &instant)
{
    if (instant.isValid())
        line(name, {}, utcDateTime(instant));
}

QString ICalWriter::escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        // RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, and
        // a line break becomes \n whichever convention the source used.
        case u'\\':
            out += QLatin1StringView("\\\\");
            break;
        case u';':
            out += QLatin1StringView("\\;");
            break;
        case u',':
            out += QLatin1StringView("\\,");
            break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1StringView("\\n");
            break;
        case u'\n':
        case 0x2028: // LINE SEPARATOR
        case 0x2029: // PARAGRAPH SEPARATOR
            out += QLatin1StringView("\\n");
            break;
        case u'\t':
            out += c;
            break;
        default:
            // TEXT excludes the other control characters.
            if (!isControl(c))
                out += c;
        }
    }
    return out;
}

QString ICalWriter::parameterValue(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (isControl(c))
            clean += QLatin1Char(' ');
        // RFC 5545 §3.1: a parameter value can never hold a double quote,
        // quoted or not; an apostrophe keeps a name such as the "sef:"
        // readable.
        else if (c == QLatin1Char('"'))
            clean += QLatin1Char('\'');
        else
            clean += c;
    }
    // RFC 5545 §3.2: values with a colon, semicolon or comma must be quoted.
    if (clean.contains(QLatin1Char(':')) || clean.contains(QLatin1Char(';')) ||
        clean.contains(QLatin1Char(',')))
        return QLatin1Char('"') + clean + QLatin1Char('"');
    return clean;
}

QByteArray ICalWriter::fold(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 60 * 3 + 2);
    foldInto(out, line);
    return out;
}

void ICalWriter::foldInto(QByteArray &out, const QByteArray &line)
{
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with one space, which counts towards
        // its 75 octets.
        const qsizetype room = first ? maxLineOctets : maxLineOctets - 1;
        if (line.size() - pos <= room) {
            if (!first)
                out += ' ';
            out.append(line.constData() + pos, line.size() - pos);
            out += "\r\n";
            break;
        }
        qsizetype cut = pos + room;
        // RFC 5545 §3.1: fold between characters, never inside a UTF-8
        // sequence; back off to the first byte of the sequence.
        while (cut > pos && isUtf8Continuation(line.at(cut)))
            --cut;
        if (!first)
            out += ' ';
        out.append(line.constData() + pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

QString ICalWriter::utcDateTime(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!fourDigitYear(d))
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    char text[16];
    writeDateTime(text, d, t);
    text[15] = 'Z';
    return QString::fromLatin1(text, 16);
}

QString ICalWriter::localDateTime(const QDateTime &local)
{
    const QDate d = local.date();
    if (!fourDigitYear(d))
        return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    char text[15];
    writeDateTime(text, d, local.time());
    return QString::fromLatin1(text, 15);
}

QString ICalWriter::localDateTime(QDate date, QTime time)
{
    if (!fourDigitYear(date) || !time.isValid())
        return localDateTime(QDateTime(date, time, QTimeZone::utc()));
    char text[15];
    writeDateTime(text, date, time);
    return QString::fromLatin1(text, 15);
}

QString ICalWriter::date(QDate date)
{
    if (!fourDigitYear(date))
        return date.toString(QStringLiteral("yyyyMMdd"));
    char text[8];
    writeDate(text, date);
    return QString::fromLatin1(text, 8);
}

void ICalWriter::line(const QString &name, const Parameters &parameters, const QString &value)
{
    m_line.clear();
    appendUtf8(m_line, name);
    for (const auto &[parameter, parameterValueText] : parameters) {
        if (parameterValueText.isEmpty())
            continue;
        m_line += ';';
        appendUtf8(m_line, parameter);
        m_line += '=';
        appendUtf8(m_line, parameterValue(parameterValueText));
    }
    m_line += ':';
    appendUtf8(m_line, value);
    foldInto(m_data, m_line);
}

} // namespace Podium
