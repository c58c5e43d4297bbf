#pragma once

#include <QList>
#include <QString>

namespace Podium {

/**
 * One reason a record cannot be saved, in words a person understands, with
 * the field it concerns so that a form can mark it.
 */
struct ValidationIssue
{
    /** The member of the value type at fault ("end", "email", "timeZone"…). */
    QString field;
    /** A full sentence: "The end, 18:00, is before the start, 19:00." */
    QString message;

    bool operator==(const ValidationIssue &) const = default;
};

/** The messages of @p issues joined into one paragraph, for a status line or the command line. */
QString describeIssues(const QList<ValidationIssue> &issues);

} // namespace Podium
