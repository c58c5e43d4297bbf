#include "privacycommands.h"

#include "cli.h"
#include "commandsupport.h"
#include "privacy/duplicates.h"
#include "privacy/mailingexport.h"
#include "privacy/personprivacy.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Podium::Cli {

namespace {

// The copy of a file database taken before an irreversible change, into its
// rotating backups. A database on a server gets none from Podium (the
// server's own backups keep its history): empty, and true.
bool copyBefore(const Database &db, const QString &purpose, QString *backup, QString *error)
{
    backup->clear();
    if (db.isServer())
        return true;
    *backup = PersonPrivacy::backup(db, purpose, error);
    return !backup->isEmpty();
}

void removeCopy(const QString &backup)
{
    if (!backup.isEmpty())
        QFile::remove(backup);
}

// What a server still holds after an erasure, for the person who runs it.
QString serverResidue(const QStringList &notVacuumed)
{
    QString text = QStringLiteral(
        "No copy was made first: Podium makes no copies of a database on a server. The "
        "server's own backups and its write-ahead log hold the old data until they are "
        "renewed (see docs/PRIVACY.md).\n");
    if (!notVacuumed.isEmpty())
        text += QStringLiteral("The server still keeps the old versions of the changed rows of "
                               "%1: this login may not clean them up. Ask the database's "
                               "administrator to run VACUUM on these tables.\n")
                    .arg(notVacuumed.join(QStringLiteral(", ")));
    return text;
}

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

template<std::size_t N>
int dispatch(const QString &command, const QString &description, const Subcommand (&subs)[N],
             const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(command, description, out, err);
    const QString sub = arguments.value(0);
    QStringList names;
    for (const Subcommand &s : subs) {
        if (sub == QLatin1StringView(s.name))
            return s.run(arguments.mid(1), out, err);
        names << QString::fromLatin1(s.name);
    }
    if (sub == QLatin1StringView("-h") || sub == QLatin1StringView("--help")) {
        out << "Usage: podium " << command << " SUBCOMMAND [OPTIONS]\n\n"
            << description << "\n\nSubcommands:\n";
        for (const Subcommand &s : subs)
            out << "  " << QString::fromLatin1(s.name).leftJustified(15) << s.summary << '\n';
        out << "\nSee podium " << command << " SUBCOMMAND --help for its options.\n";
        return Success;
    }
    if (sub.isEmpty())
        return cmd.usageError(
            QStringLiteral("Say what to do: %1.").arg(names.join(QStringLiteral(", "))));
    return cmd.usageError(QStringLiteral("Unknown subcommand \"%1\"; choose %2.")
                              .arg(sub, names.join(QStringLiteral(", "))));
}

void addPersonOption(CommandSupport &cmd)
{
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("person"), QStringLiteral("The person, by id or e-mail address."),
        QStringLiteral("ID|EMAIL")));
}

// The checks every command here starts with: no stray arguments, a database.
QString plural(int n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 ").arg(n) + many;
}

} // namespace

int runPrivacy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const Subcommand subs[] = {
        {"export-person", "everything the database holds about one person, as JSON",
         &runPrivacyExportPerson},
        {"erase", "erase one person everywhere (cannot be undone)", &runPrivacyErase},
        {"anonymise", "anonymise attendees of events past the retention period",
         &runPrivacyAnonymise},
    };
    return dispatch(QStringLiteral("privacy"),
                    QStringLiteral("Answers requests under data protection law and applies the "
                                   "retention period."),
                    subs, arguments, out, err);
}

int runPrivacyExportPerson(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(QStringLiteral("privacy export-person"),
                       QStringLiteral("Writes everything the database holds about one person "
                                      "(their record with consents and notes, organisation, "
                                      "registrations, roles and the change log about them) to one "
                                      "JSON file, readable by its owner only."),
                       out, err);
    cmd.addDatabaseOption();
    addPersonOption(cmd);
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    if (cmd.parser().value(QStringLiteral("person")).isEmpty())
        return cmd.usageError(QStringLiteral("--person ID|EMAIL is required."));
    if (cmd.parser().value(QStringLiteral("output")).isEmpty())
        return cmd.usageError(
            QStringLiteral("--output FILE.json is required (\"-\" for standard output)."));
    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    const qint64 id =
        PersonPrivacy::resolvePerson(*db, cmd.parser().value(QStringLiteral("person")), &error);
    if (id == 0)
        return cmd.failure(error);
    const QByteArray json = PersonPrivacy::accessReport(*db, id, &error);
    if (json.isEmpty())
        return cmd.failure(error);
    if (!cmd.writePrivateOutput(json, &error))
        return cmd.failure(error);
    const QString target = cmd.parser().value(QStringLiteral("output"));
    if (target != QLatin1StringView("-"))
        out << QStringLiteral("Everything about person %1 written to %2.\n")
                   .arg(id)
                   .arg(QDir::toNativeSeparators(target));
    return Success;
}

