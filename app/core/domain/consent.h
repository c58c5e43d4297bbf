#pragma once

#include <QDateTime>

namespace Podium {

/**
 * A person's consent to one use of their data, with the moment it was
 * given: data protection asks not only whether but since when.
 */
struct Consent
{
    bool given = false;
    /** When the consent was given (UTC); invalid while not given. */
    QDateTime at;

    /**
     * Gives or withdraws the consent. Giving it without a moment records
     * @p now; withdrawing it clears the moment.
     */
    void set(bool give, const QDateTime &when, const QDateTime &now);

    bool operator==(const Consent &) const = default;
};

} // namespace Podium
