#include "DueDoseDelegate.h"

#include "DueDose.h"
#include "DueDoseModel.h"
#include "MedicationStatusColours.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace carnet {

bool DueDoseDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void DueDoseDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool overdue = index.data(DueDoseModel::OverdueRole).toBool();
    const auto status = static_cast<DueDose::Status>(index.data(DueDoseModel::StatusRole).toInt());
    if (overdue) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, MedicationStatusColours::attention(option->palette));
    } else if (status == DueDose::Status::Skipped) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() != DueDoseModel::StatusColumn)
        return;
    MedicationStatusColours::Glyph glyph = MedicationStatusColours::Glyph::Pending;
    if (overdue)
        glyph = MedicationStatusColours::Glyph::Overdue;
    else if (status == DueDose::Status::Taken)
        glyph = MedicationStatusColours::Glyph::Taken;
    else if (status == DueDose::Status::Late)
        glyph = MedicationStatusColours::Glyph::Late;
    else if (status == DueDose::Status::Skipped)
        glyph = MedicationStatusColours::Glyph::Skipped;
    const int size = option->fontMetrics.height();
    option->icon = MedicationStatusColours::glyph(glyph, option->palette, size);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace carnet