int runPrivacyErase(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("privacy erase"),
        QStringLiteral(
            "Erases one person everywhere in one transaction: their record, contact data, "
            "consents and notes, registrations of events not yet over, roles, and their name and "
            "address in the change log and in other records' text. Registrations of past events "
            "stay as anonymous rows, so that past events keep their counts. A copy of the "
            "database is written beside it first. This cannot be undone."),
        out, err);
    cmd.addDatabaseOption();
    addPersonOption(cmd);
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("keep-published-name"),
        QStringLiteral("Keep the name, and the roles in past programmes, as published.")));
    cmd.parser().addOption(
        QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    if (cmd.parser().value(QStringLiteral("person")).isEmpty())
        return cmd.usageError(QStringLiteral("--person ID|EMAIL is required."));
    auto db = cmd.openDatabase(false);
    if (!db)
        return Failure;
    if (db->isReadOnly())
        return cmd.failure(
            QStringLiteral("%1 is read-only; nothing was erased.").arg(db->readOnlyReason()));
    QString error;
    const qint64 id =
        PersonPrivacy::resolvePerson(*db, cmd.parser().value(QStringLiteral("person")), &error);
    if (id == 0)
        return cmd.failure(error + QStringLiteral(" Nothing was erased."));
    const QString name =
        db->scalar(QStringLiteral("SELECT trim(coalesce(given_name, '') || ' ' || "
                                  "coalesce(family_name, '')) FROM person WHERE id = ?"),
                   {id})
            .toString();
    if (!cmd.parser().isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO))
            return cmd.usageError(QStringLiteral("Erasing %1 (person %2) cannot be undone; add "
                                                 "--yes to confirm. Nothing was erased.")
                                      .arg(name)
                                      .arg(id));
        out << QStringLiteral("Erase %1 (person %2)? This cannot be undone. Type the id to "
                              "confirm: ")
                   .arg(name)
                   .arg(id);
        out.flush();
        char line[64] = {};
        if (!std::fgets(line, sizeof line, stdin) ||
            QString::fromLocal8Bit(line).trimmed() != QString::number(id))
            return cmd.failure(QStringLiteral("Not confirmed; nothing was erased."));
    }
    QString backup;
    if (!copyBefore(*db, QStringLiteral("erasure"), &backup, &error))
        return cmd.failure(
            QStringLiteral("Cannot make a copy before erasing: %1 Nothing was erased.").arg(error));
    PersonPrivacy::ErasureOptions options;
    options.keepPublishedName = cmd.parser().isSet(QStringLiteral("keep-published-name"));
    const PersonPrivacy::ErasureResult r = PersonPrivacy::erase(*db, id, options, Clock::nowUtc());
    if (!r.ok) {
        removeCopy(backup);
        return cmd.failure(error.isEmpty() ? r.error : error);
    }
    out << QStringLiteral("Person %1 erased. ").arg(id)
        << (r.personDeleted ? QStringLiteral("The record was deleted")
                            : QStringLiteral("The record was kept without contact data"))
        << QStringLiteral("; %1 of past events kept anonymously, %2 removed; %3 kept with the "
                          "published name, %4 removed; %5 rewritten; %6 in other records "
                          "replaced.\n")
               .arg(plural(r.registrationsKept, QStringLiteral("registration"),
                           QStringLiteral("registrations")),
                    plural(r.registrationsRemoved, QStringLiteral("registration"),
                           QStringLiteral("registrations")),
                    plural(r.rolesKept, QStringLiteral("role"), QStringLiteral("roles")),
                    plural(r.rolesRemoved, QStringLiteral("role"), QStringLiteral("roles")),
                    plural(r.changeLogEntries, QStringLiteral("change-log entry"),
                           QStringLiteral("change-log entries")),
                    plural(r.mentionsReplaced, QStringLiteral("mention"),
                           QStringLiteral("mentions")));
    if (db->isServer()) {
        out << serverResidue(r.notVacuumed);
        return Success;
    }
    out << QStringLiteral("The copy made before still holds the person's data: %1\n"
                          "Delete it once the erasure is checked (see docs/PRIVACY.md).\n")
               .arg(QDir::toNativeSeparators(backup));
    return Success;
}

