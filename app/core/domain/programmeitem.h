#pragma once

#include "fromstorage.h"
#include "language.h"
#include "localizedtext.h"
#include "validationissue.h"

#include <QDateTime>
#include <QList>

namespace Podium {

struct Event;

/** What happens in a programme item (programme_item.kind). */
enum class ProgrammeItemKind {
    Welcome,
    Introduction,
    Keynote,
    Panel,
    Discussion,
    Talk,
    QuestionsAndAnswers,
    Break,
    Reception,
    Other
};

QString toStorage(ProgrammeItemKind kind);
template<>
std::optional<ProgrammeItemKind> fromStorage<ProgrammeItemKind>(const QString &text);
template<>
QList<ProgrammeItemKind> allValues<ProgrammeItemKind>();
/** "Welcome"/"Begrüßung", "Discussion"/"Diskussion"… */
QString programmeItemKindLabel(ProgrammeItemKind kind, Language language);

/** One part of an event's programme: the welcome, a discussion round, the reception. */
struct ProgrammeItem
{
    qint64 id = 0;
    qint64 eventId = 0;
    /** Order within the event; items at the same time in different rooms share a start. */
    int position = 0;
    QDateTime start;
    QDateTime end;
    ProgrammeItemKind kind = ProgrammeItemKind::Other;
    LocalizedText title;
    LocalizedText description;
    /** 0: wherever the event is. */
    qint64 roomId = 0;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const ProgrammeItem &) const = default;
};

/**
 * The rules of a programme item within @p event, whose zone the times in
 * the messages are shown in.
 */
QList<ValidationIssue> validate(const ProgrammeItem &item, const Event &event);

} // namespace Podium
