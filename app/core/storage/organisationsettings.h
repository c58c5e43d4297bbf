#pragma once

#include "domain/validationissue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * The settings that belong to the organisation rather than to one user,
 * kept in the database so that every colleague's exports agree: the
 * foundation's name and logo, the organiser's email for calendars, the
 * contact line under printed programmes, and how long attendees' data is
 * kept. Each is declared here once, with its key.
 */
struct OrganisationSettings
{
    static constexpr const char *foundationNameKey = "foundation_name";
    static constexpr const char *foundationLogoKey = "foundation_logo";
    static constexpr const char *organiserEmailKey = "organiser_email";
    static constexpr const char *contactLineKey = "contact_line";
    static constexpr const char *retentionMonthsKey = "retention_months";

    /** Kept when nothing is set: two years, a common reading of the GDPR's storage limit. */
    static constexpr int defaultRetentionMonths = 24;

    QString foundationName;
    /** PNG or SVG bytes; empty for none. */
    QByteArray foundationLogo;
    QString organiserEmail;
    QString contactLine;
    int retentionMonths = defaultRetentionMonths;

    static OrganisationSettings load(const Database &database);
    /** Saves every setting in one transaction; false with @p error on failure. */
    bool save(Database &database, QString *error) const;

    QList<ValidationIssue> validate() const;

    bool operator==(const OrganisationSettings &) const = default;
};

} // namespace Podium
