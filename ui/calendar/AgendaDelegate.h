#pragma once

#include <QStyledItemDelegate>

namespace carnet {

// Draws the rows of the agenda: day headers, appointments (time, title, provider and place) and the line of
// medication doses due that day, each in its own style.
class AgendaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace carnet
