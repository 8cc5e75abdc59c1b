#pragma once

#include "Appointment.h"
#include "Occurrence.h"
#include "RecordStore.h"
#include "ReminderScheduler.h"
#include "Timeline.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Appointments in the vault: saving (with every earlier version kept), soft deletion, and the dates they fall on,
// recurring ones expanded with libical, for the agenda, reminders and the timeline.
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)

public:
    enum class Order { NewestFirst, OldestFirst }; // by start

    // A reminder further ahead than this is refused: it would force expanding a month of dates for every check.
    static constexpr int MaxReminderMinutes = 30 * 24 * 60;
    // upcoming() returns at most this many.
    static constexpr int MaxUpcoming = 10000;

    explicit AppointmentRepository(Database& db);

    // Checks and normalises (see normalized()), stores, and returns the new id. Throws RecordError(Invalid) for bad
    // values, RecordError(NotFound) for an unknown care-team id.
    std::int64_t add(const Appointment& appointment);
    // Replaces the values of the live appointment appointment.id; the trail keeps the earlier ones.
    void update(const Appointment& appointment);
    // Throws RecordError(NotFound) for an unknown id, or a deleted one unless allowDeleted.
    Appointment get(std::int64_t id, bool allowDeleted = false) const;
    std::vector<Appointment> list(Order order = Order::NewestFirst, bool includeDeleted = false) const;
    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes the appointment and its trail for good.
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

    // Occurrences of live appointments that overlap [from, to) (an occurrence without duration: whose start lies in
    // it), in start order. Exception dates are left out, and cancelled appointments unless includeCancelled.
    // *truncated (if given) tells whether an expansion hit RecurrenceRule::MaxExpansionSteps.
    std::vector<Occurrence> occurrences(const QDateTime& from, const QDateTime& to, bool includeCancelled = false,
                                        bool* truncated = nullptr) const;
    // The same for one appointment (live or cancelled).
    std::vector<Occurrence> occurrencesOf(std::int64_t id, const QDateTime& from, const QDateTime& to) const;
    // The next `limit` occurrences of booked appointments that start at or after now, in start order.
    std::vector<Occurrence> upcoming(const QDateTime& now, int limit) const;
    // The reminders of booked appointments that fire in [from, to), for ReminderScheduler::setReminders(); each key
    // is "appointment:ID:START:MINUTES" so a reminder fires once even when the schedule is rebuilt.
    std::vector<Reminder> reminders(const QDateTime& from, const QDateTime& to) const;
    // Occurrences of booked appointments in [from, to) as timeline items (kind "appointment", event "appointment").
    std::vector<TimelineItem> timeline(const QDateTime& from, const QDateTime& to) const;

    // The appointment as it would be stored: times in UTC, time zone filled in (from start, else the system's), an
    // all-day appointment running from midnight to midnight, a missing end set to the start (or the next midnight),
    // the rule validated and upper-cased, reminders sorted from the earliest and without duplicates, exception
    // dates sorted (and dropped without a rule). Throws RecordError(Invalid) naming the first bad field.
    static Appointment normalized(Appointment appointment);
    // The occurrences of one appointment (saved or not; normalized() first) that overlap [from, to), at most
    // maxCount, without its exception dates; an invalid from or to leaves that side open. Sets *truncated (if given)
    // when the expansion hit RecurrenceRule::MaxExpansionSteps, and leaves it alone otherwise.
    static std::vector<Occurrence> expandOccurrences(const Appointment& appointment, const QDateTime& from,
                                                     const QDateTime& to,
                                                     int maxCount = std::numeric_limits<int>::max(),
                                                     bool* truncated = nullptr);

private:
    std::vector<Appointment> select(const QString& condition, const std::function<void(Statement&)>& bind) const;
    void writeDetails(const Appointment& appointment);
    void checkCareTeam(const Appointment& appointment) const;

    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
