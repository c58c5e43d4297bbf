#include "icalwriter.h"

#include <QTimeZone>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <cstring>
#include <limits>

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

/**
 * Writes @p size UTF-16 units from @p data to @p target as UTF-8 and returns
 * how many octets that took; @p target must have room for three for each
 * unit, the most any takes.
 */
qsizetype encodeUtf8(char *target, const char16_t *data, qsizetype size)
{
    char *const start = target;
    qsizetype i = 0;
    // ASCII, most of a calendar, four units at a time.
    for (; i + 4 <= size; i += 4) {
        quint64 units;
        std::memcpy(&units, data + i, sizeof units);
        if (units & 0xFF80FF80FF80FF80ULL)
            break;
        target[0] = char(data[i]);
        target[1] = char(data[i + 1]);
        target[2] = char(data[i + 2]);
        target[3] = char(data[i + 3]);
        target += 4;
    }
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
            // A lone surrogate: whatever Qt's own conversion makes of it
            // (one octet, a question mark).
            const QByteArray replaced = QStringView(&data[i], 1).toUtf8();
            const qsizetype octets = qMin<qsizetype>(replaced.size(), 3);
            std::memcpy(target, replaced.constData(), size_t(octets));
            target += octets;
        } else {
            *target++ = char(0xE0 | (c >> 12));
            *target++ = char(0x80 | ((c >> 6) & 0x3F));
            *target++ = char(0x80 | (c & 0x3F));
        }
    }
    return target - start;
}

/**
 * Whether the four UTF-16 units in @p units are all ASCII that TEXT keeps as
 * it is: no control character, no backslash, semicolon or comma.
 */
constexpr bool isPlainAscii(quint64 units)
{
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    // Whether any unit is zero (exact for "any"; units below 0x8000).
    const auto anyZero = [](quint64 v) { return ((v - ones) & ~v & highs) != 0; };
    if (units & 0xFF80FF80FF80FF80ULL)
        return false;
    if (((units - 0x20 * ones) & ~units & highs) != 0) // below 0x20
        return false;
    return !anyZero(units ^ (0x5C * ones)) && !anyZero(units ^ (0x3B * ones)) &&
           !anyZero(units ^ (0x2C * ones)) && !anyZero(units ^ (0x7F * ones));
}

