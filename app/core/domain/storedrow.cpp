#include "storedrow.h"

#include "util/clock.h"

namespace Podium {

QVariant StoredRow::value(const char *column) const
{
    return m_values.value(QString::fromLatin1(column));
}

QString StoredRow::text(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? QString() : v.toString();
}

qint64 StoredRow::id(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? 0 : v.toLongLong();
}

int StoredRow::integer(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? 0 : v.toInt();
}

std::optional<int> StoredRow::optionalInteger(const char *column) const
{
    const QVariant v = value(column);
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toInt();
}

bool StoredRow::flag(const char *column) const
{
    return integer(column) != 0;
}

QDateTime StoredRow::instant(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? QDateTime() : Clock::fromStorage(v.toString());
}

QByteArray StoredRow::bytes(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? QByteArray() : v.toByteArray();
}

LocalizedText StoredRow::localized(const char *prefix) const
{
    const QByteArray p(prefix);
    return {text((p + "_en").constData()), text((p + "_de").constData())};
}

} // namespace Podium
