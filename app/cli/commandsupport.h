#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

class QTextStream;

namespace Podium::Cli {

/**
 * What every subcommand shares: parsing its options (help and usage errors
 * handled the same way everywhere), opening --database, resolving --event by
 * id or UID, and writing output to a file (atomically) or to stdout.
 */
class CommandSupport
{
public:
    CommandSupport(const QString &command, const QString &synopsis, QTextStream &out,
                   QTextStream &err);

    QCommandLineParser &parser() { return m_parser; }

    /** Adds --database FILE. */
    void addDatabaseOption();
    /** Adds --output FILE ("-" for standard output). */
    void addOutputOption();
    /** Adds --language de|en. */
    void addLanguageOption();

    /**
     * Parses @p arguments. Returns -1 if the command should go on, or the
     * exit code to return (0 after --help, 2 after a usage error).
     */
    int parse(const QStringList &arguments);

    /**
     * The checks most commands begin with, after parse(): at most
     * @p allowedArguments arguments that are not options (the first one too
     * many is named), and --database given if @p needsDatabase. Returns -1
     * if the command should go on, or 2 after reporting a usage error.
     */
    int checkArguments(qsizetype allowedArguments = 0, bool needsDatabase = true);

    /** Reports a usage error on stderr and returns 2. */
    int usageError(const QString &message);
    /** Reports a failure on stderr and returns 1. */
    int failure(const QString &message);

    /** The --language value ("de", "en", or empty); call after parse(). False after a bad value. */
    bool language(QString *language);

    /**
     * @p location as messages name it: a file path with the platform's
     * separators, or a server address without any password, even one that
     * cannot be used otherwise.
     */
    static QString shownLocation(const QString &location);

    /**
     * What is wrong with the server address @p location, naming it without
     * its password (and never quoting a piece of one); empty for a usable
     * address or a file path.
     */
    static QString addressProblem(const QString &location);

    /**
     * Checks a server address in --database before anything connects; true
     * for a file path. Reports a bad address (exit code 1, as for a database
     * that cannot be opened), naming it without its password, and returns
     * false.
     */
    bool checkServerAddress(const QString &location);

    /**
     * Why @p location could not be opened, from Database::open()'s
     * @p message: a server's message names the whole address (without
     * password) if it does not already.
     */
    static QString openFailure(const QString &location, const QString &message);

    /** Opens --database for the command; reports and returns null on failure. */
    std::unique_ptr<Database> openDatabase(bool readOnly);

    /** Finds an event by numeric id or by UID; 0 with a message if there is none. */
    qint64 resolveEvent(const Database &database, const QString &idOrUid, QString *error) const;

    /**
     * Writes @p data to --output: "-" means stdout; a file is replaced
     * atomically, so a failure leaves no half-written file. Without
     * --output, writes to stdout if @p stdoutByDefault.
     */
    bool writeOutput(const QByteArray &data, bool stdoutByDefault, QString *error);

    /**
     * Like writeOutput() without a default, for files holding personal data:
     * a file is created readable and writable by its owner only (0600).
     */
    bool writePrivateOutput(const QByteArray &data, QString *error);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Podium::Cli
