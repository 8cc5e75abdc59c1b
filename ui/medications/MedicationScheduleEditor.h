#pragma once

#include "MedicationSchedule.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace carnet {

// Edits a MedicationSchedule: how often (times a day, every N hours, some days of the week, as needed), then the
// times of day, the interval and first dose, or the days. Says in words what the schedule means and what is missing.
class MedicationScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MedicationScheduleEditor(QWidget* parent = nullptr);

    // The schedule as entered, normalized when it is valid.
    MedicationSchedule schedule() const;
    void setSchedule(const MedicationSchedule& schedule);
    // Why the schedule cannot be saved, or empty when it can.
    QString problem() const;

    // For keyboard users and tests: add the time in the time edit, remove the selected one.
    void addTime();
    void removeSelectedTime();
    // The row selector of the kind combo box; the first control of the editor.
    QComboBox* kindBox() const { return m_kind; }
    // The last control in the editor's tab order, to chain the controls after it.
    QWidget* tabOrderEnd() const;

signals:
    void changed();

private:
    MedicationSchedule::Kind kind() const;
    std::vector<QTime> times() const;
    void setTimes(const std::vector<QTime>& times);
    void kindChanged();
    void update();

    QComboBox* m_kind;
    QWidget* m_timesPanel;
    QListWidget* m_times;
    QTimeEdit* m_newTime;
    QPushButton* m_addTime;
    QPushButton* m_removeTime;
    QWidget* m_intervalPanel;
    QSpinBox* m_interval;
    QTimeEdit* m_firstTime;
    QWidget* m_daysPanel;
    std::array<QCheckBox*, 7> m_days{}; // by Qt::DayOfWeek - 1
    QLabel* m_asNeeded;
    QLabel* m_summary;
    QLabel* m_error;
};

} // namespace carnet