int runPrivacyAnonymise(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("privacy anonymise"),
        QStringLiteral("Anonymises the attendees of events that ended more than MONTHS ago and "
                       "who have not registered for a later event: their registrations stay, "
                       "without name or contact data, so that past events keep their counts. "
                       "Speakers and people who agreed to be contacted are kept. Without "
                       "--older-than, the retention period set for the organisation applies."),
        out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("older-than"), QStringLiteral("The retention period in months (1 to 1200)."),
        QStringLiteral("MONTHS")));
    cmd.parser().addOption(
        QCommandLineOption(QStringLiteral("dry-run"),
                           QStringLiteral("Only show what would be anonymised; change nothing.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    int months = 0;
    const bool given = cmd.parser().isSet(QStringLiteral("older-than"));
    if (given) {
        bool ok = false;
        const QString text = cmd.parser().value(QStringLiteral("older-than"));
        months = text.toInt(&ok);
        if (!ok || months < 1 || months > 1200)
            return cmd.usageError(QStringLiteral("--older-than takes a whole number of months "
                                                 "from 1 to 1200, not \"%1\". Nothing was "
                                                 "changed.")
                                      .arg(text));
    }
    const bool dryRun = cmd.parser().isSet(QStringLiteral("dry-run"));
    auto db = cmd.openDatabase(dryRun);
    if (!db)
        return Failure;
    if (!dryRun && db->isReadOnly())
        return cmd.failure(
            QStringLiteral("%1 is read-only; nothing was changed.").arg(db->readOnlyReason()));
    if (!given)
        months = OrganisationSettings::load(*db).retentionMonths;
    const PersonPrivacy::RetentionPlan plan =
        PersonPrivacy::planRetention(*db, months, Clock::nowUtc());
    for (const QString &line : plan.describe())
        out << line << '\n';
    if (dryRun) {
        out << "Dry run: nothing was changed.\n";
        return Success;
    }
    if (plan.people.isEmpty())
        return Success;
    QString error;
    QString backup;
    if (!copyBefore(*db, QStringLiteral("retention"), &backup, &error))
        return cmd.failure(
            QStringLiteral("Cannot make a copy first: %1 Nothing was changed.").arg(error));
    QStringList notVacuumed;
    if (!PersonPrivacy::applyRetention(*db, plan, &error, &notVacuumed)) {
        removeCopy(backup);
        return cmd.failure(error);
    }
    if (db->isServer()) {
        out << serverResidue(notVacuumed);
        return Success;
    }
    out << QStringLiteral("Backup made before: %1 (delete it once checked; see "
                          "docs/PRIVACY.md).\n")
               .arg(QDir::toNativeSeparators(backup));
    return Success;
}

int runExportMailing(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("export mailing"),
        QStringLiteral("Exports the addresses of the people who agreed to be contacted, as CSV "
                       "or vCard 4.0 (RFC 6350), readable by its owner only. Nobody else "
                       "appears. With --event, only that event's guests and speakers."),
        out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(
        QStringLiteral("event"), QStringLiteral("Only this event's people (id or UID)."),
        QStringLiteral("ID")));
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("format"),
                                              QStringLiteral("csv (default) or vcard."),
                                              QStringLiteral("csv|vcard"), QStringLiteral("csv")));
    cmd.addOutputOption();
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const QString format = cmd.parser().value(QStringLiteral("format"));
    if (format != QLatin1StringView("csv") && format != QLatin1StringView("vcard"))
        return cmd.usageError(
            QStringLiteral("Unknown format \"%1\"; choose csv or vcard.").arg(format));
    if (cmd.parser().value(QStringLiteral("output")).isEmpty())
        return cmd.usageError(
            QStringLiteral("--output FILE is required (\"-\" for standard output)."));
    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    QString error;
    qint64 eventId = 0;
    if (cmd.parser().isSet(QStringLiteral("event"))) {
        eventId = cmd.resolveEvent(*db, cmd.parser().value(QStringLiteral("event")), &error);
        if (eventId == 0)
            return cmd.failure(error);
    }
    const QList<MailingExport::Contact> contacts = MailingExport::contacts(*db, eventId);
    const QByteArray data = format == QLatin1StringView("vcard") ? MailingExport::toVCard(contacts)
                                                                 : MailingExport::toCsv(contacts);
    if (!cmd.writePrivateOutput(data, &error))
        return cmd.failure(error);
    const QString target = cmd.parser().value(QStringLiteral("output"));
    if (target != QLatin1StringView("-"))
        out << QStringLiteral("%1 written to %2 (only people who agreed to be contacted).\n")
                   .arg(plural(int(contacts.size()), QStringLiteral("contact"),
                               QStringLiteral("contacts")),
                        QDir::toNativeSeparators(target));
    return Success;
}

