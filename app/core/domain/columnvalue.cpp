#include "columnvalue.h"

#include "util/clock.h"

namespace Podium::ColumnValue {

QVariant text(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QVariant();
    return text;
}

QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant instant(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(Clock::toStorage(instant)) : QVariant();
}

QVariant integer(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

QVariant flag(bool flag)
{
    return flag ? 1 : 0;
}

QVariant zone(const QByteArray &zone)
{
    return QString::fromUtf8(zone);
}

} // namespace Podium::ColumnValue
