#pragma once

#include <QStyledItemDelegate>

namespace carnet {

// Draws the rows of today's doses with their status as a glyph and, for an overdue dose, in a bold attention colour
// beside the word "Overdue" the model already gives, so the cue never rests on colour alone.
class DueDoseDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Today's doses carry no tooltips of their own; the full text of a cell is shown, so an elided name can be read.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace carnet
