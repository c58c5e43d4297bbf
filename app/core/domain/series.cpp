#include "series.h"

#include "validation.h"

#include <QCoreApplication>

namespace Podium {

QList<ValidationIssue> validate(const Series &series)
{
    QList<ValidationIssue> issues;
    Validation::requireEither(
        issues, QStringLiteral("name"), series.name,
        QCoreApplication::translate("Podium::Series", "Please enter a name in German or English."));
    return issues;
}

} // namespace Podium
