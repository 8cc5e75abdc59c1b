#include "OccurrencesByDay.h"

#include "AppointmentRepository.h"

#include <algorithm>

namespace carnet {

std::map<QDate, std::vector<Occurrence>> OccurrencesByDay::collect(const AppointmentRepository& repository,
                                                                   const QDate& first, const QDate& last,
                                                                   const QTimeZone& zone)
{
    std::map<QDate, std::vector<Occurrence>> days;
    if (!first.isValid() || !last.isValid() || last < first)
        return days;
    const QDate end = std::min(last, first.addDays(MaxDays - 1));
    for (QDate day = first; day <= end; day = day.addDays(1))
        days[day];

    // A day away on each side catches all-day appointments kept in zones far from the viewer's.
    const QDateTime from = QDateTime(first.addDays(-1), QTime(0, 0), zone);
    const QDateTime to = QDateTime(end.addDays(2), QTime(0, 0), zone);
    for (const Occurrence& occurrence : repository.occurrences(from, to)) {
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
        for (QDate day = std::max(firstDay, first); day <= std::min(lastDay, end); day = day.addDays(1))
            days[day].push_back(occurrence);
    }
    return days;
}

} // namespace carnet
