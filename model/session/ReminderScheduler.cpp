#include "ReminderScheduler.h"

#include <algorithm>

namespace carnet {

namespace {
// A reminder missed by more than this (the app was closed or asleep) is not shown late.
constexpr int StaleAfterSeconds = 2 * 3600;
} // namespace

ReminderScheduler::ReminderScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    m_timer.start();
}

void ReminderScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void ReminderScheduler::setReminders(std::vector<Reminder> reminders)
{
    std::sort(reminders.begin(), reminders.end(), [](const Reminder& a, const Reminder& b) { return a.at < b.at; });
    m_reminders = std::move(reminders);
}

void ReminderScheduler::redactForLock()
{
    for (Reminder& reminder : m_reminders) {
        reminder.title = tr("Carnet reminder");
        reminder.detail = tr("Something is due. Unlock Carnet to see what.");
        reminder.redacted = true;
    }
}

void ReminderScheduler::check()
{
    if (!m_enabled)
        return;
    const QDateTime now = m_clock.now();
    for (const Reminder& reminder : m_reminders) {
        if (reminder.at > now)
            break;
        if (m_fired.contains(reminder.key))
            continue;
        m_fired.insert(reminder.key);
        if (reminder.at.secsTo(now) <= StaleAfterSeconds)
            emit reminderDue(reminder);
    }
}

} // namespace carnet
