#pragma once

#include "Occurrence.h"

#include <QDate>
#include <QTimeZone>

#include <map>
#include <vector>

namespace carnet {

class AppointmentRepository;

// The days of a month or week view with the appointments on each, for a calendar grid.
class OccurrencesByDay
{
public:
    // Ranges longer than this are cut, so a stray date cannot make a view expand centuries.
    static constexpr int MaxDays = 1000;

    // Every day from first to last inclusive (each present, possibly empty), with the booked occurrences that touch
    // it in start order; one that spans midnight is on each of its days. Timed appointments are placed by their
    // times in `zone` (the viewer's); all-day ones on their own dates, wherever the viewer is.
    static std::map<QDate, std::vector<Occurrence>> collect(const AppointmentRepository& repository, const QDate& first,
                                                            const QDate& last,
                                                            const QTimeZone& zone = QTimeZone::systemTimeZone());
};

} // namespace carnet
