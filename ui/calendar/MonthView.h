#pragma once

#include <QDate>
#include <QTableView>

namespace carnet {

class CalendarMonthModel;

// The month grid: one cell per day with its appointments and doses, drawn by MonthDayDelegate. The arrow keys move
// the selected day (across weeks and months), Page Up / Page Down move a month, Return opens the day.
class MonthView : public QTableView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget* parent = nullptr);

    void setMonthModel(CalendarMonthModel* model);
    QDate selectedDate() const;
    // Selects the day's cell if the grid shows it.
    void selectDate(const QDate& date);

signals:
    // The keyboard asks for another day, which may lie outside the month shown.
    void dateRequested(const QDate& date);
    // A cell was clicked.
    void dateClicked(const QDate& date);
    // Return, Enter or a double click on a day.
    void dateActivated(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    CalendarMonthModel* m_model = nullptr;
};

} // namespace carnet
