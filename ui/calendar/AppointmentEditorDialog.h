#pragma once

#include "Appointment.h"

#include <QDateTime>
#include <QDialog>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace carnet {

class RecurrenceEditor;
class ReminderListEditor;

// Adds or edits one appointment: who, where, when (in a time zone), how it repeats, reminders and notes. OK stays
// disabled until the model accepts the values; the problem is shown in the dialog.
class AppointmentEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Called by accept() with the values; it saves them or throws RecordError, which keeps the dialog open.
    using Saver = std::function<void(const Appointment&)>;

    // `now` is where the preview of a recurring appointment's next dates starts.
    AppointmentEditorDialog(const Appointment& appointment, const QDateTime& now, QWidget* parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // The appointment as the widgets describe it (not yet normalised); id, status and exception dates are kept.
    Appointment appointment() const;
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // The next dates shown under the recurrence rule.
    std::vector<QDateTime> previewStarts() const;
    RecurrenceEditor* recurrenceEditor() const { return m_recurrence; }
    ReminderListEditor* reminderEditor() const { return m_reminders; }

    void accept() override;

private:
    QWidget* buildDetailsTab();
    void load(const Appointment& appointment);
    // Start, end and duration follow each other: a new start keeps the duration, a new end changes it.
    void startEdited();
    void endEdited();
    void durationEdited();
    void allDayToggled(bool allDay);
    void revalidate();
    QTimeZone zone() const;
    // Wall-clock start and end in the chosen zone, carried as UTC so the arithmetic ignores daylight saving.
    QDateTime wallStart() const;
    QDateTime wallEnd() const;

    Appointment m_original;
    QDateTime m_now;
    Saver m_saver;
    bool m_syncing = false;
    QDate m_shownStartDate; // the start date before the latest edit
    QString m_problem;

    QLineEdit* m_title;
    QLineEdit* m_provider;
    QLineEdit* m_place;
    QLineEdit* m_address;
    QCheckBox* m_allDay;
    QDateEdit* m_startDate;
    QTimeEdit* m_startTime;
    QDateEdit* m_endDate;
    QTimeEdit* m_endTime;
    QSpinBox* m_duration;
    QLabel* m_durationLabel;
    QComboBox* m_timeZone;
    RecurrenceEditor* m_recurrence;
    ReminderListEditor* m_reminders;
    QPlainTextEdit* m_notes;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace carnet
