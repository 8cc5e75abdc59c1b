#pragma once

#include "Appointment.h"
#include "RecurrencePattern.h"

#include <QDateTime>
#include <QWidget>
#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carnet {

// How an appointment repeats: a form for the common cases (every N days, weeks on chosen weekdays, months, years;
// ending never, after N dates or on a day) kept in step with the raw RRULE, which can be edited directly for
// anything else. Shows whether the rule is valid for the appointment and its next dates.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewCount = 5;

    // Entries of the "Repeats" box, in order.
    enum class Repeat { Never, Daily, Weekly, Monthly, Yearly, Custom };

    explicit RecurrenceEditor(QWidget* parent = nullptr);

    // The RRULE as typed (trimmed); empty when the appointment does not repeat.
    QString rule() const;
    void setRule(const QString& rule);
    // The appointment the rule belongs to (its own rule is ignored): its start, zone and length decide whether the
    // rule is valid and which dates it gives. `now` is where the preview starts.
    void setContext(const Appointment& appointment, const QDateTime& now);

    Repeat repeat() const;
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The next dates of the appointment with this rule, at most PreviewCount.
    const std::vector<QDateTime>& previewStarts() const { return m_preview; }

signals:
    void changed();

private:
    void buildForm();
    // The form changed: write the rule from it.
    void formEdited();
    // The rule text changed: show it in the form if the form can express it.
    void ruleEdited();
    void showPattern(const RecurrencePattern& pattern);
    RecurrencePattern patternFromForm() const;
    void updateVisibility();
    void check();

    QFormLayout* m_form;
    QComboBox* m_repeat;
    QSpinBox* m_interval;
    QLabel* m_intervalUnit;
    QWidget* m_intervalRow;
    QWidget* m_weekdayRow;
    std::array<QCheckBox*, 7> m_weekdays {}; // Qt::DayOfWeek - 1
    QComboBox* m_endKind;
    QSpinBox* m_count;
    QDateEdit* m_until;
    QWidget* m_endRow;
    QLineEdit* m_rule;
    QLabel* m_status;
    QLabel* m_previewLabel;

    Appointment m_context;
    QDateTime m_now;
    bool m_updating = false;
    QString m_error;
    std::vector<QDateTime> m_preview;
};

} // namespace carnet
