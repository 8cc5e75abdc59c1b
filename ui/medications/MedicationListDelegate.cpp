#include "MedicationListDelegate.h"

#include "MedicationListModel.h"
#include "MedicationStatusColours.h"

#include <QLocale>

namespace carnet {

QString MedicationListDelegate::refillText(const QModelIndex& index) const
{
    const QDate date = index.data(MedicationListModel::NextRefillRole).toDate();
    if (!date.isValid())
        return {};
    const QString shown = QLocale().toString(date, QLocale::ShortFormat);
    if (!isRefillSoon(index.data(MedicationListModel::IdRole).toLongLong()))
        return shown;
    return tr("%1 (soon)", "next refill date, coming up").arg(shown);
}

void MedicationListDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != MedicationListModel::NextRefillColumn)
        return;
    option->text = refillText(index);
    if (!isRefillSoon(index.data(MedicationListModel::IdRole).toLongLong()))
        return;
    option->palette.setColor(QPalette::Text, MedicationStatusColours::attention(option->palette));
    const int size = option->fontMetrics.height();
    option->icon = MedicationStatusColours::glyph(MedicationStatusColours::Glyph::RefillSoon, option->palette, size);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace carnet
