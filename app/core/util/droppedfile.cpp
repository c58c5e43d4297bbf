#include "droppedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Podium::DroppedFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::DroppedFile", text);
}

// The header every SQLite 3 database file begins with, its final NUL included.
constexpr char sqliteHeader[] = "SQLite format 3";

bool startsWithCalendar(QByteArray head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed();
    static const QByteArray begin("BEGIN:VCALENDAR");
    return head.size() >= begin.size() && head.left(begin.size()).toUpper() == begin;
}

bool isSqlite(const QByteArray &head)
{
    return head.startsWith(QByteArray(sqliteHeader, sizeof sqliteHeader));
}

// Text as a spreadsheet writes it: no NUL bytes (UTF-16 and binary files have them).
bool looksLikeText(const QByteArray &head)
{
    return !head.contains('\0');
}

} // namespace

Kind kindOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("ics") || suffix == QLatin1StringView("ical"))
        return Kind::Calendar;
    if (suffix == QLatin1StringView("csv") || suffix == QLatin1StringView("tsv"))
        return Kind::Registrations;
    if (suffix == QLatin1StringView("podium") || suffix == QLatin1StringView("sqlite") ||
        suffix == QLatin1StringView("db"))
        return Kind::Database;
    return Kind::Unsupported;
}

Kind classifyContent(const QString &fileName, const QByteArray &head)
{
    switch (kindOfName(fileName)) {
    case Kind::Calendar:
        return startsWithCalendar(head) ? Kind::Calendar : Kind::Unsupported;
    case Kind::Registrations:
        return looksLikeText(head) ? Kind::Registrations : Kind::Unsupported;
    case Kind::Database:
        return isSqlite(head) ? Kind::Database : Kind::Unsupported;
    case Kind::Unsupported:
        break;
    }
    return Kind::Unsupported;
}

Classification classify(const QString &path)
{
    Classification c;
    c.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        c.reason = tr("%1 does not exist.").arg(shown);
        return c;
    }
    if (info.isDir()) {
        c.reason = tr("%1 is a folder; Podium opens calendar files (.ics), registration lists "
                      "(.csv) and databases (.podium).")
                       .arg(shown);
        return c;
    }
    const Kind claimed = kindOfName(path);
    if (claimed == Kind::Unsupported) {
        c.reason = tr("Podium cannot open %1: it opens calendar files (.ics), registration lists "
                      "(.csv) and databases (.podium).")
                       .arg(shown);
        return c;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.reason = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return c;
    }
    const QByteArray head = file.read(64);
    c.kind = classifyContent(path, head);
    if (c.kind != Kind::Unsupported)
        return c;
    switch (claimed) {
    case Kind::Calendar:
        c.reason =
            tr("%1 is not a calendar file: it does not begin with BEGIN:VCALENDAR.").arg(shown);
        break;
    case Kind::Registrations:
        c.reason = tr("%1 is not a text file of registrations.").arg(shown);
        break;
    case Kind::Database:
        c.reason = tr("%1 is not a Podium database.").arg(shown);
        break;
    case Kind::Unsupported:
        break;
    }
    return c;
}

QStringList localFiles(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool isImportName(const QString &path)
{
    const Kind kind = kindOfName(path);
    return kind == Kind::Calendar || kind == Kind::Registrations;
}

} // namespace Podium::DroppedFile
