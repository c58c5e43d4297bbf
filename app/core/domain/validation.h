#pragma once

#include "localizedtext.h"
#include "validationissue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Podium {

/**
 * Checks shared by the validate() functions of the value types, so that the
 * same mistake reads the same wherever it is made.
 */
namespace Validation {

/** True for an address of the form local@domain.tld, without spaces. */
bool isValidEmail(const QString &email);

/** True for an absolute http or https address with a host. */
bool isValidWebAddress(const QString &address);

/** True if @p zone is an IANA time zone this system knows ("Europe/Berlin"). */
bool isKnownTimeZone(const QByteArray &zone);

/** The zone named @p zone, or UTC if the name is unknown. */
QTimeZone zoneOrUtc(const QByteArray &zone);

/**
 * @p instant as local time in @p zone: "19:00", or "19 Sep 2023 19:00" when
 * @p withDate is set. Unknown zones show UTC, marked as such.
 */
QString formatLocal(const QDateTime &instant, const QByteArray &zone, bool withDate);

/** Adds "Please enter …" under @p field if @p text is blank. */
void requireText(QList<ValidationIssue> &issues, const QString &field, const QString &text,
                 const QString &message);

/** Adds "Please enter a title in German or English." (or @p message) if both languages are blank.
 */
void requireEither(QList<ValidationIssue> &issues, const QString &field, const LocalizedText &text,
                   const QString &message);

/** Adds an issue if @p email is given but not a valid address. */
void checkEmail(QList<ValidationIssue> &issues, const QString &field, const QString &email);

/** Adds an issue if @p address is given but not a web address. */
void checkWebAddress(QList<ValidationIssue> &issues, const QString &field, const QString &address);

/** Adds an issue if @p zone is empty or not a known IANA zone. */
void checkTimeZone(QList<ValidationIssue> &issues, const QString &field, const QByteArray &zone);

/** Adds an issue if @p capacity is negative. */
void checkCapacity(QList<ValidationIssue> &issues, const QString &field,
                   const std::optional<int> &capacity);

/**
 * Checks a start and an end: both given, and the end not before the start.
 * The message shows both in @p zone, with dates only when they fall on
 * different days there.
 */
void checkSpan(QList<ValidationIssue> &issues, const QDateTime &start, const QDateTime &end,
               const QByteArray &zone);

} // namespace Validation
} // namespace Podium
