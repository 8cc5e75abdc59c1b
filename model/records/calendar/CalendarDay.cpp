#include "CalendarDay.h"

#include "AppointmentRepository.h"
#include "MedicationRepository.h"

#include <algorithm>

namespace carnet {

int CalendarDay::bookedCount() const
{
    return static_cast<int>(std::count_if(appointments.begin(), appointments.end(),
                                          [](const Occurrence& occurrence) { return !occurrence.cancelled; }));
}

std::vector<CalendarDay> CalendarDay::collect(const AppointmentRepository& appointments,
                                              const MedicationRepository* medications, const QDate& first,
                                              const QDate& last, bool includeCancelled, const QTimeZone& zone)
{
    std::vector<CalendarDay> days;
    if (!first.isValid() || !last.isValid() || last < first)
        return days;
    const QDate end = std::min(last, first.addDays(MaxDays - 1));
    for (QDate date = first; date <= end; date = date.addDays(1)) {
        CalendarDay day;
        day.date = date;
        if (medications)
            day.doses = medications->dueDoses(date);
        days.push_back(std::move(day));
    }

    // A day away on each side catches all-day appointments kept in zones far from the viewer's.
    const QDateTime from = QDateTime(first.addDays(-1), QTime(0, 0), zone);
    const QDateTime to = QDateTime(end.addDays(2), QTime(0, 0), zone);
    for (const Occurrence& occurrence : appointments.occurrences(from, to, includeCancelled)) {
        QDate firstDay;
        QDate lastDay;
        if (occurrence.allDay) {
            firstDay = occurrence.localStart().date();
            lastDay = occurrence.localEnd().date().addDays(-1); // the end is the midnight after the last day
        } else {
            firstDay = occurrence.start.toTimeZone(zone).date();
            // An end at midnight does not reach into that day.
            const QDateTime lastMoment
                = occurrence.end > occurrence.start ? occurrence.end.addMSecs(-1) : occurrence.end;
            lastDay = lastMoment.toTimeZone(zone).date();
        }
        for (QDate date = std::max(firstDay, first); date <= std::min(lastDay, end); date = date.addDays(1))
            days[static_cast<std::size_t>(first.daysTo(date))].appointments.push_back(occurrence);
    }
    for (CalendarDay& day : days) {
        std::stable_sort(day.appointments.begin(), day.appointments.end(),
                         [](const Occurrence& a, const Occurrence& b) {
                             return a.allDay && !b.allDay; // occurrences() already gives start order
                         });
    }
    return days;
}

} // namespace carnet
