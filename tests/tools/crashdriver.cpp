// A small driver for scripts/crash-test.sh: makes a burst of edits through
// the storage layer, each a transaction that writes a person and their
// registration together, or checks afterwards that every burst was applied
// whole. The script kills it with SIGKILL at random moments.
//
//   podium-crashdriver edit  --database FILE --event ID --count N
//   podium-crashdriver check --database FILE --event ID
//
// "check" exits 0 if every person the driver created has exactly one
// registration for the event and their sequence numbers have no gap.
#include "domain/person.h"
#include "domain/personrepository.h"
#include "domain/registration.h"
#include "domain/registrationrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace Podium;

namespace {

const QString marker = QStringLiteral("crashdriver");

int edit(Database &db, qint64 eventId, int count, QTextStream &err)
{
    PersonRepository people(db);
    RegistrationRepository registrations(db);
    const int first =
        db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE notes = ?"), {marker}).toInt();
    for (int i = first; i < first + count; ++i) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            err << "cannot begin: " << transaction.error() << '\n';
            return 1;
        }
        Person person;
        person.givenName = QStringLiteral("Driver");
        person.familyName = QStringLiteral("Edit %1").arg(i, 6, 10, QLatin1Char('0'));
        person.email = QStringLiteral("edit%1@example.org").arg(i);
        person.notes = marker;
        QString error;
        if (!people.insert(person, &error)) {
            err << "person " << i << ": " << error << '\n';
            return 1;
        }
        Registration registration;
        registration.personId = person.id;
        registration.eventId = eventId;
        if (!registrations.insert(registration, &error)) {
            err << "registration " << i << ": " << error << '\n';
            return 1;
        }
        if (!transaction.commit()) {
            err << "commit " << i << ": " << transaction.error() << '\n';
            return 1;
        }
    }
    return 0;
}

int check(Database &db, qint64 eventId, QTextStream &out)
{
    const int people =
        db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE notes = ?"), {marker}).toInt();
    const int paired =
        db.scalar(QStringLiteral("SELECT count(*) FROM person p JOIN registration r ON "
                                 "r.person_id = p.id AND r.event_id = ? WHERE p.notes = ?"),
                  {eventId, marker})
            .toInt();
    const int highest =
        db.scalar(QStringLiteral("SELECT coalesce(max(CAST(substr(family_name, 6) "
                                 "AS INTEGER)) + 1, 0) FROM person WHERE notes = ?"),
                  {marker})
            .toInt();
    out << people << " people, " << paired << " with their registration, sequence up to " << highest
        << '\n';
    return people == paired && people == highest ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("edit or check"));
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The database."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("event"), QStringLiteral("The event id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Edits to make."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    auto opened = Database::open(parser.value(QStringLiteral("database")), {});
    if (!opened.database) {
        err << opened.message << '\n';
        return 1;
    }
    const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong();
    if (mode == QLatin1StringView("edit"))
        return edit(*opened.database, eventId, parser.value(QStringLiteral("count")).toInt(), err);
    if (mode == QLatin1StringView("check"))
        return check(*opened.database, eventId, out);
    err << "mode must be edit or check\n";
    return 2;
}