namespace {

int runDuplicatesList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(QStringLiteral("duplicates list"),
                       QStringLiteral("Lists likely duplicate people (same e-mail address, same "
                                      "name at the same organisation, or a name differing by at "
                                      "most two letters there) or organisations (similar names, "
                                      "same short name), one pair a line, tab-separated."),
                       out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(
        QCommandLineOption(QStringLiteral("people"), QStringLiteral("People (the default).")));
    cmd.parser().addOption(
        QCommandLineOption(QStringLiteral("organisations"), QStringLiteral("Organisations.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    const bool organisations = cmd.parser().isSet(QStringLiteral("organisations"));
    if (organisations && cmd.parser().isSet(QStringLiteral("people")))
        return cmd.usageError(QStringLiteral("Choose --people or --organisations, not both."));
    auto db = cmd.openDatabase(true);
    if (!db)
        return Failure;
    const QList<Duplicates::Pair> pairs =
        organisations ? Duplicates::findOrganisations(*db) : Duplicates::findPeople(*db);
    out << "first\tsecond\treason\tfirst record\tsecond record\n";
    for (const Duplicates::Pair &p : pairs) {
        auto label = [&](qint64 id) {
            return organisations ? Duplicates::organisationLabel(*db, id)
                                 : Duplicates::personLabel(*db, id);
        };
        out << p.first << '\t' << p.second << '\t' << p.reason << '\t' << label(p.first) << '\t'
            << label(p.second) << '\n';
    }
    return Success;
}

int runDuplicatesMerge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport cmd(
        QStringLiteral("duplicates merge"),
        QStringLiteral("Merges two people (or, with --organisations, two organisations) in one "
                       "transaction: everything of the removed record moves to the one kept, "
                       "then the removed one is deleted. A copy of the database is written "
                       "beside it first, since the command line cannot undo."),
        out, err);
    cmd.addDatabaseOption();
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("keep"),
                                              QStringLiteral("The id of the record to keep."),
                                              QStringLiteral("ID")));
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("remove"),
                                              QStringLiteral("The id of the record merged into it "
                                                             "and removed."),
                                              QStringLiteral("ID")));
    cmd.parser().addOption(QCommandLineOption(QStringLiteral("organisations"),
                                              QStringLiteral("Merge organisations, not people.")));
    if (const int code = cmd.parse(arguments); code >= 0)
        return code;
    if (const int code = cmd.checkArguments(); code >= 0)
        return code;
    qint64 ids[2] = {0, 0};
    const char *options[2] = {"keep", "remove"};
    for (int i = 0; i < 2; ++i) {
        const QString text = cmd.parser().value(QString::fromLatin1(options[i]));
        bool ok = false;
        ids[i] = text.toLongLong(&ok);
        if (text.isEmpty())
            return cmd.usageError(
                QStringLiteral("--%1 ID is required.").arg(QString::fromLatin1(options[i])));
        if (!ok || ids[i] <= 0)
            return cmd.usageError(QStringLiteral("--%1 takes a record's id (a number), not \"%2\".")
                                      .arg(QString::fromLatin1(options[i]), text));
    }
    auto db = cmd.openDatabase(false);
    if (!db)
        return Failure;
    const bool organisations = cmd.parser().isSet(QStringLiteral("organisations"));
    QString error;
    std::optional<Duplicates::Merge> merge =
        organisations ? Duplicates::planOrganisationMerge(*db, ids[0], ids[1], &error)
                      : Duplicates::planPersonMerge(*db, ids[0], ids[1], &error);
    if (!merge)
        return cmd.failure(error + QStringLiteral(" Nothing was merged."));
    QString backup;
    if (!copyBefore(*db, QStringLiteral("merge"), &backup, &error))
        return cmd.failure(
            QStringLiteral("Cannot make a copy first: %1 Nothing was merged.").arg(error));
    if (!Duplicates::apply(*db, *merge, true, &error)) {
        removeCopy(backup);
        return cmd.failure(error);
    }
    out << QStringLiteral("%1 %2 merged into %3: %4 moved, %5 dropped as the same as the kept "
                          "record's.\n")
               .arg(organisations ? QStringLiteral("Organisation") : QStringLiteral("Person"))
               .arg(ids[1])
               .arg(ids[0])
               .arg(plural(merge->moved, QStringLiteral("record"), QStringLiteral("records")),
                    plural(merge->collisions, QStringLiteral("record"), QStringLiteral("records")));
    if (!backup.isEmpty())
        out << QStringLiteral("The copy made before the merge: %1\n")
                   .arg(QDir::toNativeSeparators(backup));
    return Success;
}

} // namespace

int runDuplicates(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const Subcommand subs[] = {
        {"list", "list likely duplicate people or organisations", &runDuplicatesList},
        {"merge", "merge one record into another", &runDuplicatesMerge},
    };
    return dispatch(QStringLiteral("duplicates"),
                    QStringLiteral("Finds and merges people or organisations entered twice."), subs,
                    arguments, out, err);
}

} // namespace Podium::Cli
