#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <utility>

namespace Podium {

/**
 * Writes iCalendar content lines (RFC 5545 §3.1): UTF-8 without a byte-order
 * mark, CRLF line ends, folding at 75 octets that never splits a UTF-8
 * sequence, TEXT escaping, quoted parameter values, and no empty properties.
 */
class ICalWriter
{
public:
    /** Parameters of one property, in the order they are written. */
    using Parameters = QList<QPair<QString, QString>>;

    /** Writes BEGIN:@p component. */
    void begin(const QString &component);
    /** Writes END:@p component. */
    void end(const QString &component);

    /**
     * Writes a TEXT property (RFC 5545 §3.3.11), escaping the value. Nothing
     * is written if the value is empty after removing control characters.
     */
    void text(const QString &name, const QString &value, const Parameters &parameters = {});

    /**
     * Writes a property whose value is a list of TEXT values separated by
     * commas (CATEGORIES). Empty items are dropped; nothing is written if
     * none is left.
     */
    void textList(const QString &name, const QStringList &values);

    /**
     * Writes a property whose value is already in its RFC 5545 form (a URI,
     * an integer, a date-time, a keyword). Nothing is written if it is empty.
     */
    void raw(const QString &name, const QString &value, const Parameters &parameters = {});

    /** Writes a DATE-TIME in UTC: 20230919T170000Z. */
    void utc(const QString &name, const QDateTime &instant);

    /** The calendar written so far. */
    QByteArray data() const { return m_data; }
    /** Takes the calendar written so far, leaving the writer empty. */
    QByteArray take() { return std::exchange(m_data, {}); }
    /** Makes room for @p octets more without reallocating. */
    void reserve(qsizetype octets) { m_data.reserve(m_data.size() + octets); }
    /** Appends whole content lines written by another ICalWriter. */
    void append(const QByteArray &lines);

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static QString escapeText(const QString &value);

    /** A parameter value as written: quoted when it holds : ; or , (RFC 5545 §3.2). */
    static QString parameterValue(const QString &value);

    /**
     * Folds one unfolded content line and ends every physical line with
     * CRLF (RFC 5545 §3.1).
     */
    static QByteArray fold(const QByteArray &line);

    /** Formats an instant as a UTC DATE-TIME (RFC 5545 §3.3.5, form 2). */
    static QString utcDateTime(const QDateTime &instant);
    /** Formats a local DATE-TIME without zone designator (RFC 5545 §3.3.5, forms 1 and 3). */
    static QString localDateTime(const QDateTime &local);
    /** The same for a wall-clock date and time given apart. */
    static QString localDateTime(QDate date, QTime time);
    /** Formats a DATE (RFC 5545 §3.3.4). */
    static QString date(QDate date);

private:
    void line(const QString &name, const Parameters &parameters, const QString &value);
    /** Starts m_line with the name, the parameters and the colon. */
    void startLine(const QString &name, const Parameters &parameters);
    /**
     * Makes @p out @p octets longer, its capacity growing by doubling, and
     * returns where they start; the caller writes them and sets the size.
     */
    static char *grow(QByteArray &out, qsizetype octets);
    /** Appends @p line folded (see fold()) to @p out. */
    static void foldInto(QByteArray &out, const QByteArray &line);

    QByteArray m_data;
    /** The line being written, kept to reuse its memory. */
    QByteArray m_line;
};

} // namespace Podium
