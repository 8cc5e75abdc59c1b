#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace carnet {

// Something the user asked to be reminded of: a dose, an appointment.
struct Reminder
{
    QString key;    // unique per occurrence, e.g. "dose:12:2026-03-01T08:00"; fired once
    QDateTime at;   // when to remind
    QString title;  // e.g. "Metformin 500 mg"; empty once redacted
    QString detail; // e.g. "1 tablet, due 08:00"
    bool redacted = false;
};

// Fires reminders when their time comes while the app runs. On lock it forgets every detail and keeps only the
// times, so a locked Carnet can still say "something is due" without showing health data.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit ReminderScheduler(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Replaces the schedule (when unlocked, from the records); reminders already fired stay fired.
    void setReminders(std::vector<Reminder> reminders);
    void redactForLock();
    const std::vector<Reminder>& reminders() const { return m_reminders; }

    // Fires every reminder whose time has come (the timer calls this every 30 s).
    void check();

signals:
    void reminderDue(const carnet::Reminder& reminder);

private:
    const Clock& m_clock;
    QTimer m_timer;
    std::vector<Reminder> m_reminders;
    QSet<QString> m_fired;
    bool m_enabled = true;
};

} // namespace carnet

Q_DECLARE_METATYPE(carnet::Reminder)
