#pragma once

#include "privacy/duplicates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Podium {

class Database;

/**
 * Reviews likely duplicate people or organisations pair by pair, side by
 * side, and merges one into the other. A merge is one step on the undo
 * stack.
 */
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    /** People (false) or organisations (true). */
    void showOrganisations(bool organisations);
    int pairCount() const { return int(m_pairs.size()); }
    void selectPair(int index);
    /** Merges the selected pair, keeping the left record (or the right one). */
    bool mergeSelected(bool keepLeft);

public slots:
    void refresh();

private:
    void showPair();

    Database &m_db;
    QUndoStack *m_undoStack;
    QComboBox *m_kind;
    QTableWidget *m_pairsView;
    QTableWidget *m_compare;
    QLabel *m_status;
    QPushButton *m_keepLeft;
    QPushButton *m_keepRight;
    QList<Duplicates::Pair> m_pairs;
};

} // namespace Podium
