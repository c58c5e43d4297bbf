#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Podium {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Qt 6.4's
// QStringConverter has no Windows-1252 of its own (only builds with ICU
// decode it by name), so the 32 code points are listed here; the five that
// Windows leaves undefined map to the C1 controls of the same value, as
// ICU and the WHATWG Encoding Standard do.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

QString CsvReader::fromWindows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    Encoding found = Encoding::Utf8;
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        // Excel's "CSV UTF-8" writes this mark; it is not part of the first header.
        found = Encoding::Utf8WithBom;
        text = QString::fromUtf8(data.constData() + 3, data.size() - 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" is UTF-16 with a mark, tab-separated.
        found = Encoding::Utf16;
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        text = decoder(data.mid(2));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8(data);
        // Bytes that are no UTF-8 come from Excel's "CSV (comma delimited)"
        // on a Western European Windows: Windows-1252.
        if (utf8.hasError()) {
            found = Encoding::Windows1252;
            text = fromWindows1252(data);
        }
    }
    if (encoding)
        *encoding = found;
    return text;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Excel understands a first line "sep=;" naming the delimiter.
    if (text.startsWith(QLatin1StringView("sep=")) && text.size() > 4 && !isLineBreak(text.at(4)))
        return text.at(4);
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice and changes nothing
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    // On a tie the rarer character in ordinary text wins: a header such as
    // "Name, Vorname;E-Mail" is more likely split by semicolons.
    if (tab > 0 && tab >= semicolon && tab >= comma)
        return QLatin1Char('\t');
    if (semicolon > 0 && semicolon >= comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvReader::Result CsvReader::parse(const QString &text, QChar delimiter)
{
    Result result;
    result.delimiter = delimiter;
    const QChar quote = QLatin1Char('"');
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    if (text.startsWith(QLatin1StringView("sep="))) {
        while (pos < n && !isLineBreak(text.at(pos)))
            ++pos;
    }
    // Consumes one line break (CRLF, LF or a lone CR) at pos, if there is one.
    auto skipLineBreak = [&]() {
        if (pos >= n || !isLineBreak(text.at(pos)))
            return false;
        if (text.at(pos) == QLatin1Char('\r') && pos + 1 < n &&
            text.at(pos + 1) == QLatin1Char('\n'))
            pos += 2;
        else
            ++pos;
        ++line;
        return true;
    };
    if (pos > 0)
        skipLineBreak();

    while (pos < n) {
        Record record;
        record.line = line;
        bool anyQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (pos < n && text.at(pos) == quote) {
                // RFC 4180 §2.6: a quoted field may hold delimiters and line breaks.
                anyQuoted = true;
                const int openedOn = line;
                ++pos;
                bool closed = false;
                while (pos < n) {
                    const QChar c = text.at(pos);
                    if (c == quote) {
                        // RFC 4180 §2.7: a quote inside a quoted field is doubled.
                        if (pos + 1 < n && text.at(pos + 1) == quote) {
                            field += quote;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (isLineBreak(c)) {
                        // Line breaks inside a cell are kept as LF, whatever the
                        // file's record separator, as Podium stores text.
                        skipLineBreak();
                        field += QLatin1Char('\n');
                        continue;
                    }
                    field += c;
                    ++pos;
                }
                if (!closed) {
                    result.error =
                        QCoreApplication::translate(
                            "Podium::CsvReader", "A quoted field that begins on line %1 is never "
                                                 "closed: a quotation mark is missing.")
                            .arg(openedOn);
                    result.errorLine = openedOn;
                    result.records.clear();
                    return result;
                }
            }
            // Unquoted text, or what follows a closing quote: RFC 4180 §2.5
            // forbids the latter, but spreadsheets write it ("abc"def), so it
            // is kept rather than losing the row.
            const qsizetype start = pos;
            while (pos < n && text.at(pos) != delimiter && !isLineBreak(text.at(pos)))
                ++pos;
            field += QStringView(text).mid(start, pos - start);
            record.fields.append(field);
            if (pos < n && text.at(pos) == delimiter) {
                ++pos;
            } else {
                skipLineBreak();
                endOfRecord = true;
            }
        }
        // Blank lines (trailing ones in particular) are no records.
        const bool blank =
            !anyQuoted && record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            result.records.append(std::move(record));
    }
    return result;
}

CsvReader::Result CsvReader::read(const QByteArray &data)
{
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(data, &encoding);
    Result result = parse(text, detectDelimiter(text));
    result.encoding = encoding;
    return result;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QCoreApplication::translate("Podium::CsvReader", "UTF-8 with byte-order mark",
                                           "the encoding of a file");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace Podium
