#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Podium {

/**
 * Declares how an enum is read back from the text kept in the database;
 * each enum's header specialises it. std::nullopt means the text names no
 * value, for instance one written by a newer Podium.
 */
template<typename Enum>
std::optional<Enum> fromStorage(const QString &text);

/** Every value of an enum in the order a list offers them; each enum's header specialises it. */
template<typename Enum>
QList<Enum> allValues();

} // namespace Podium
