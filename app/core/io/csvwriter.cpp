#include "csvwriter.h"

namespace Podium {

CsvWriter::CsvWriter(const Options &options)
    : m_options(options)
{
    if (m_options.byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

bool CsvWriter::startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::restored(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && startsLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::field(const QString &cell, QChar delimiter, bool neutraliseFormulas)
{
    QString text = cell;
    bool quote = false;
    if (neutraliseFormulas && startsLikeFormula(text)) {
        // OWASP: prefix an apostrophe and quote the cell, so that neither a
        // spreadsheet nor a later split at the delimiter makes it a formula.
        text.prepend(QLatin1Char('\''));
        quote = true;
    }
    // RFC 4180 §2.6: fields containing line breaks, quotes or the delimiter are quoted.
    if (!quote) {
        for (const QChar c : std::as_const(text)) {
            if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r')) {
                quote = true;
                break;
            }
        }
    }
    if (!quote)
        return text;
    // RFC 4180 §2.7: a quote inside a quoted field is doubled.
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += field(cells.at(i), m_options.delimiter, m_options.neutraliseFormulas);
    }
    // RFC 4180 §2.1: each record ends with CRLF.
    line += QLatin1StringView("\r\n");
    m_data.append(line.toUtf8());
}

} // namespace Podium
