#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

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

    /**
     * A property's name and parameters as written in front of its value,
     * colon included ("DTSTART;TZID=Europe/Berlin:"), to write many lines
     * of the same property with the functions below.
     */
    static QByteArray prefix(const QString &name, const Parameters &parameters = {});
    /** text() for the property of @p prefix (see prefix()). */
    void writeText(QByteArrayView prefix, QStringView value);
    /**
     * raw() for the property of @p prefix, with a value that is already
     * UTF-8; nothing is written if it is empty.
     */
    void writeRaw(QByteArrayView prefix, QByteArrayView value);
    /**
     * Writes a TEXT property given in pieces, exactly as text() writes the
     * pieces joined, without joining them: startText() with the property's
     * prefix(), addText() for each piece, endText().
     */
    void startText(QByteArrayView prefix);
    void addText(QStringView piece);
    /** How many UTF-16 units the pieces given since startText() hold; 0 if none. */
    qsizetype textSize() const { return m_textUnits; }
    void endText();
    /** utc() for the property of @p prefix. */
    void writeUtc(QByteArrayView prefix, const QDateTime &instant);
    /** Writes a local DATE-TIME (localDateTime()) for the property of @p prefix. */
    void writeLocalDateTime(QByteArrayView prefix, QDate date, QTime time);

    /** The calendar written so far. */
    QByteArray data() const;
    /** Takes the calendar written so far, leaving the writer empty. */
    QByteArray take();
    /** Makes room for @p octets more without reallocating. */
    void reserve(qsizetype octets);
    /** How many octets are written so far. */
    qsizetype size() const { return m_size; }
    /** Appends whole content lines written by another ICalWriter. */
    void append(QByteArrayView lines);

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

    /**
     * Writes the UTC DATE-TIME of @p msecsSinceEpoch (RFC 5545 §3.3.5, form
     * 2, without the Z) into @p out, 15 characters. False, with nothing
     * written, for a year that does not have four digits.
     */
    static bool formatDateTime(char *out, qint64 msecsSinceEpoch);

    /**
     * The proleptic Gregorian date of the UTC instant @p msecsSinceEpoch,
     * as QDate gives it for years after 0 (here 0 is 1 BCE, -1 is 2 BCE).
     */
    static void civilDate(qint64 msecsSinceEpoch, int *year, int *month, int *day);

    /** @p text as UTF-8, exactly as the writer encodes every value. */
    static QByteArray utf8(QStringView text);

private:
    void line(const QString &name, const Parameters &parameters, const QString &value);
    /** Folds the line into the calendar. */
    void finishLine();
    /** Starts the line with the name, the parameters and the colon. */
    void startLine(const QString &name, const Parameters &parameters);
    /**
     * Room for @p octets more after what is written (m_size), the array
     * growing by doubling; the caller writes them and moves m_size on.
     */
    char *room(qsizetype octets);
    /** The same for the line being written (m_lineSize). */
    char *lineRoom(qsizetype octets);
    void lineAppend(QByteArrayView octets);
    void lineAppendUtf8(QStringView text);

    /** The calendar: its first m_size octets; the rest is room to grow. */
    QByteArray m_data;
    qsizetype m_size = 0;
    /** The line being written: its first m_lineSize octets, the memory kept for the next. */
    QByteArray m_line;
    qsizetype m_lineSize = 0;
    /** The TEXT value being written: its units so far, whether any is not blank, a CR last. */
    qsizetype m_textUnits = 0;
    bool m_textContent = false;
    bool m_textAfterCr = false;
};

} // namespace Podium
