#pragma once

#include "Adherence.h"
#include "DoseEvent.h"
#include "DueDose.h"
#include "Medication.h"
#include "RecordStore.h"
#include "Timeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

class Clock;
class Database;

// Medications and their dose log in a vault: add, edit (each edit kept as a version), stop, soft delete; record
// doses; and what follows from the schedules: doses due on a day, adherence over a span, refills coming up, and
// timeline lines.
class MedicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(MedicationRepository)

public:
    enum class Filter {
        Current, // not stopped, or stopping after today
        Past,    // stopped on or before today
        All,
    };

    // A taken dose may be recorded up to this long after now (clocks differ); a later one is refused.
    static constexpr int MaxMinutesAhead = 60;
    // A dose can be skipped (or taken early) at most this far ahead of its scheduled time.
    static constexpr int MaxHoursAheadOfSchedule = 48;
    // Without a scheduled time, a dose taken this long before or after a pending dose is taken as that dose.
    static constexpr int MatchHoursEarly = 3;
    static constexpr int MatchHoursLate = 24;

    // The clock decides "today" and "now" (lists, adherence, refusing doses in the future).
    explicit MedicationRepository(Database& db, const Clock& clock);
    explicit MedicationRepository(Database& db);

    const Clock& clock() const { return m_clock; }

    // Validates (RecordError Invalid), stores and keeps the values as version 1. Returns the new id.
    std::int64_t add(Medication medication);
    // Replaces every field of medication.id; the prior values stay in the amendment trail.
    void update(Medication medication);
    // Throws RecordError(NotFound) for an unknown or deleted id.
    Medication get(std::int64_t id) const;
    // Live medications (never soft-deleted ones). Current by name; past most recently stopped first; All is current
    // then past.
    std::vector<Medication> list(Filter filter = Filter::Current) const;
    // Sets the stop date (the first day without it) and the reason; kept as a version like any edit.
    void stop(std::int64_t id, const QDate& date, const QString& reason = {});

    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes the medication, its schedule, its dose log and its versions for good.
    void purge(std::int64_t id);

    // Logs a dose. status is Taken or Skipped (Late is decided here: taken more than DoseEvent::LateAfterMinutes
    // after scheduledFor; passing Late forces it). scheduledFor must be one of the medication's scheduled doses and
    // not yet logged; leave it empty for an as-needed or extra dose. amount defaults to the medication's dose.
    // Throws RecordError: NotFound for an unknown or deleted medication, Invalid for a stopped medication, a dose
    // before its start, an amount of zero or less, a time too far in the future, or a time not on the schedule.
    std::int64_t recordDose(std::int64_t id, DoseEvent::Status status, const QDateTime& at,
                            const std::optional<QDateTime>& scheduledFor = std::nullopt,
                            std::optional<double> amount = std::nullopt, const QString& note = {});
    // The most recent doses first; limit 0 = all.
    std::vector<DoseEvent> doses(std::int64_t id, int limit = 0) const;
    // The pending scheduled dose a dose taken at `at` most likely is: the nearest one from MatchHoursLate before to
    // MatchHoursEarly after. None for an as-needed medication or when nothing is pending near that time.
    std::optional<QDateTime> pendingDoseNear(std::int64_t id, const QDateTime& at) const;
    // The earliest scheduled dose on a day that has nothing logged yet.
    std::optional<QDateTime> firstPendingDoseOn(std::int64_t id, const QDate& day) const;

    // Every scheduled dose of every live medication on a local calendar day, by time then name, with its status.
    std::vector<DueDose> dueDoses(const QDate& day) const;
    // Over the local days from … to (inclusive). Throws RecordError(Invalid) if to is before from.
    Adherence adherence(std::int64_t id, const QDate& from, const QDate& to) const;
    // One entry per live medication with a schedule (not as needed) that was due on any day of the span, by name.
    std::vector<Adherence> adherence(const QDate& from, const QDate& to) const;
    // Current medications whose next refill date is on or before today + days (overdue ones included), soonest first.
    std::vector<Medication> refillsRunningLow(const QDate& today, int days) const;

    // Starts, stops and logged doses between from and to (inclusive), oldest first. Kind "medication"; events
    // "started", "stopped", "dose-taken", "dose-late", "dose-skipped".
    std::vector<TimelineItem> timeline(const QDateTime& from, const QDateTime& to) const;

private:
    std::vector<Medication> query(const QString& where, const std::vector<QVariant>& arguments) const;
    void loadSchedule(Medication& medication) const;
    void writeRow(const Medication& medication, bool insert);
    // Log entries with a scheduled time in [from, to); id 0 means every medication.
    std::vector<DoseEvent> scheduledDosesBetween(std::int64_t id, const QDateTime& from, const QDateTime& to) const;
    Adherence adherenceOf(const Medication& medication, const QDate& from, const QDate& to) const;

    Database& m_db;
    const Clock& m_clock;
    RecordStore m_store;
};

} // namespace carnet
