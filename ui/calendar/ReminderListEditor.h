#pragma once

#include <QWidget>
#include <vector>

class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace carnet {

// The reminders of an appointment as a list of "N minutes/hours/days before", with a row to add one and a button to
// remove the selected one.
class ReminderListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderListEditor(QWidget* parent = nullptr);

    // Minutes before the start, earliest reminder first, no duplicates.
    std::vector<int> minutes() const { return m_minutes; }
    void setMinutes(std::vector<int> minutes);
    // Adds the amount and unit typed in the add row.
    void addTyped();
    void removeSelected();

signals:
    void changed();

private:
    void showList();
    void updateRange();

    std::vector<int> m_minutes;
    QListWidget* m_list;
    QSpinBox* m_amount;
    QComboBox* m_unit;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace carnet
