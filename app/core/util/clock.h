#pragma once

#include <QDateTime>

#include <functional>

namespace Podium {

/** The one source of "now" in Podium, replaceable in tests so that output is stable. */
class Clock
{
public:
    /** The current instant in UTC, with whole seconds (what the database stores). */
    static QDateTime nowUtc();

    /** Makes nowUtc() return what @p source returns; an empty function restores the real clock. */
    static void setSource(std::function<QDateTime()> source);

    /** Formats an instant as stored: UTC, ISO 8601, trailing Z ("2023-09-19T17:00:00Z"). */
    static QString toStorage(const QDateTime &instant);

    /** Parses a stored instant; invalid if @p text is not in the stored form. */
    static QDateTime fromStorage(const QString &text);
};

} // namespace Podium
