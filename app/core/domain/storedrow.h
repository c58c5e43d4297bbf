#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Podium {

/**
 * Reads the columns of one row, as RecordStore::fetch() or a SELECT gives
 * it, into the shapes of the domain types: NULL becomes blank text, id 0 or
 * an invalid time.
 */
class StoredRow
{
public:
    explicit StoredRow(const QVariantMap &values)
        : m_values(values)
    {}

    bool isEmpty() const { return m_values.isEmpty(); }
    QVariant value(const char *column) const;

    QString text(const char *column) const;
    qint64 id(const char *column) const;
    int integer(const char *column) const;
    std::optional<int> optionalInteger(const char *column) const;
    bool flag(const char *column) const;
    QDateTime instant(const char *column) const;
    QByteArray bytes(const char *column) const;
    /** The pair @p prefix_en and @p prefix_de ("title" → title_en, title_de). */
    LocalizedText localized(const char *prefix) const;

private:
    QVariantMap m_values;
};

} // namespace Podium
