#pragma once

#include "domain/language.h"
#include "domain/registration.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace Podium {

class Database;

/**
 * Writes the registrations of one event as CSV for the venue, the caterer
 * or a mail merge: the chosen columns, optionally only some statuses, in the
 * order of a sign-in sheet, with headers the import reads back.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class RegistrationExport
{
public:
    enum class Column {
        Honorific,
        GivenName,
        FamilyName,
        Email,
        Organisation,
        Position,
        Phone,
        Status,
        RegisteredAt,
        CheckedInAt,
        Needs,
        Notes,
    };

    struct Options
    {
        /** Only registrations with one of these statuses; all if empty. */
        QList<RegistrationStatus> statuses;
        /** The columns in order; defaultColumns() if empty. */
        QList<Column> columns;
        /** The language of the headers and status words. */
        Language language = Language::English;
        bool byteOrderMark = false;
        QChar delimiter = QLatin1Char(',');
    };

    /** Writes the CSV to @p data; false with @p error if the event does not exist. */
    static bool write(const Database &database, qint64 eventId, const Options &options,
                      QByteArray *data, int *rowCount, QString *error);

    /** Name, e-mail, organisation, position, phone, status, needs and notes. */
    static QList<Column> defaultColumns();
    /** Every column, in the order of the enum. */
    static QList<Column> allColumns();
    /** The header of @p column in @p language ("Vorname", "First name"). */
    static QString header(Column column, Language language);
    /** The key of @p column on the command line ("given-name", "email"…). */
    static QString key(Column column);
    /** The column of a command-line key, or nullopt. */
    static std::optional<Column> columnFromKey(const QString &key);
};

} // namespace Podium