static_assert(isPlainAscii(0x0064'0063'0062'0061ULL));  // "abcd"
static_assert(isPlainAscii(0x0020'007E'0041'0020ULL));  // " A~ "
static_assert(!isPlainAscii(0x0064'002C'0062'0061ULL)); // "ab,d"
static_assert(!isPlainAscii(0x005C'0063'0062'0061ULL)); // "abc\"
static_assert(!isPlainAscii(0x0064'0063'003B'0061ULL)); // "a;cd"
static_assert(!isPlainAscii(0x007F'0063'0062'0061ULL)); // "abc" DEL
static_assert(!isPlainAscii(0x0064'0063'0009'0061ULL)); // "a\tcd"
static_assert(!isPlainAscii(0x0064'0063'0062'00E4ULL)); // "\u00e4bcd"
static_assert(!isPlainAscii(0x0000'0063'0062'0061ULL)); // "abc" NUL

/** Appends @p text as UTF-8 to @p out. */
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3);
    out.resize(at + encodeUtf8(out.data() + at, text.utf16(), text.size()));
}

/** The most octets a line of @p size octets takes folded: a CRLF and a space every 74, and the last
 * CRLF. */
constexpr qsizetype foldedSize(qsizetype size)
{
    return size + (size / (maxLineOctets - 1) + 1) * 3;
}

/** Folds the line @p source of @p size octets into @p target (room for foldedSize()); returns the
 * octets written. */
qsizetype foldTo(char *target, const char *source, qsizetype size)
{
    char *const start = target;
    if (size <= maxLineOctets) {
        std::memcpy(target, source, size_t(size));
        target[size] = '\r';
        target[size + 1] = '\n';
        return size + 2;
    }
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
    return target - start;
}

/**
 * The proleptic Gregorian date of day @p days after 1970-01-01, as
 * QDate::fromJulianDay() gives it, without its calendar machinery.
 */
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    // Most times of a calendar fall on the day before them.
    thread_local qint64 lastDays = std::numeric_limits<qint64>::min();
    thread_local int lastYear = 0;
    thread_local int lastMonth = 0;
    thread_local int lastDay = 0;
    if (days == lastDays) {
        *year = lastYear;
        *month = lastMonth;
        *day = lastDay;
        return;
    }
    lastDays = days;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
    lastYear = *year;
    lastMonth = *month;
    lastDay = *day;
}

/** Years that "yyyy" writes as exactly four digits; others take QDateTime's own formatting. */
bool fourDigitYear(QDate date)
{
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999;
}

/** Two decimal digits of 0 to 99 into @p at. */
void writeTwoDigits(char *at, int value)
{
    at[0] = char('0' + value / 10);
    at[1] = char('0' + value % 10);
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
    if (value.isEmpty())
        return;
    startLine(name, parameters);
    m_textUnits = 0;
    m_textContent = false;
    m_textAfterCr = false;
    addText(value);
    endText();
}

void ICalWriter::writeText(QByteArrayView prefix, QStringView value)
{
    if (value.isEmpty())
        return;
    startText(prefix);
    addText(value);
    endText();
}

void ICalWriter::startText(QByteArrayView prefix)
{
    m_lineSize = 0;
    lineAppend(prefix);
    m_textUnits = 0;
    m_textContent = false;
    m_textAfterCr = false;
}

void ICalWriter::endText()
{
    // Nothing is written if the escaped value is blank (escapeText() then
    // trimmed() would be empty): only kept characters can be blank, every
    // escape sequence is not.
    if (m_textContent)
        finishLine();
}

void ICalWriter::addText(QStringView piece)
{
    // escapeText() and the conversion to UTF-8 in one pass, straight into
    // the line: a large calendar is mostly TEXT. Every unit takes three
    // octets at most (an escape two, a surrogate pair four for two).
    const char16_t *data = piece.utf16();
    const qsizetype size = piece.size();
    if (size == 0)
        return;
    m_textUnits += size;
    char *const start = lineRoom(size * 3);
    char *target = start;
    qsizetype i = 0;
    // A CRLF split between two pieces is one line break, as in one piece.
    if (m_textAfterCr && data[0] == u'\n')
        i = 1;
    m_textAfterCr = false;
    bool content = m_textContent;
    for (; i < size; ++i) {
        if (content) {
            // Once the text has content, runs of plain ASCII (no control
            // character, nothing to escape) are copied eight or four units
            // at a time.
#ifdef __SSE2__
            while (i + 8 <= size) {
                const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
                // Signed: a unit from 0x8000 up counts as below the space.
                const __m128i special = _mm_or_si128(
                    _mm_or_si128(_mm_cmplt_epi16(units, _mm_set1_epi16(0x20)),
                                 _mm_cmpgt_epi16(units, _mm_set1_epi16(0x7E))),
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16(0x5C)),
                                              _mm_cmpeq_epi16(units, _mm_set1_epi16(0x3B))),
                                 _mm_cmpeq_epi16(units, _mm_set1_epi16(0x2C))));
                if (_mm_movemask_epi8(special) != 0)
                    break;
                _mm_storel_epi64(reinterpret_cast<__m128i *>(target),
                                 _mm_packus_epi16(units, units));
                target += 8;
                i += 8;
            }
#endif
            while (i + 4 <= size) {
                quint64 units;
                std::memcpy(&units, data + i, sizeof units);
                if (!isPlainAscii(units))
                    break;
                target[0] = char(units);
                target[1] = char(units >> 16);
                target[2] = char(units >> 32);
                target[3] = char(units >> 48);
                target += 4;
                i += 4;
            }
            if (i == size)
                break;
        }
        const char16_t c = data[i];
        if (c < 0x80) {
            if (c > 0x20 && c != 0x7F && c != u'\\' && c != u';' && c != u',') {
                *target++ = char(c);
                content = true;
                continue;
            }
            // RFC 5545 §3.3.11: backslash, semicolon and comma are escaped,
            // a line break becomes \n whichever convention the source used,
            // a space and a tab are kept (neither counts as content) and the
            // other control characters are dropped.
            switch (c) {
            case u' ':
            case u'\t':
                *target++ = char(c);
                break;
            case u'\\':
            case u';':
            case u',':
                *target++ = '\\';
                *target++ = char(c);
                content = true;
                break;
            case u'\r':
                // A CRLF is one line break.
                if (i + 1 < size && data[i + 1] == u'\n')
                    ++i;
                else if (i + 1 == size)
                    m_textAfterCr = true;
                Q_FALLTHROUGH();
            case u'\n':
                *target++ = '\\';
                *target++ = 'n';
                content = true;
                break;
            default:
                break;
            }
            continue;
        }
        if (c == 0x2028 || c == 0x2029) { // LINE and PARAGRAPH SEPARATOR
            *target++ = '\\';
            *target++ = 'n';
            content = true;
            continue;
        }
        if (!content && !QChar::isSpace(char32_t(c)))
            content = true;
        // One character (two units for a surrogate pair).
        const qsizetype units =
            QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1]) ? 2 : 1;
        target += encodeUtf8(target, data + i, units);
        i += units - 1;
    }
    m_textContent = content;
    m_lineSize += target - start;
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

QByteArray ICalWriter::utf8(QStringView text)
{
    QByteArray out;
    appendUtf8(out, text);
    return out;
}

QByteArray ICalWriter::prefix(const QString &name, const Parameters &parameters)
{
    ICalWriter w;
    w.startLine(name, parameters);
    return w.m_line.first(w.m_lineSize);
}

void ICalWriter::writeRaw(QByteArrayView prefix, QByteArrayView value)
{
    if (value.isEmpty())
        return;
    const qsizetype size = prefix.size() + value.size();
    if (size <= maxLineOctets) {
        // Most lines: nothing to fold.
        char *target = room(size + 2);
        std::memcpy(target, prefix.data(), size_t(prefix.size()));
        std::memcpy(target + prefix.size(), value.data(), size_t(value.size()));
        target[size] = '\r';
        target[size + 1] = '\n';
        m_size += size + 2;
        return;
    }
    m_lineSize = 0;
    lineAppend(prefix);
    lineAppend(value);
    finishLine();
}

void ICalWriter::writeUtc(QByteArrayView prefix, const QDateTime &instant)
{
    if (!instant.isValid())
        return;
    char text[16];
    if (!formatDateTime(text, instant.toMSecsSinceEpoch())) {
        writeRaw(prefix, utcDateTime(instant).toUtf8());
        return;
    }
    text[15] = 'Z';
    writeRaw(prefix, QByteArrayView(text, 16));
}

void ICalWriter::writeLocalDateTime(QByteArrayView prefix, QDate date, QTime time)
{
    if (!fourDigitYear(date) || !time.isValid()) {
        writeRaw(prefix, localDateTime(date, time).toUtf8());
        return;
    }
    char text[15];
    writeDateTime(text, date, time);
    writeRaw(prefix, QByteArrayView(text, 15));
}

void ICalWriter::civilDate(qint64 msecsSinceEpoch, int *year, int *month, int *day)
{
    constexpr qint64 msPerDay = 86400000;
    const qint64 days = msecsSinceEpoch >= 0 ? msecsSinceEpoch / msPerDay
                                             : (msecsSinceEpoch - msPerDay + 1) / msPerDay;
    civilFromDays(days, year, month, day);
}

bool ICalWriter::formatDateTime(char *out, qint64 msecsSinceEpoch)
{
    constexpr qint64 msPerDay = 86400000;
    const qint64 days = msecsSinceEpoch >= 0 ? msecsSinceEpoch / msPerDay
                                             : (msecsSinceEpoch - msPerDay + 1) / msPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1000 || year > 9999)
        return false;
    const int seconds = int((msecsSinceEpoch - days * msPerDay) / 1000);
    writeTwoDigits(out, year / 100);
    writeTwoDigits(out + 2, year % 100);
    writeTwoDigits(out + 4, month);
    writeTwoDigits(out + 6, day);
    out[8] = 'T';
    writeTwoDigits(out + 9, seconds / 3600);
    writeTwoDigits(out + 11, seconds / 60 % 60);
    writeTwoDigits(out + 13, seconds % 60);
    return true;
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
    QByteArray out(foldedSize(line.size()), Qt::Uninitialized);
    out.resize(foldTo(out.data(), line.constData(), line.size()));
    return out;
}

void ICalWriter::append(QByteArrayView lines)
{
    std::memcpy(room(lines.size()), lines.data(), size_t(lines.size()));
    m_size += lines.size();
}

char *ICalWriter::room(qsizetype octets)
{
    // Doubling: a calendar of tens of megabytes grows in a few steps. The
    // array is kept at its full size; m_size says how much is written.
    if (m_data.size() - m_size < octets)
        m_data.resize(qMax(m_data.size() * 2, m_size + octets));
    return m_data.data() + m_size;
}

char *ICalWriter::lineRoom(qsizetype octets)
{
    if (m_line.size() - m_lineSize < octets)
        m_line.resize(qMax(m_line.size() * 2, m_lineSize + octets));
    return m_line.data() + m_lineSize;
}

void ICalWriter::lineAppend(QByteArrayView octets)
{
    std::memcpy(lineRoom(octets.size()), octets.data(), size_t(octets.size()));
    m_lineSize += octets.size();
}

void ICalWriter::lineAppendUtf8(QStringView text)
{
    m_lineSize += encodeUtf8(lineRoom(text.size() * 3), text.utf16(), text.size());
}

void ICalWriter::finishLine()
{
    m_size += foldTo(room(foldedSize(m_lineSize)), m_line.constData(), m_lineSize);
}

QByteArray ICalWriter::data() const
{
    return m_data.first(m_size);
}

QByteArray ICalWriter::take()
{
    m_data.resize(m_size);
    m_size = 0;
    return std::exchange(m_data, {});
}

void ICalWriter::reserve(qsizetype octets)
{
    if (m_data.size() - m_size < octets)
        m_data.resize(m_size + octets);
}

QString ICalWriter::utcDateTime(const QDateTime &instant)
{
    char text[16];
    if (instant.isValid() && formatDateTime(text, instant.toMSecsSinceEpoch())) {
        text[15] = 'Z';
        return QString::fromLatin1(text, 16);
    }
    // A year without four digits, or no time at all.
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
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
    lineAppendUtf8(value);
    finishLine();
}

void ICalWriter::startLine(const QString &name, const Parameters &parameters)
{
    m_lineSize = 0; // the line keeps its memory
    lineAppendUtf8(name);
    for (const auto &[parameter, parameterValueText] : parameters) {
        if (parameterValueText.isEmpty())
            continue;
        lineAppend(";");
        lineAppendUtf8(parameter);
        lineAppend("=");
        lineAppendUtf8(parameterValue(parameterValueText));
    }
    lineAppend(":");
}

} // namespace Podium
