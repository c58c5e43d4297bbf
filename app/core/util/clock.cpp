#include "clock.h"

#include <QTimeZone>

namespace Podium {

namespace {
std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> s;
    return s;
}
} // namespace

QDateTime Clock::nowUtc()
{
    QDateTime now = source() ? source()() : QDateTime::currentDateTimeUtc();
    now = now.toUTC();
    // The database keeps whole seconds; dropping the milliseconds here keeps a
    // value read back equal to the value written.
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

void Clock::setSource(std::function<QDateTime()> s)
{
    source() = std::move(s);
}

QString Clock::toStorage(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime Clock::fromStorage(const QString &text)
{
    // Date and time are read on their own and joined in UTC: parsing the whole
    // text as a QDateTime would read it as local time first, and an instant in
    // the hour a local clock skips (2023-03-26T02:30:00Z in Berlin) would come
    // back invalid.
    if (text.size() != 20 || text.at(10) != QLatin1Char('T') || text.at(19) != QLatin1Char('Z'))
        return {};
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace Podium
