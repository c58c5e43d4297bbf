#include "commandsupport.h"

#include "backup/backups.h"
#include "cli.h"
#include "server/databaselocation.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QTextStream>

namespace Podium::Cli {

CommandSupport::CommandSupport(const QString &command, const QString &synopsis, QTextStream &out,
                               QTextStream &err)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_out(out)
    , m_err(err)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(synopsis);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("Show this help.")));
}

void CommandSupport::addDatabaseOption()
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("database"),
        QStringLiteral("The Podium database: a file, or a database on a PostgreSQL server "
                       "(postgresql://user@host:port/dbname; the password comes from "
                       "~/.pgpass or PGPASSWORD)."),
        QStringLiteral("FILE|URL")));
}

void CommandSupport::addOutputOption()
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("output"), QStringLiteral("Write to FILE (\"-\" for standard output)."),
        QStringLiteral("FILE")));
}

void CommandSupport::addLanguageOption()
{
    m_parser.addOption(QCommandLineOption(QStringLiteral("language"),
                                          QStringLiteral("Language of the text: de or en."),
                                          QStringLiteral("de|en")));
}

int CommandSupport::parse(const QStringList &arguments)
{
    // QCommandLineParser::process() would exit(1) on a usage error; parse()
    // lets every command answer with exit code 2.
    if (!m_parser.parse(QStringList{QStringLiteral("podium ") + m_command} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // The parser names the program after the executable file; the usage
        // line should name the command too.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(QLatin1StringView("[options]"));
        const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
        if (options >= 0 && options < lineEnd)
            help =
                QStringLiteral("Usage: podium ") + m_command + QLatin1Char(' ') + help.mid(options);
        m_out << help;
        return Success;
    }
    return -1;
}

int CommandSupport::checkArguments(qsizetype allowedArguments, bool needsDatabase)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > allowedArguments)
        return usageError(
            QStringLiteral("Unexpected argument \"%1\".").arg(positional.at(allowedArguments)));
    if (needsDatabase && m_parser.value(QStringLiteral("database")).isEmpty())
        return usageError(QStringLiteral("--database FILE is required."));
    return -1;
}

int CommandSupport::usageError(const QString &message)
{
    m_err << "podium " << m_command << ": " << message << " See podium " << m_command
          << " --help.\n";
    return UsageError;
}

int CommandSupport::failure(const QString &message)
{
    m_err << "podium " << m_command << ": " << message << '\n';
    return Failure;
}

bool CommandSupport::language(QString *language)
{
    const QString value = m_parser.value(QStringLiteral("language"));
    if (!value.isEmpty() && value != QLatin1StringView("de") && value != QLatin1StringView("en"))
        return false;
    *language = value;
    return true;
}

QString CommandSupport::shownLocation(const QString &location)
{
    if (!DatabaseLocation::isServer(location))
        return QDir::toNativeSeparators(location);
    if (const auto address = ServerAddress::parse(location))
        return address->toString();
    return ServerAddress::withoutPassword(location);
}

QString CommandSupport::addressProblem(const QString &location)
{
    if (!DatabaseLocation::isServer(location))
        return {};
    QString why;
    if (ServerAddress::parse(location, &why))
        return {};
    const QString shown = ServerAddress::withoutPassword(location);
    // Name the command line's other place for a password too.
    if (ServerAddress::containsPassword(location))
        why = QStringLiteral("The address contains a password. Podium never keeps passwords in "
                             "addresses: put it into ~/.pgpass (or PGPASSWORD), where the "
                             "server's client library finds it.");
    return QStringLiteral("Cannot use the server address %1: %2").arg(shown, why);
}

bool CommandSupport::checkServerAddress(const QString &location)
{
    const QString problem = addressProblem(location);
    if (problem.isEmpty())
        return true;
    failure(problem + QStringLiteral(" Nothing was changed."));
    return false;
}

QString CommandSupport::openFailure(const QString &location, const QString &message)
{
    const QString shown = shownLocation(location);
    if (!DatabaseLocation::isServer(location) || message.contains(shown))
        return message;
    return QStringLiteral("%1: %2").arg(shown, message);
}

