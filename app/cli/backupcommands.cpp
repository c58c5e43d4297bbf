#include "backupcommands.h"

#include "backup/backups.h"
#include "cli.h"
#include "commandsupport.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Podium::Cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int runBackup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("backup"),
        QStringLiteral("Takes a consistent copy of the database, safe while it is open elsewhere. "
                       "Without --output the copy joins the file's backups beside it "
                       "(FILE.manual-YYYYMMDD-HHMMSS.bak, the oldest beyond the number to keep "
                       "are deleted); with --output it is written to that new file. --list "
                       "shows the backups: when (UTC), why, size in bytes and file."),
        out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("output"), QStringLiteral("Write the copy to FILE, which must not exist."),
        QStringLiteral("FILE")));
    cmd.parser().addOption(
        QCommandLineOption(QStringLiteral("list"), QStringLiteral("List the file's backups.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const QString path = cmd.parser().value(QStringLiteral("database"));
    if (!Backups::appliesTo(path))
        return cmd.failure(QStringLiteral("Podium keeps no backups of a database on a server; the "
                                          "server's own tools do (for example pg_dump)."));
    const bool list = cmd.parser().isSet(QStringLiteral("list"));
    const QString output = cmd.parser().value(QStringLiteral("output"));
    if (list && !output.isEmpty())
        return cmd.usageError(QStringLiteral("--list and --output cannot be combined."));
    if (output == QLatin1StringView("-"))
        return cmd.usageError(
            QStringLiteral("--output needs a file: a database copy cannot go to standard output."));

    if (!output.isEmpty() && !Backups::appliesTo(output))
        return cmd.failure(QStringLiteral("--output takes a file; to copy the database to a "
                                          "server, use podium transfer. Nothing was written."));

    if (list) {
        if (!QFileInfo(Backups::folder(path)).isDir())
            return cmd.failure(
                QStringLiteral("The folder %1 does not exist.").arg(shown(Backups::folder(path))));
        out << "taken\treason\tsize\tfile\n";
        for (const Backups::Backup &b : Backups::list(path))
            out << Clock::toStorage(b.taken) << '\t' << Backups::reasonName(b.reason) << '\t'
                << b.size << '\t' << shown(b.path) << '\n';
        return Success;
    }

    if (!output.isEmpty() && (QFileInfo::exists(output) || QFileInfo(output).isSymLink()))
        return cmd.failure(
            QStringLiteral("%1 already exists; podium backup never overwrites a file. Nothing "
                           "was written.")
                .arg(shown(output)));
    // Reading is all a copy needs: a read-only file is backed up too, and
    // nothing in it changes.
    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    if (!output.isEmpty()) {
        if (!db->saveCopy(output, &error))
            return cmd.failure(error);
        out << QStringLiteral("Copy written: %1\n").arg(shown(output));
        return Success;
    }
    const QString backup = Backups::take(*db, Backups::Reason::Manual, &error);
    if (backup.isEmpty())
        return cmd.failure(QStringLiteral("No backup was taken: %1").arg(error));
    out << QStringLiteral("Backup written: %1 (keeping the newest %2; see podium backup --list)\n")
               .arg(shown(backup))
               .arg(Backups::keepCount());
    return Success;
}

int runRestore(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("restore"),
        QStringLiteral("Replaces the database with a backup. The backup is checked first "
                       "(integrity and that it is a Podium database); then the file as it is "
                       "now is kept as a backup (FILE.before-restore-….bak), and the file is "
                       "replaced in one step. Close the file in the window first."),
        out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("from"),
                                              QStringLiteral("The backup to restore."),
                                              QStringLiteral("BACKUP")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const QString path = cmd.parser().value(QStringLiteral("database"));
    const QString from = cmd.parser().value(QStringLiteral("from"));
    if (from.isEmpty())
        return cmd.usageError(QStringLiteral("--from BACKUP is required."));
    if (!Backups::appliesTo(path))
        return cmd.failure(QStringLiteral("Podium restores only database files; a database on a "
                                          "server is put back with the server's own tools (for "
                                          "example pg_restore). Nothing was changed."));
    if (!Backups::appliesTo(from))
        return cmd.failure(QStringLiteral("--from takes a backup file, not a server address; "
                                          "to copy a server database into a file, use podium "
                                          "transfer. Nothing was changed."));
    if (!QFileInfo(Backups::folder(path)).isDir())
        return cmd.failure(
            QStringLiteral("The folder %1 does not exist.").arg(shown(Backups::folder(path))));
    QString before;
    QString error;
    if (!Backups::restore(path, from, &before, &error))
        return cmd.failure(error);
    out << QStringLiteral("%1 restored from %2.\n").arg(shown(path), shown(from));
    if (!before.isEmpty())
        out << QStringLiteral("The file as it was before: %1\n").arg(shown(before));
    return Success;
}

} // namespace Podium::Cli
