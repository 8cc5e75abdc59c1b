#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

// One appointment as the patient keeps it: with whom, where, when (in the time zone it was made in), how it repeats
// and when to be reminded. A recurring appointment is one record; its dates are Occurrences.
struct Appointment
{
    enum class Status { Booked, Cancelled };

    std::int64_t id = 0;
    QString title;
    QString provider; // free text, e.g. "Dr. Jane Roe, dermatology"
    std::int64_t careTeamId = 0; // a care-team record, 0 for none
    QString place; // e.g. "City Clinic, room 4"
    QString address;
    QDateTime start; // an instant; kept in UTC
    QDateTime end; // not before start; for an all-day appointment the midnight after its last day
    QString timeZone; // IANA name the times were entered in; recurrences keep its wall-clock time
    bool allDay = false;
    QString notes;
    QString recurrenceRule; // RFC 5545 RRULE value without "RRULE:"; empty for a one-off appointment
    std::vector<QDateTime> exceptionDates; // starts (UTC) of occurrences that do not take place (EXDATE)
    std::vector<int> reminderMinutes; // minutes before each occurrence's start, e.g. {1440, 60}
    Status status = Status::Booked;

    // Filled in when read from the vault; ignored when saving.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    bool deleted = false;

    bool isRecurring() const { return !recurrenceRule.isEmpty(); }
    bool isCancelled() const { return status == Status::Cancelled; }
    // The zone named by timeZone; UTC if the name is unknown.
    QTimeZone zone() const;
    QDateTime localStart() const { return start.toTimeZone(zone()); }
    QDateTime localEnd() const { return end.toTimeZone(zone()); }

    // The values kept in the amendment trail and printed by `carnet-cli appt show --json`.
    QJsonObject toJson() const;

    static QString statusName(Status status); // "booked", "cancelled"
    static std::optional<Status> statusFromName(const QString& name);
};

} // namespace carnet
