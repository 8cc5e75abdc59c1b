#pragma once

#include <QStyledItemDelegate>

namespace carnet {

// Draws one day of the month grid: the day number (today marked), as many appointment lines as fit with "+k more"
// below them, and a line for the medication doses due, in their own colour.
class MonthDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // How many appointment lines a cell of this height shows before "+k more", for a day with `count` appointments.
    static int visibleLines(int cellHeight, int lineHeight, int count, bool hasDoses);
};

} // namespace carnet
