#include "organisationsettings.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Podium {

OrganisationSettings OrganisationSettings::load(const Database &database)
{
    OrganisationSettings s;
    s.foundationName = database.setting(QString::fromLatin1(foundationNameKey)).trimmed();
    s.foundationLogo = database
                           .scalar(QStringLiteral("SELECT blob_value FROM setting WHERE key = ?"),
                                   {QString::fromLatin1(foundationLogoKey)})
                           .toByteArray();
    s.organiserEmail = database.setting(QString::fromLatin1(organiserEmailKey)).trimmed();
    s.contactLine = database.setting(QString::fromLatin1(contactLineKey)).trimmed();
    bool ok = false;
    const int months = database.setting(QString::fromLatin1(retentionMonthsKey)).toInt(&ok);
    s.retentionMonths = ok && months > 0 ? months : defaultRetentionMonths;
    return s;
}

QList<ValidationIssue> OrganisationSettings::validate() const
{
    QList<ValidationIssue> issues;
    if (foundationName.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("foundationName"),
             QCoreApplication::translate("Podium::OrganisationSettings",
                                         "Please enter the foundation's name; it heads every "
                                         "programme.")});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!organiserEmail.isEmpty() && !email.match(organiserEmail).hasMatch())
        issues.append({QStringLiteral("organiserEmail"),
                       QCoreApplication::translate("Podium::OrganisationSettings",
                                                   "“%1” is not a valid email address.")
                           .arg(organiserEmail)});
    if (retentionMonths < 1 || retentionMonths > 240)
        issues.append({QStringLiteral("retentionMonths"),
                       QCoreApplication::translate("Podium::OrganisationSettings",
                                                   "The retention period must be between 1 and "
                                                   "240 months.")});
    if (foundationLogo.size() > 2 * 1024 * 1024)
        issues.append({QStringLiteral("foundationLogo"),
                       QCoreApplication::translate(
                           "Podium::OrganisationSettings",
                           "The logo is larger than 2 MB; please choose a smaller file.")});
    return issues;
}

bool OrganisationSettings::save(Database &database, QString *error) const
{
    if (const auto issues = validate(); !issues.isEmpty()) {
        if (error)
            *error = describeIssues(issues);
        return false;
    }
    Transaction tx(database);
    if (!tx.isActive()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    RecordStore store(database);
    const QList<QPair<const char *, QVariant>> values{
        {foundationNameKey, foundationName.trimmed()},
        {foundationLogoKey,
         foundationLogo.isEmpty() ? QVariant(QString()) : QVariant(foundationLogo)},
        {organiserEmailKey, organiserEmail.trimmed()},
        {contactLineKey, contactLine.trimmed()},
        {retentionMonthsKey, QString::number(retentionMonths)},
    };
    for (const auto &[key, value] : values) {
        if (!store.setSetting(QString::fromLatin1(key), value, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = RecordStore::explainConstraint(tx.error());
        return false;
    }
    return true;
}

} // namespace Podium
