#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Podium {

/**
 * Turns values of the domain types into what a column holds. "No value" has
 * one form, NULL, whatever its C++ shape (blank text, id 0, invalid time).
 */
namespace ColumnValue {

/** NULL for blank text. A null QString does not make a null QVariant in Qt 6, so say it. */
QVariant text(const QString &text);
/** NULL for 0. */
QVariant id(qint64 id);
/** The stored UTC form ("2023-09-19T17:00:00Z"), or NULL. */
QVariant instant(const QDateTime &instant);
QVariant integer(const std::optional<int> &value);
/** NULL for no bytes. */
QVariant blob(const QByteArray &bytes);
/** 0 or 1. */
QVariant flag(bool flag);
/** "Europe/Berlin". */
QVariant zone(const QByteArray &zone);

} // namespace ColumnValue
} // namespace Podium
