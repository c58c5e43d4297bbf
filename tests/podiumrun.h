#pragma once

// What the tests of the command line share: running podium as a separate
// process, as a user or a script would (optionally under a file-size limit,
// the way a full disk makes writes fail), or one command in this process;
// and the hashes that tell whether a file or a database changed.

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace PodiumRun {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

namespace Detail {

inline Run finish(QProcess &p)
{
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Detail

/** Runs the podium executable with @p arguments in @p environment. */
inline Run podium(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(PODIUM_EXECUTABLE), arguments);
    return Detail::finish(p);
}

/**
 * Runs podium under `ulimit -f LIMITKIB` (0: no limit) with SIGXFSZ
 * ignored, so that a write past the limit fails with EFBIG as on a full disk.
 */
inline Run podiumWithFileLimit(const QStringList &arguments, int limitKib)
{
    QStringList quoted;
    for (const QString &a : arguments)
        quoted.append(QLatin1Char('\'') +
                      QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                      QLatin1Char('\''));
    QString script = QStringLiteral("trap '' XFSZ; ");
    if (limitKib > 0)
        script += QStringLiteral("ulimit -f %1; ").arg(limitKib);
    script += QStringLiteral("exec '%1' %2")
                  .arg(QStringLiteral(PODIUM_EXECUTABLE), quoted.join(QLatin1Char(' ')));
    QProcess p;
    p.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script});
    return Detail::finish(p);
}

/** Runs one command of the command line (Cli::execute, Cli::runImport…) in this process. */
inline Run command(int (*run)(const QStringList &, QTextStream &, QTextStream &),
                   const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = run(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

/**
 * Copies the database @p source to @p target in rollback-journal mode,
 * readable and writable by its owner only. A command that opens it for
 * reading then needs no shared-memory file beside it, so a file-size limit
 * hits only the command's output. Returns what went wrong, or nothing.
 */
inline QString copyInRollbackMode(const QString &source, const QString &target)
{
    if (!QFile::copy(source, target))
        return QStringLiteral("cannot copy %1 to %2").arg(source, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    {
        QSqlDatabase plain =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rollbackcopy"));
        plain.setDatabaseName(target);
        QSqlQuery q(plain);
        if (!plain.open() || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next() ||
            q.value(0).toString() != QLatin1StringView("delete"))
            error = QStringLiteral("cannot switch %1 to rollback-journal mode").arg(target);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rollbackcopy"));
    return error;
}

/** The SHA-256 of a file's bytes (empty if it cannot be read). */
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/**
 * Every row of every table of a database file, in a stable order: equal
 * before and after means nothing in it changed (whatever SQLite did to the
 * file's pages).
 */
inline QByteArray contentHash(const QString &path)
{
    Podium::Database::OpenOptions options;
    options.readOnly = true; // a writable open would switch the journal mode
    auto opened = Podium::Database::open(path, options);
    if (!opened.database)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(opened.database->connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(opened.database->connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

} // namespace PodiumRun
