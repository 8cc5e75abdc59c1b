#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <cstdint>

namespace carnet {

// One date of an appointment: a one-off appointment itself, or one instance of a recurring one.
struct Occurrence
{
    std::int64_t appointmentId = 0;
    QDateTime start; // UTC
    QDateTime end; // UTC, not before start
    QString timeZone; // the appointment's IANA zone
    bool allDay = false;
    bool recurring = false;
    bool cancelled = false;
    QString title;
    QString provider;
    QString place;

    QTimeZone zone() const;
    QDateTime localStart() const { return start.toTimeZone(zone()); }
    QDateTime localEnd() const { return end.toTimeZone(zone()); }
    // Names this one occurrence for good, e.g. "appointment:12:2026-03-03T08:00:00.000Z".
    QString key() const;
    // start/end in UTC, local_start/local_end with the offset of the appointment's zone.
    QJsonObject toJson() const;
};

} // namespace carnet
