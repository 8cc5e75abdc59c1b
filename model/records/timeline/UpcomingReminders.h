#pragma once

#include "ReminderScheduler.h"

#include <QCoreApplication>

#include <vector>

namespace carnet {

class Clock;
class Database;

// What the reminder scheduler should announce next: each scheduled dose not yet logged, at its time, and each
// appointment reminder the patient set, from now to a little past tomorrow.
class UpcomingReminders
{
    Q_DECLARE_TR_FUNCTIONS(UpcomingReminders)

public:
    static constexpr int DefaultHoursAhead = 36;

    static std::vector<Reminder> collect(Database& db, const Clock& clock, int hoursAhead = DefaultHoursAhead);
};

} // namespace carnet
