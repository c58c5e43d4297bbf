#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QUrl;

namespace Podium {

/**
 * What a file handed to the window is for: dropped on it, named on the
 * command line (`podium invitation.ics`) or opened with Podium from the
 * desktop. The name's extension says what the file claims to be, its first
 * bytes whether it is: a calendar must begin with BEGIN:VCALENDAR, a
 * database with SQLite's header, a spreadsheet must be text.
 */
namespace DroppedFile {

enum class Kind {
    Calendar,      ///< an iCalendar file (.ics, .ical): the calendar import
    Registrations, ///< a CSV or TSV file (.csv, .tsv): the registration import
    Database,      ///< a Podium database (.podium, .sqlite, .db): opened
    Unsupported,   ///< anything else; the reason says why
};

struct Classification
{
    QString path;
    Kind kind = Kind::Unsupported;
    /** For Unsupported: a sentence naming the file and saying why. */
    QString reason;
};

/** The kind a file name's extension claims, case ignored; Unsupported for any other. */
Kind kindOfName(const QString &fileName);

/**
 * The kind of a file named @p fileName that begins with @p head (its first
 * bytes; 64 are plenty): the kind its name claims if the content agrees,
 * Unsupported otherwise. A UTF-8 byte order mark and white space before
 * BEGIN:VCALENDAR are allowed, and the word's case is ignored (RFC 5545).
 */
Kind classifyContent(const QString &fileName, const QByteArray &head);

/**
 * Classifies the file at @p path, reading its first bytes. A missing or
 * unreadable file, a folder and a file of another kind are Unsupported,
 * with the reason set.
 */
Classification classify(const QString &path);

/** The local files among @p urls, in their order (web addresses are left out). */
QStringList localFiles(const QList<QUrl> &urls);

/**
 * True if @p path is meant for an import rather than a database to open:
 * its name ends in .ics, .ical, .csv or .tsv. The command line uses it to
 * tell `podium invitation.ics` from `podium dialogues.podium`.
 */
bool isImportName(const QString &path);

} // namespace DroppedFile
} // namespace Podium
