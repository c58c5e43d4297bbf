#include "consent.h"

namespace Podium {

void Consent::set(bool give, const QDateTime &when, const QDateTime &now)
{
    given = give;
    if (!give)
        at = QDateTime();
    else
        at = (when.isValid() ? when : now).toUTC();
}

} // namespace Podium
