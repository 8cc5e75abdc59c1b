#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace carnet {

// A dose a schedule says is due at a given time, with what the dose log says about it, for the Today view.
struct DueDose
{
    Q_DECLARE_TR_FUNCTIONS(DueDose)

public:
    enum class Status { Pending, Taken, Late, Skipped };

    std::int64_t medicationId = 0;
    QString medicationName; // "Metformin 500 mg"
    QString doseText;       // "1 tablet"
    QDateTime scheduledFor;
    Status status = Status::Pending;
    std::int64_t doseEventId = 0; // the log entry, 0 while pending
    QDateTime recordedAt;         // when it was taken or skipped, invalid while pending

    // Pending and more than DoseEvent::LateAfterMinutes past its time.
    bool isOverdue(const QDateTime& now) const;

    // "pending", "taken", "late", "skipped".
    static QString statusName(Status status);
    static QString statusLabel(Status status);

    QJsonObject toJson() const;
};

} // namespace carnet
