#pragma once

#include "CalendarDay.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace carnet {

// The selected day beside the month and week views: its appointments (to pick one for Edit, Cancel, Delete and
// History) and the medication doses due, with their times and what the dose log says.
class CalendarDayPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, AppointmentIdRole, CancelledRole };

    explicit CalendarDayPanel(QWidget* parent = nullptr);

    void setDay(const CalendarDay& day);
    const CalendarDay& day() const { return m_day; }
    // The occurrence picked in the list; empty if none.
    QString currentKey() const;
    // Picks the occurrence, or the first one of the day if the key is not there.
    void selectKey(const QString& key);
    QListWidget* list() const { return m_list; }

signals:
    void currentKeyChanged(const QString& key);
    void keyActivated(const QString& key);

private:
    CalendarDay m_day;
    QLabel* m_heading;
    QListWidget* m_list;
    QLabel* m_hint;
};

} // namespace carnet
