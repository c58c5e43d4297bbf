#pragma once

#include "fromstorage.h"
#include "language.h"
#include "localizedtext.h"
#include "validationissue.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Podium {

/** How far an event's planning has come (event.status); publication is separate. */
enum class EventStatus { Draft, Planned, Confirmed, Postponed, Cancelled };

QString toStorage(EventStatus status);
template<>
std::optional<EventStatus> fromStorage<EventStatus>(const QString &text);
template<>
QList<EventStatus> allValues<EventStatus>();
/** "Confirmed"/"Bestätigt", "Cancelled"/"Abgesagt"… */
QString eventStatusLabel(EventStatus status, Language language);

/** One public dialogue: its texts, time and place, and its state of planning and publication. */
struct Event
{
    /** The zone an event gets unless told otherwise. */
    static constexpr const char *defaultTimeZone = "Europe/Berlin";

    qint64 id = 0;
    /** RFC 5545 UID: set once on first save and never changed afterwards. */
    QString uid;
    LocalizedText title;
    LocalizedText subtitle;
    /** Markdown. */
    LocalizedText description;
    qint64 seriesId = 0;
    LocalizedText topic;
    /** The instants, in UTC. */
    QDateTime start;
    QDateTime end;
    /** The IANA zone in which the event is shown and exported. */
    QByteArray timeZone = QByteArray(defaultTimeZone);
    /**
     * For an all-day event, start and end are the local midnights that
     * begin the first day and end the last one.
     */
    bool allDay = false;
    qint64 venueId = 0;
    /** A room of the venue; 0 for none. */
    qint64 roomId = 0;
    QString onlineUrl;
    /** The language the event is held in. */
    Language language = Language::English;
    EventStatus status = EventStatus::Draft;
    bool published = false;
    QDateTime publishedAt;
    std::optional<int> capacity;
    QDateTime registrationDeadline;
    QString publicUrl;
    /** RFC 5545 SEQUENCE: raised on every change a subscribed calendar must see. */
    int icalSequence = 0;
    QString notes;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    /** The event's zone, or UTC if its name is unknown. */
    QTimeZone zone() const;
    QDateTime localStart() const;
    QDateTime localEnd() const;
    /** The UTC instant of @p time on @p date in the event's zone. */
    QDateTime atLocal(const QDate &date, const QTime &time) const;
    /** Sets start and end from local times on @p date in the event's zone. */
    void setLocalTimes(const QDate &date, const QTime &from, const QTime &to);
    /** The local day the event begins. */
    QDate firstDay() const;
    /** The local day it ends; an end at midnight belongs to the day before. */
    QDate lastDay() const;

    bool operator==(const Event &) const = default;
};

QList<ValidationIssue> validate(const Event &event);

} // namespace Podium
