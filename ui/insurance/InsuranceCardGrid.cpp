#include "InsuranceCardGrid.h"

#include "InsurancePlanCard.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>

namespace carnet {

InsuranceCardGrid::InsuranceCardGrid(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    const int gap = fontMetrics().height();
    m_grid->setSpacing(gap);
    m_grid->setContentsMargins(gap / 2, gap / 2, gap / 2, gap / 2);
}

void InsuranceCardGrid::setCards(const QList<InsurancePlanCard*>& cards)
{
    for (InsurancePlanCard* card : std::as_const(m_cards)) {
        m_grid->removeWidget(card);
        card->deleteLater();
        card->hide();
    }
    m_cards = cards;
    // Taken in order, each card followed by its own buttons: that is also the Tab order.
    for (InsurancePlanCard* card : std::as_const(m_cards)) {
        card->setParent(this);
        card->show();
    }
    m_columns = 0;
    place(columnsFor(width()));
}

int InsuranceCardGrid::columnsFor(int width) const
{
    const QMargins margins = m_grid->contentsMargins();
    const int usable = width - margins.left() - margins.right();
    const int cardWidth = InsurancePlanCard::preferredWidth(font()) + m_grid->horizontalSpacing();
    const int fit = std::max(1, (usable + m_grid->horizontalSpacing()) / std::max(1, cardWidth));
    return std::clamp(fit, 1, std::max(1, static_cast<int>(m_cards.size())));
}

void InsuranceCardGrid::place(int columns)
{
    if (columns == m_columns)
        return;
    for (InsurancePlanCard* card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    m_columns = columns;
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards[i], i / columns, i % columns, Qt::AlignTop);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Cards keep their natural height; spare room collects below the last row.
    m_grid->setRowStretch((static_cast<int>(m_cards.size()) + columns - 1) / columns, 1);
}

int InsuranceCardGrid::neighbour(int index, int key) const
{
    const int count = static_cast<int>(m_cards.size());
    const int columns = std::max(1, m_columns);
    int target = -1;
    switch (key) {
    case Qt::Key_Left:
        target = index - 1;
        break;
    case Qt::Key_Right:
        target = index + 1;
        break;
    case Qt::Key_Up:
        target = index - columns;
        break;
    case Qt::Key_Down:
        target = index + columns;
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = count - 1;
        break;
    default:
        break;
    }
    return target >= 0 && target < count ? target : -1;
}

void InsuranceCardGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place(columnsFor(event->size().width()));
}

} // namespace carnet
