#pragma once

#include <QSet>
#include <QStyledItemDelegate>

#include <cstdint>

namespace carnet {

// Draws the medication list: dates in the locale's short format, and a "refill soon" glyph and word beside the next
// refill date of the medications whose refill is coming up.
class MedicationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setRefillSoon(QSet<qint64> ids) { m_refillSoon = std::move(ids); }
    bool isRefillSoon(qint64 id) const { return m_refillSoon.contains(id); }
    // What the next-refill cell says: "12/03/2026 (soon)"; the banner above the list spells it out.
    QString refillText(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QSet<qint64> m_refillSoon;
};

} // namespace carnet
