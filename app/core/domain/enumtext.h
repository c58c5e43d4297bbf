#pragma once

#include "fromstorage.h"
#include "language.h"

#include <QList>
#include <QString>

#include <optional>

namespace Podium {

/**
 * One row of an enum's table: the value, the text the schema's CHECK
 * constraint allows, and its labels. Keeping the three together means a new
 * value cannot be added to one without the others.
 */
template<typename Enum>
struct EnumText
{
    Enum value;
    const char *storage;
    const char *english; ///< UTF-8
    const char *german;  ///< UTF-8

    template<std::size_t N>
    static const EnumText *row(const EnumText (&table)[N], Enum value)
    {
        for (const EnumText &r : table) {
            if (r.value == value)
                return &r;
        }
        return nullptr;
    }

    template<std::size_t N>
    static QString storageOf(const EnumText (&table)[N], Enum value)
    {
        const EnumText *r = row(table, value);
        return r ? QString::fromLatin1(r->storage) : QString();
    }

    template<std::size_t N>
    static QString labelOf(const EnumText (&table)[N], Enum value, Language language)
    {
        const EnumText *r = row(table, value);
        if (!r)
            return {};
        return QString::fromUtf8(language == Language::German ? r->german : r->english);
    }

    template<std::size_t N>
    static std::optional<Enum> parse(const EnumText (&table)[N], const QString &text)
    {
        for (const EnumText &r : table) {
            if (text == QLatin1StringView(r.storage))
                return r.value;
        }
        return std::nullopt;
    }

    template<std::size_t N>
    static QList<Enum> values(const EnumText (&table)[N])
    {
        QList<Enum> out;
        out.reserve(qsizetype(N));
        for (const EnumText &r : table)
            out.append(r.value);
        return out;
    }
};

} // namespace Podium
