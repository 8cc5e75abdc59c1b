#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace carnet {

class InsurancePlanCard;

// Lays insurance cards out in as many equal columns as the width allows, so the page reads like a wallet on a
// wide window and like a list on a narrow one; it lives inside a scroll area.
class InsuranceCardGrid : public QWidget
{
    Q_OBJECT

public:
    explicit InsuranceCardGrid(QWidget* parent = nullptr);

    // Takes the cards (the old ones are deleted) in the order given.
    void setCards(const QList<InsurancePlanCard*>& cards);
    const QList<InsurancePlanCard*>& cards() const { return m_cards; }
    int columns() const { return m_columns; }

    // The card the key moves to from the card at index; -1 when it would leave the grid.
    int neighbour(int index, int key) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int columnsFor(int width) const;
    void place(int columns);

    QGridLayout* m_grid;
    QList<InsurancePlanCard*> m_cards;
    int m_columns = 0;
};

} // namespace carnet
