#include "ReminderLead.h"

namespace carnet {

namespace {
constexpr int MinutesPerHour = 60;
constexpr int MinutesPerDay = 24 * 60;
} // namespace

int ReminderLead::minutes() const
{
    switch (unit) {
    case Unit::Minutes:
        return amount;
    case Unit::Hours:
        return amount * MinutesPerHour;
    case Unit::Days:
        return amount * MinutesPerDay;
    }
    return amount;
}

ReminderLead ReminderLead::fromMinutes(int minutes)
{
    if (minutes > 0 && minutes % MinutesPerDay == 0)
        return {minutes / MinutesPerDay, Unit::Days};
    if (minutes > 0 && minutes % MinutesPerHour == 0)
        return {minutes / MinutesPerHour, Unit::Hours};
    return {minutes, Unit::Minutes};
}

QString ReminderLead::text() const
{
    if (amount == 0)
        return tr("At the start");
    switch (unit) {
    case Unit::Minutes:
        return amount == 1 ? tr("1 minute before") : tr("%n minutes before", nullptr, amount);
    case Unit::Hours:
        return amount == 1 ? tr("1 hour before") : tr("%n hours before", nullptr, amount);
    case Unit::Days:
        return amount == 1 ? tr("1 day before") : tr("%n days before", nullptr, amount);
    }
    return {};
}

} // namespace carnet
