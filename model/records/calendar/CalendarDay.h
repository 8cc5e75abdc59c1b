#pragma once

#include "DueDose.h"
#include "Occurrence.h"

#include <QDate>
#include <QTimeZone>
#include <vector>

namespace carnet {

class AppointmentRepository;
class MedicationRepository;

// One day of a calendar view: the appointments that touch it and the medication doses due on it.
struct CalendarDay
{
    // A view never asks for more days than this, so a stray date cannot make it expand years.
    static constexpr int MaxDays = 400;

    QDate date;
    std::vector<Occurrence> appointments; // all-day ones first, then by start
    std::vector<DueDose> doses; // by time, then name

    // Appointments that are not cancelled.
    int bookedCount() const;

    // Every day from first to last inclusive (at most MaxDays), each present. Timed appointments are placed by their
    // times in `zone` (the viewer's), one spanning midnight on each of its days; all-day ones on their own dates.
    // Cancelled appointments are included (flagged) when includeCancelled. Doses come from `medications` when given.
    static std::vector<CalendarDay> collect(const AppointmentRepository& appointments,
                                            const MedicationRepository* medications, const QDate& first,
                                            const QDate& last, bool includeCancelled = true,
                                            const QTimeZone& zone = QTimeZone::systemTimeZone());
};

} // namespace carnet
