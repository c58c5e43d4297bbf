#pragma once

#include "domain/event.h"
#include "domain/programmeitem.h"
#include "models/recordcommands.h"

#include <QAbstractTableModel>
#include <QPair>

class QUndoStack;

namespace Podium {

class Database;

/**
 * The programme of one event as an editable table: start and end (local
 * time in the event's zone), kind, the titles in both languages, and the
 * room. Every edit is written at once, in one transaction, and pushed as
 * one step on the undo stack; so is every reordering, by keys or by drag
 * and drop, which moves the items' times along so that each keeps its
 * length and the gaps between them stay.
 *
 * Threading: use on the thread that owns the Database.
 */
class ProgrammeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        EndColumn,
        KindColumn,
        TitleEnColumn,
        TitleDeColumn,
        RoomColumn,
        ColumnCount
    };
    /** The MIME type of a dragged programme row. */
    static constexpr const char *mimeType = "application/x-podium-programme-row";

    ProgrammeModel(Database &database, QUndoStack *undoStack, Language language,
                   QObject *parent = nullptr);

    /** Shows the programme of @p eventId (0: none). */
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_event.id; }
    /** Reads the programme again (after an undo, a colleague's change). */
    void reload();

    ProgrammeItem item(int row) const { return m_items.value(row); }
    int rowOfId(qint64 id) const;

    /** (label, value) pairs a column offers: kinds and rooms. */
    QList<QPair<QString, QVariant>> choices(int column) const;

    /**
     * Adds an item after the last one (from its end, or the event's start),
     * @p minutes long. Returns its row, or -1 (error() emitted).
     */
    int appendItem(const LocalizedText &title, ProgrammeItemKind kind, int minutes = 30);
    /** Removes the item in @p row with the roles on it. */
    bool removeItem(int row);
    /**
     * Moves the item in @p from to @p to. The items in between take its
     * place in turn; times shift so that every item keeps its length and
     * each gap stays where it was. One undo step.
     */
    bool moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    /**
     * The items of @p items with @p from moved to @p to: positions
     * renumbered and times shifted as moveItem() does. Pure, for tests.
     */
    static QList<ProgrammeItem> reordered(QList<ProgrammeItem> items, int from, int to);

signals:
    /** A write failed or was refused; @p message says why. */
    void errorOccurred(const QString &message);
    /** The programme was written (an edit, an item added, removed or moved). */
    void programmeChanged();

private:
    bool writeItem(const ProgrammeItem &before, const ProgrammeItem &after, const QString &text);
    QString roomName(qint64 roomId) const;
    QString timeText(const QDateTime &instant) const;
    void report(const QString &message);
    /**
     * False, said through errorOccurred() and with the programme read again,
     * if any (loaded, wanted) pair would write a column that someone else
     * changed since this model read the item, or the item is gone.
     */
    bool checkUnchangedMeanwhile(const QList<QPair<ProgrammeItem, ProgrammeItem>> &edits);

    Database &m_db;
    QUndoStack *m_undoStack;
    Language m_language;
    Event m_event;
    QList<ProgrammeItem> m_items;
    QList<QPair<qint64, QString>> m_rooms;
};

} // namespace Podium
