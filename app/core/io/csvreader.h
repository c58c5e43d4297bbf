#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Podium {

/**
 * Reads CSV and TSV files as spreadsheets and registration forms really write
 * them (RFC 4180 and its common departures): the delimiter is detected, the
 * encoding is recognised, and every record knows the line it starts on so
 * that a bad row can be named to the person who has to fix it.
 */
class CsvReader
{
public:
    /** How the bytes of the file were encoded. */
    enum class Encoding { Utf8, Utf8WithBom, Utf16, Windows1252 };

    /** One record: its fields and the physical line (from 1) it starts on. */
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    struct Result
    {
        /** Set if the file cannot be read; the records are then empty. */
        QString error;
        /** The line the error concerns, or 0. */
        int errorLine = 0;
        QChar delimiter = QLatin1Char(',');
        Encoding encoding = Encoding::Utf8;
        /** Every non-blank record, the header first. */
        QList<Record> records;
    };

    /** Decodes, detects the delimiter and parses @p data. */
    static Result read(const QByteArray &data);

    /**
     * @p data as text: UTF-16 or UTF-8 after a byte-order mark (which is
     * dropped), UTF-8 if the bytes are valid UTF-8, and Windows-1252 otherwise.
     */
    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);

    /**
     * The delimiter of @p text: whichever of tab, semicolon and comma occurs
     * most often in the first line outside quotes; comma if none does.
     */
    static QChar detectDelimiter(const QString &text);

    /** Parses decoded @p text with @p delimiter. */
    static Result parse(const QString &text, QChar delimiter);

    /** Windows-1252 bytes as text. */
    static QString fromWindows1252(const QByteArray &data);

    /** "UTF-8", "UTF-8 with byte-order mark", "UTF-16", "Windows-1252". */
    static QString encodingName(Encoding encoding);
};

} // namespace Podium
