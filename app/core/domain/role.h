#pragma once

#include "fromstorage.h"
#include "language.h"
#include "localizedtext.h"
#include "validationissue.h"

#include <QDateTime>
#include <QList>

namespace Podium {

struct ProgrammeItem;

/** What a person does at an event (role.role). */
enum class RoleKind { Chair, Moderator, Panellist, Speaker, Keynote, Welcome };

QString toStorage(RoleKind kind);
template<>
std::optional<RoleKind> fromStorage<RoleKind>(const QString &text);
template<>
QList<RoleKind> allValues<RoleKind>();
/** The word printed before the name: "Chair"/"Moderation", "Panellist"/"Podium"… */
QString roleLabel(RoleKind kind, Language language);

/** Whether the person has agreed (role.status). */
enum class RoleStatus { Asked, Confirmed, Declined };

QString toStorage(RoleStatus status);
template<>
std::optional<RoleStatus> fromStorage<RoleStatus>(const QString &text);
template<>
QList<RoleStatus> allValues<RoleStatus>();
/** "Asked"/"Angefragt", "Confirmed"/"Zugesagt", "Declined"/"Abgesagt". */
QString roleStatusLabel(RoleStatus status, Language language);

/** A person's part in an event: chair of the evening, panellist of a discussion round… */
struct Role
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 eventId = 0;
    /** 0: a role on the event as a whole, such as the chair of the evening. */
    qint64 programmeItemId = 0;
    RoleKind kind = RoleKind::Speaker;
    /** Order among the roles of the same item (or of the event). */
    int position = 0;
    /** The line printed under the name; it may differ from the person's organisation. */
    LocalizedText affiliation;
    RoleStatus status = RoleStatus::Asked;

    QDateTime createdAt;
    QDateTime modifiedAt;
    int rowVersion = 0;

    bool operator==(const Role &) const = default;
};

/** The rules a role keeps on its own. */
QList<ValidationIssue> validate(const Role &role);

/** The rules of a role on @p item, which must belong to the role's event. */
QList<ValidationIssue> validate(const Role &role, const ProgrammeItem &item);

} // namespace Podium
