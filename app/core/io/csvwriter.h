#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace Podium {

/**
 * Writes CSV as RFC 4180 describes it (UTF-8, CRLF, quotes only where
 * needed), safe to open in a spreadsheet: a cell that a spreadsheet would
 * run as a formula is neutralised.
 *
 * Neutralising: a cell starting with =, +, -, @, tab or carriage return
 * gets a leading apostrophe and is quoted ("'+49 228 959250"), as OWASP
 * recommends against CSV injection. The text stays readable, a phone number
 * included, and spreadsheets show it as text instead of evaluating it;
 * restored() takes the apostrophe off again when Podium reads its own files.
 */
class CsvWriter
{
public:
    struct Options
    {
        /** Starts the file with a UTF-8 byte-order mark, so that Excel reads umlauts right. */
        bool byteOrderMark = false;
        QChar delimiter = QLatin1Char(',');
        /** Neutralises cells that a spreadsheet would take for a formula. */
        bool neutraliseFormulas = true;
    };

    explicit CsvWriter(const Options &options);

    /** Appends one record. */
    void addRow(const QStringList &cells);
    /** The file so far, encoded as UTF-8. */
    QByteArray data() const { return m_data; }

    /** One cell as it appears in the file, quoted if needed. */
    static QString field(const QString &cell, QChar delimiter, bool neutraliseFormulas);
    /** True if a spreadsheet would treat @p cell as a formula. */
    static bool startsLikeFormula(const QString &cell);
    /** @p cell with the apostrophe that neutralised it removed; other cells unchanged. */
    static QString restored(const QString &cell);

private:
    Options m_options;
    QByteArray m_data;
};

} // namespace Podium
