#include "icalwriter.h"

#include <QTimeZone>

#include <cstring>

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
    qsizetype at = out.size();
    // Room for the rest at three octets per UTF-16 unit, the most any takes.
    out.resize(at + i + (size - i) * 3);
    char *target = out.data() + at;
    for (qsizetype k = 0; k < i; ++k)
        target[k] = char(data[k]);
    target += i;
    for (; i < size; ++i) {
        const char16_t c = data[i];
        if (c < 0x80) {
            *target++ = char(c);
        } else if (c < 0x800) {
            *target++ = char(0xC0 | (c >> 6));
            *target++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size &&
                   QChar::isLowSurrogate(data[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, data[i + 1]);
            ++i;
            *target++ = char(0xF0 | (u >> 18));
            *target++ = char(0x80 | ((u >> 12) & 0x3F));
            *target++ = char(0x80 | ((u >> 6) & 0x3F));
            *target++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate: whatever Qt's own conversion makes of it.
            const QByteArray replaced = QStringView(&data[i], 1).toUtf8();
            at = target - out.constData();
            out.resize(at + replaced.size() + (size - i - 1) * 3);
            target = out.data() + at;
            std::memcpy(target, replaced.constData(), size_t(replaced.size()));
            target += replaced.size();
        } else {
            *target++ = char(0xE0 | (c >> 12));
            *target++ = char(0x80 | ((c >> 6) & 0x3F));
            *target++ = char(0x80 | (c & 0x3F));
        }
    }
    out.resize(target - out.constData());
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
    // escapeText() and the conversion to UTF-8 in one pass, straight into
    // the line: a large calendar is mostly TEXT.
    if (value.isEmpty())
        return;
    startLine(name, parameters);
    const auto *data = reinterpret_cast<const char16_t *>(value.utf16());
    const qsizetype size = value.size();
    // Nothing is written if the escaped value is blank (escapeText() then
    // trimmed() would be empty): only kept characters can be blank, every
    // escape sequence is not.
    bool content = false;
    qsizetype from = 0;
    const auto flush = [&](qsizetype to) {
        if (to > from)
            appendUtf8(m_line, QStringView(data + from, to - from));
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        const char *escape = nullptr;
        switch (c) {
        case u'\\':
            escape = "\\\\";
            break;
        case u';':
            escape = "\\;";
            break;
        case u',':
            escape = "\\,";
            break;
        case u'\r':
        case u'\n':
        case 0x2028: // LINE SEPARATOR
        case 0x2029: // PARAGRAPH SEPARATOR
            escape = "\\n";
            break;
        case u'\t':
            continue;
        default:
            if (c < 0x20 || c == 0x7F)
                break; // TEXT excludes the other control characters: dropped
            if (!content && (c < 0x80 ? c != u' ' : !QChar::isSpace(char32_t(c))))
                content = true;
            continue;
        }
        flush(i);
        if (escape) {
            m_line.append(escape, 2);
            content = true;
            // A CRLF is one line break.
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n')
                ++i;
        }
        from = i + 1;
    }
    flush(size);
    if (content)
        foldInto(m_data, m_line);
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

void ICalWriter::append(const QByteArray &lines)
{
    const qsizetype at = m_data.size();
    std::memcpy(grow(m_data, lines.size()), lines.constData(), size_t(lines.size()));
    m_data.resize(at + lines.size());
}

char *ICalWriter::grow(QByteArray &out, qsizetype octets)
{
    // Doubling: a calendar of tens of megabytes grows in a few steps.
    const qsizetype at = out.size();
    if (out.capacity() - at < octets)
        out.reserve(qMax(out.capacity() * 2, at + octets));
    out.resize(at + octets);
    return out.data() + at;
}

void ICalWriter::foldInto(QByteArray &out, const QByteArray &line)
{
    const char *source = line.constData();
    const qsizetype size = line.size();
    // At most a CRLF and a space for every 74 octets, and the last CRLF.
    char *target = grow(out, size + (size / (maxLineOctets - 1) + 1) * 3);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with one space, which counts towards
        // its 75 octets.
        const qsizetype room = first ? maxLineOctets : maxLineOctets - 1;
        if (!first)
            *target++ = ' ';
        if (size - pos <= room) {
            std::memcpy(target, source + pos, size_t(size - pos));
            target += size - pos;
            *target++ = '\r';
            *target++ = '\n';
            break;
        }
        qsizetype cut = pos + room;
        // RFC 5545 §3.1: fold between characters, never inside a UTF-8
        // sequence; back off to the first byte of the sequence.
        while (cut > pos && isUtf8Continuation(source[cut]))
            --cut;
        std::memcpy(target, source + pos, size_t(cut - pos));
        target += cut - pos;
        *target++ = '\r';
        *target++ = '\n';
        pos = cut;
        first = false;
    }
    out.resize(target - out.constData());
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
    startLine(name, parameters);
    appendUtf8(m_line, value);
    foldInto(m_data, m_line);
}

void ICalWriter::startLine(const QString &name, const Parameters &parameters)
{
    m_line.resize(0); // keeps its memory, where clear() would free it
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
}

} // namespace Podium
