#include "event.h"

#include "enumtext.h"
#include "validation.h"

#include <QCoreApplication>

namespace Podium {

namespace {
const EnumText<EventStatus> statuses[] = {
    {EventStatus::Draft, "draft", "Draft", "Entwurf"},
    {EventStatus::Planned, "planned", "Planned", "Geplant"},
    {EventStatus::Confirmed, "confirmed", "Confirmed", "Bestätigt"},
    {EventStatus::Postponed, "postponed", "Postponed", "Verschoben"},
    {EventStatus::Cancelled, "cancelled", "Cancelled", "Abgesagt"},
};
} // namespace

QString toStorage(EventStatus status)
{
    return EnumText<EventStatus>::storageOf(statuses, status);
}

template<>
std::optional<EventStatus> fromStorage<EventStatus>(const QString &text)
{
    return EnumText<EventStatus>::parse(statuses, text);
}

template<>
QList<EventStatus> allValues<EventStatus>()
{
    return EnumText<EventStatus>::values(statuses);
}

QString eventStatusLabel(EventStatus status, Language language)
{
    return EnumText<EventStatus>::labelOf(statuses, status, language);
}

QTimeZone Event::zone() const
{
    return Validation::zoneOrUtc(timeZone);
}

QDateTime Event::localStart() const
{
    return start.isValid() ? start.toTimeZone(zone()) : QDateTime();
}

QDateTime Event::localEnd() const
{
    return end.isValid() ? end.toTimeZone(zone()) : QDateTime();
}

QDateTime Event::atLocal(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, zone()).toUTC();
}

void Event::setLocalTimes(const QDate &date, const QTime &from, const QTime &to)
{
    start = atLocal(date, from);
    end = atLocal(date, to);
}

QDate Event::firstDay() const
{
    return localStart().date();
}

QDate Event::lastDay() const
{
    const QDateTime e = localEnd();
    if (!e.isValid())
        return {};
    if (e.time() == QTime(0, 0) && end > start)
        return e.date().addDays(-1);
    return e.date();
}

QList<ValidationIssue> validate(const Event &event)
{
    QList<ValidationIssue> issues;
    Validation::requireEither(
        issues, QStringLiteral("title"), event.title,
        QCoreApplication::translate("Podium::Event", "Please enter a title in German or English."));
    Validation::checkTimeZone(issues, QStringLiteral("timeZone"), event.timeZone);
    Validation::checkSpan(issues, event.start, event.end, event.timeZone);
    if (event.roomId != 0 && event.venueId == 0)
        issues.append(
            {QStringLiteral("venueId"),
             QCoreApplication::translate("Podium::Event", "Please choose the venue of the room.")});
    Validation::checkWebAddress(issues, QStringLiteral("onlineUrl"), event.onlineUrl);
    Validation::checkWebAddress(issues, QStringLiteral("publicUrl"), event.publicUrl);
    Validation::checkCapacity(issues, QStringLiteral("capacity"), event.capacity);
    if (event.registrationDeadline.isValid() && event.end.isValid() &&
        event.registrationDeadline > event.end) {
        const QTimeZone tz = event.zone();
        const bool sameDay =
            event.registrationDeadline.toTimeZone(tz).date() == event.end.toTimeZone(tz).date();
        issues.append(
            {QStringLiteral("registrationDeadline"),
             QCoreApplication::translate(
                 "Podium::Event",
                 "The registration deadline, %1, is after the end of the event, %2.")
                 .arg(Validation::formatLocal(event.registrationDeadline, event.timeZone, !sameDay),
                      Validation::formatLocal(event.end, event.timeZone, !sameDay))});
    }
    if (event.icalSequence < 0)
        issues.append({QStringLiteral("icalSequence"),
                       QCoreApplication::translate(
                           "Podium::Event", "The calendar sequence number cannot be negative.")});
    for (const QChar c : event.uid) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            issues.append(
                {QStringLiteral("uid"),
                 QCoreApplication::translate(
                     "Podium::Event", "The calendar UID may not contain spaces or line breaks.")});
            break;
        }
    }
    return issues;
}

} // namespace Podium
