#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace carnet {

// One line of a medication's dose log: a dose taken, taken late or skipped, for a scheduled time or as needed.
struct DoseEvent
{
    Q_DECLARE_TR_FUNCTIONS(DoseEvent)

public:
    enum class Status { Taken, Late, Skipped };

    // A scheduled dose taken more than this long after its time is stored as late.
    static constexpr int LateAfterMinutes = 60;

    std::int64_t id = 0;
    std::int64_t medicationId = 0;
    QDateTime scheduledFor; // invalid for an as-needed or extra dose
    QDateTime recordedAt;   // when it was taken or skipped
    Status status = Status::Taken;
    std::optional<double> amount;
    QString note;
    QDateTime loggedAt; // when the entry was written (a dose can be recorded afterwards)

    bool counts() const { return status == Status::Taken || status == Status::Late; }

    // "taken", "late", "skipped", as stored and printed in JSON.
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
    static QString statusLabel(Status status);

    QJsonObject toJson() const;
};

} // namespace carnet