std::unique_ptr<Database> CommandSupport::openDatabase(bool readOnly)
{
    Database::OpenOptions options;
    options.readOnly = readOnly;
    const QString location = m_parser.value(QStringLiteral("database"));
    if (!checkServerAddress(location))
        return nullptr;
    auto result = Database::open(location, options);
    if (!result.database && result.needsUpgrade) {
        // A reading command on a database of an older version: it is
        // upgraded as the window upgrades it on opening (a file is copied
        // beside itself first), and then read as asked.
        auto upgraded = Database::open(location, {});
        if (!upgraded.database) {
            failure(openFailure(location, upgraded.message));
            return nullptr;
        }
        const QString backup = upgraded.database->migrationBackupPath();
        m_err << "podium " << m_command << ": "
              << QStringLiteral("Upgraded %1 to schema %2 of this version of Podium.")
                     .arg(shownLocation(location))
                     .arg(Database::latestSchemaVersion())
              << (backup.isEmpty() ? QString()
                                   : QStringLiteral(" The file as it was is kept as %1.")
                                         .arg(QDir::toNativeSeparators(backup)))
              << '\n';
        upgraded.database.reset();
        result = Database::open(location, options);
    }
    if (!result.database) {
        QString message = openFailure(location, result.message);
        // A damaged file: say which backup would put it right, and how.
        if (result.error == Database::ErrorKind::Damaged && Backups::appliesTo(location)) {
            const QList<Backups::Backup> backups = Backups::list(location);
            if (!backups.isEmpty())
                message += QStringLiteral("\nThe newest backup is %1 (%2, taken %3 UTC). To put it "
                                          "in place (the damaged file is kept as a backup too):\n"
                                          "  podium restore --database %4 --from %1")
                               .arg(QDir::toNativeSeparators(backups.first().path),
                                    Backups::describe(backups.first().reason).toLower(),
                                    backups.first().taken.toUTC().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm")),
                                    QDir::toNativeSeparators(location));
        }
        failure(message);
    }
    return std::move(result.database);
}

qint64 CommandSupport::resolveEvent(const Database &database, const QString &idOrUid,
                                    QString *error) const
{
    bool numeric = false;
    const qint64 asId = idOrUid.toLongLong(&numeric);
    const QVariant id =
        numeric ? database.scalar(QStringLiteral("SELECT id FROM event WHERE id = ?"), {asId})
                : database.scalar(QStringLiteral("SELECT id FROM event WHERE uid = ?"), {idOrUid});
    if (!id.isValid() || id.isNull()) {
        if (error)
            *error = QStringLiteral("There is no event with the %1 %2.")
                         .arg(numeric ? QStringLiteral("id") : QStringLiteral("UID"), idOrUid);
        return 0;
    }
    return id.toLongLong();
}

bool CommandSupport::writeOutput(const QByteArray &data, bool stdoutByDefault, QString *error)
{
    const QString target = m_parser.value(QStringLiteral("output"));
    if ((target.isEmpty() && stdoutByDefault) || target == QLatin1StringView("-")) {
        m_out.flush();
        m_out.device() ? void(m_out.device()->write(data)) : void(m_out << QString::fromUtf8(data));
        m_out.flush();
        return true;
    }
    if (target.isEmpty()) {
        if (error)
            *error = QStringLiteral("--output is required.");
        return false;
    }
    QString reason;
    if (!writeFileAtomically(target, data, &reason)) {
        if (error)
            *error =
                QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason);
        return false;
    }
    return true;
}

bool CommandSupport::writePrivateOutput(const QByteArray &data, QString *error)
{
    const QString target = m_parser.value(QStringLiteral("output"));
    if (target.isEmpty() || target == QLatin1StringView("-"))
        return writeOutput(data, false, error);
    QString reason;
    if (!writeFileAtomically(target, data, &reason, FileAccess::OwnerOnly)) {
        if (error)
            *error =
                QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason);
        return false;
    }
    return true;
}

} // namespace Podium::Cli
