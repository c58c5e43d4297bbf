#include "validationissue.h"

#include <QStringList>

namespace Podium {

QString describeIssues(const QList<ValidationIssue> &issues)
{
    QStringList messages;
    messages.reserve(issues.size());
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace Podium
