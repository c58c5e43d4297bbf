#include "programmemodel.h"

#include "domain/columnvalue.h"
#include "domain/eventrepository.h"
#include "domain/programmeitemrepository.h"
#include "domain/venuerepository.h"
#include "models/changesetcommand.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

namespace Podium {

namespace {

QVariantMap columnsOf(const ProgrammeItem &i)
{
    return {
        {QStringLiteral("position"), i.position},
        {QStringLiteral("start_utc"), ColumnValue::instant(i.start)},
        {QStringLiteral("end_utc"), ColumnValue::instant(i.end)},
        {QStringLiteral("kind"), toStorage(i.kind)},
        {QStringLiteral("title_en"), ColumnValue::text(i.title.en.trimmed())},
        {QStringLiteral("title_de"), ColumnValue::text(i.title.de.trimmed())},
        {QStringLiteral("room_id"), ColumnValue::id(i.roomId)},
    };
}

// The first column that going from @p loaded (as this model read the item)
// to @p wanted would write although someone else changed it since (@p
// stored, as the item is now), or empty: the three are compared in the same
// form.
QString changedMeanwhile(const ProgrammeItem &loaded, const ProgrammeItem &wanted,
                         const ProgrammeItem &stored)
{
    const QVariantMap was = columnsOf(loaded);
    const QVariantMap now = columnsOf(stored);
    const QVariantMap target = columnsOf(wanted);
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (it.value() != was.value(it.key()) && now.value(it.key()) != was.value(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

ProgrammeModel::ProgrammeModel(Database &database, QUndoStack *undoStack, Language language,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
    , m_undoStack(undoStack)
    , m_language(language)
{}

void ProgrammeModel::setEvent(qint64 eventId)
{
    beginResetModel();
    m_event = Event();
    m_event.id = eventId;
    m_items.clear();
    m_rooms.clear();
    endResetModel();
    reload();
}

void ProgrammeModel::reload()
{
    Event event;
    QList<ProgrammeItem> items;
    QList<QPair<qint64, QString>> rooms;
    if (m_event.id) {
        const qint64 id = m_event.id;
        event = EventRepository(m_db).find(id).value_or(Event());
        event.id = id;
        items = ProgrammeItemRepository(m_db).forEvent(id);
        if (event.venueId) {
            for (const Room &room : VenueRepository(m_db).rooms(event.venueId))
                rooms.append({room.id, room.name});
        }
    }
    // Nothing changed: keep the view as it is (an open editor, the selection).
    if (event == m_event && items == m_items && rooms == m_rooms)
        return;
    beginResetModel();
    m_event = event;
    m_items = items;
    m_rooms = rooms;
    endResetModel();
}

int ProgrammeModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

QString ProgrammeModel::roomName(qint64 roomId) const
{
    for (const auto &[id, name] : m_rooms) {
        if (id == roomId)
            return name;
    }
    return {};
}

QString ProgrammeModel::timeText(const QDateTime &instant) const
{
    const QDateTime local = instant.toTimeZone(m_event.zone());
    // In the interface's language: "20. Sept., 19:00" (QDateTime::toString()
    // would name the month in English).
    const QLocale locale;
    if (local.date() != m_event.firstDay())
        return locale.toString(local, shortDateFormat(locale, Weekday::LeftOut, Year::LeftOut) +
                                          QStringLiteral(", ") + clockFormat(locale));
    return locale.toString(local.time(), clockFormat(locale));
}

QList<QPair<QString, QVariant>> ProgrammeModel::choices(int column) const
{
    QList<QPair<QString, QVariant>> out;
    if (column == KindColumn) {
        for (const ProgrammeItemKind k : allValues<ProgrammeItemKind>())
            out.append({programmeItemKindLabel(k, m_language), toStorage(k)});
    } else if (column == RoomColumn) {
        out.append({tr("(the event's room)"), qint64(0)});
        for (const auto &[id, name] : m_rooms)
            out.append({name, id});
    }
    return out;
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProgrammeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ProgrammeItem &i = m_items.at(index.row());
    const QTimeZone zone = m_event.zone();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StartColumn:
            return timeText(i.start);
        case EndColumn:
            return timeText(i.end);
        case KindColumn:
            return programmeItemKindLabel(i.kind, m_language);
        case TitleEnColumn:
            return i.title.en;
        case TitleDeColumn:
            return i.title.de;
        case RoomColumn:
            return i.roomId ? roomName(i.roomId) : QString();
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case StartColumn:
            return i.start.toTimeZone(zone).time();
        case EndColumn:
            return i.end.toTimeZone(zone).time();
        case KindColumn:
            return toStorage(i.kind);
        case TitleEnColumn:
            return i.title.en;
        case TitleDeColumn:
            return i.title.de;
        case RoomColumn:
            return i.roomId;
        }
    } else if (role == Qt::ToolTipRole && index.column() <= EndColumn) {
        return periodText(i.start.toTimeZone(zone), i.end.toTimeZone(zone));
    }
    return {};
}

QVariant ProgrammeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case KindColumn:
        return tr("Kind");
    case TitleEnColumn:
        return tr("Title (English)");
    case TitleDeColumn:
        return tr("Title (German)");
    case RoomColumn:
        return tr("Room");
    }
    return {};
}

Qt::ItemFlags ProgrammeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (!m_db.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

void ProgrammeModel::report(const QString &message)
{
    emit errorOccurred(message);
}

bool ProgrammeModel::checkUnchangedMeanwhile(
    const QList<QPair<ProgrammeItem, ProgrammeItem>> &edits)
{
    ProgrammeItemRepository items(m_db);
    for (const auto &[loaded, wanted] : edits) {
        const std::optional<ProgrammeItem> stored = items.find(loaded.id);
        if (!stored) {
            report(tr("“%1” no longer exists; someone may have deleted it. Nothing was saved.")
                       .arg(loaded.title.in(m_language)));
        } else if (const QString column = changedMeanwhile(loaded, wanted, *stored);
                   !column.isEmpty()) {
            QString message = tr("Someone else changed “%1” meanwhile. Nothing was saved: the "
                                 "programme now shows their version, and you can make your "
                                 "change again.")
                                  .arg(stored->title.in(m_language));
            // A title typed into the cell is not lost: the message keeps it.
            const QString typed = column == QLatin1StringView("title_de")   ? wanted.title.de
                                  : column == QLatin1StringView("title_en") ? wanted.title.en
                                                                            : QString();
            if (!typed.isEmpty())
                message += QLatin1Char(' ') + tr("You had typed: “%1”.").arg(typed);
            report(message);
        } else {
            continue;
        }
        reload();
        return false;
    }
    return true;
}

bool ProgrammeModel::writeItem(const ProgrammeItem &before, const ProgrammeItem &after,
                               const QString &text)
{
    const QList<ValidationIssue> issues = validate(after, m_event);
    if (!issues.isEmpty()) {
        report(describeIssues(issues));
        return false;
    }
    if (!checkUnchangedMeanwhile({{before, after}}))
        return false;
    RecordStore store(m_db);
    RowChange change{QStringLiteral("programme_item"),
                     after.id,
                     store.fetch(QStringLiteral("programme_item"), after.id),
                     {}};
    if (change.before.isEmpty()) {
        report(tr("The programme item no longer exists; someone may have deleted it."));
        return false;
    }
    change.after = change.before;
    const QVariantMap columns = columnsOf(after);
    for (auto it = columns.begin(); it != columns.end(); ++it)
        change.after.insert(it.key(), it.value());
    auto *command =
        new ChangeSetCommand(m_db, {change}, text, [this](const QString &m) { report(m); });
    QString error;
    if (!command->execute(&error)) {
        delete command;
        report(error);
        return false;
    }
    // The order stays: only this row changed.
    const int row = rowOfId(after.id);
    if (const auto stored = ProgrammeItemRepository(m_db).find(after.id); stored && row >= 0) {
        m_items[row] = *stored;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    emit programmeChanged();
    return true;
}

bool ProgrammeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const ProgrammeItem before = m_items.at(index.row());
    ProgrammeItem after = before;
    const QTimeZone zone = m_event.zone();
    switch (index.column()) {
    case StartColumn: {
        // A new start moves the item: it keeps its length.
        const QTime time = value.toTime();
        if (!time.isValid())
            return false;
        const qint64 length = before.start.secsTo(before.end);
        after.start = QDateTime(before.start.toTimeZone(zone).date(), time, zone).toUTC();
        after.end = after.start.addSecs(length);
        break;
    }
    case EndColumn: {
        const QTime time = value.toTime();
        if (!time.isValid())
            return false;
        QDateTime end = QDateTime(before.start.toTimeZone(zone).date(), time, zone).toUTC();
        // An end before the start on the same day is one past midnight.
        if (end < before.start)
            end = end.addDays(1);
        after.end = end;
        break;
    }
    case KindColumn: {
        const auto kind = fromStorage<ProgrammeItemKind>(value.toString());
        if (!kind)
            return false;
        after.kind = *kind;
        break;
    }
    case TitleEnColumn:
        after.title.en = value.toString().trimmed();
        break;
    case TitleDeColumn:
        after.title.de = value.toString().trimmed();
        break;
    case RoomColumn:
        after.roomId = value.toLongLong();
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    const QString title = after.title.in(m_language);
    return writeItem(before, after, tr("Edit programme item “%1”").arg(title));
}

int ProgrammeModel::appendItem(const LocalizedText &title, ProgrammeItemKind kind, int minutes)
{
    if (!m_event.id)
        return -1;
    ProgrammeItem item;
    item.eventId = m_event.id;
    item.kind = kind;
    item.title = title;
    item.position = m_items.isEmpty() ? 0 : m_items.constLast().position + 1;
    item.start = m_items.isEmpty() ? m_event.start : m_items.constLast().end;
    item.end = item.start.addSecs(qint64(minutes) * 60);
    QString error;
    if (!ProgrammeItemRepository(m_db).insert(item, &error)) {
        report(error);
        return -1;
    }
    reload();
    if (m_undoStack) {
        m_undoStack->push(
            new InsertRecordCommand(m_db, QStringLiteral("programme_item"), item.id,
                                    tr("New programme item “%1”").arg(item.title.in(m_language)),
                                    [this](const QString &m) { report(m); }));
    }
    emit programmeChanged();
    return rowOfId(item.id);
}

bool ProgrammeModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const ProgrammeItem item = m_items.at(row);
    auto *command =
        new DeleteRecordCommand(m_db, QStringLiteral("programme_item"), item.id,
                                tr("Remove programme item “%1”").arg(item.title.in(m_language)),
                                [this](const QString &m) { report(m); });
    QString error;
    if (!command->execute(&error)) {
        delete command;
        report(error);
        return false;
    }
    reload();
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    emit programmeChanged();
    return true;
}

QList<ProgrammeItem> ProgrammeModel::reordered(QList<ProgrammeItem> items, int from, int to)
{
    if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to)
        return items;
    // Swap neighbours one step at a time: the later one takes the earlier
    // one's start, and the earlier one follows after the same gap.
    auto swapDown = [&items](int i) { // i and i + 1
        ProgrammeItem a = items.at(i);
        ProgrammeItem b = items.at(i + 1);
        const qint64 lengthA = a.start.secsTo(a.end);
        const qint64 lengthB = b.start.secsTo(b.end);
        const qint64 gap = a.end.secsTo(b.start);
        b.start = a.start;
        b.end = b.start.addSecs(lengthB);
        a.start = b.end.addSecs(gap);
        a.end = a.start.addSecs(lengthA);
        items[i] = b;
        items[i + 1] = a;
    };
    if (from < to) {
        for (int i = from; i < to; ++i)
            swapDown(i);
    } else {
        for (int i = from - 1; i >= to; --i)
            swapDown(i);
    }
    for (int i = 0; i < items.size(); ++i)
        items[i].position = i;
    return items;
}

bool ProgrammeModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_items.size() || to < 0 || to >= m_items.size() || from == to)
        return false;
    const QList<ProgrammeItem> after = reordered(m_items, from, to);
    QList<QPair<ProgrammeItem, ProgrammeItem>> moved;
    for (const ProgrammeItem &item : after) {
        const ProgrammeItem &was = m_items.at(rowOfId(item.id));
        if (was.position != item.position || was.start != item.start || was.end != item.end)
            moved.append({was, item});
    }
    if (!checkUnchangedMeanwhile(moved))
        return false;
    RecordStore store(m_db);
    QList<RowChange> changes;
    for (const auto &[was, item] : std::as_const(moved)) {
        RowChange change{QStringLiteral("programme_item"),
                         item.id,
                         store.fetch(QStringLiteral("programme_item"), item.id),
                         {}};
        change.after = change.before;
        change.after.insert(QStringLiteral("position"), item.position);
        change.after.insert(QStringLiteral("start_utc"), ColumnValue::instant(item.start));
        change.after.insert(QStringLiteral("end_utc"), ColumnValue::instant(item.end));
        changes.append(change);
    }
    const QString title = m_items.at(from).title.in(m_language);
    auto *command = new ChangeSetCommand(m_db, changes,
                                         to < from ? tr("Move “%1” earlier").arg(title)
                                                   : tr("Move “%1” later").arg(title),
                                         [this](const QString &m) { report(m); });
    QString error;
    if (!command->execute(&error)) {
        delete command;
        report(error);
        return false;
    }
    reload();
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    emit programmeChanged();
    return true;
}

QStringList ProgrammeModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *ProgrammeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool ProgrammeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    return data && data->hasFormat(QString::fromLatin1(mimeType)) && !m_db.isReadOnly();
}

bool ProgrammeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(mimeType)).toInt(&ok);
    if (!ok)
        return false;
    // Dropped between rows (row) or onto a row (parent): it goes before that row.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    const int to = target > from ? target - 1 : target;
    return moveItem(from, qBound(0, to, int(m_items.size()) - 1));
}

Qt::DropActions ProgrammeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ProgrammeModel::supportedDragActions() const
{
    // The drop moves the rows itself; the view must not remove the source.
    return Qt::CopyAction;
}

} // namespace Podium
