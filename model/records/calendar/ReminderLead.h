#pragma once

#include <QCoreApplication>
#include <QString>

namespace carnet {

// How long before an appointment a reminder fires, in the unit a person would say it: "15 minutes", "2 hours",
// "1 day". Appointments store plain minutes; this is the form's view of them.
struct ReminderLead
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLead)

public:
    enum class Unit { Minutes, Hours, Days };

    int amount = 0;
    Unit unit = Unit::Minutes;

    int minutes() const;
    // The largest unit that divides the minutes evenly: 1440 is 1 day, 90 stays 90 minutes.
    static ReminderLead fromMinutes(int minutes);
    // "At the start" for 0, else "15 minutes before", "1 day before".
    QString text() const;

    bool operator==(const ReminderLead& other) const = default;
};

} // namespace carnet
