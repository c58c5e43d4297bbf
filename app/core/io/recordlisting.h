#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Podium {

class Database;

/**
 * Plain listings of the records in a database, as rows of named columns: what
 * `podium list` prints as TSV or JSON. Read-only.
 */
class RecordListing
{
public:
    enum class Kind { Events, People, Organisations, Registrations };

    struct Options
    {
        /** "en" or "de"; empty means each event's own language. */
        QString language;
        /** Restricts registrations to one event (0 = all events). */
        qint64 eventId = 0;
    };

    /** Column names and rows, in a stable order (by id). */
    struct Table
    {
        QStringList columns;
        QList<QVariantList> rows;
    };

    /** Parses "events", "people", "organisations" or "registrations". */
    static bool kindFromName(const QString &name, Kind *kind);

    static bool query(const Database &database, Kind kind, const Options &options, Table *table,
                      QString *error);

    /** Tab-separated, a header line first; tabs, newlines and backslashes escaped as \t, \n, \\. */
    static QByteArray toTsv(const Table &table);
    /** A JSON array of objects, one per row, keyed by column name. */
    static QByteArray toJson(const Table &table);
};

} // namespace Podium
