#include "DueDose.h"

#include "DoseEvent.h"
#include "MedicationJson.h"
#include "MedicationSchedule.h"

namespace carnet {

bool DueDose::isOverdue(const QDateTime& now) const
{
    return status == Status::Pending && scheduledFor.addSecs(DoseEvent::LateAfterMinutes * 60) < now;
}

QString DueDose::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Taken:
        return QStringLiteral("taken");
    case Status::Late:
        return QStringLiteral("late");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString DueDose::statusLabel(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("Not yet taken");
    case Status::Taken:
        return tr("Taken");
    case Status::Late:
        return tr("Taken late");
    case Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

QJsonObject DueDose::toJson() const
{
    return {
        {QStringLiteral("medication_id"), static_cast<qint64>(medicationId)},
        {QStringLiteral("medication"), medicationName},
        {QStringLiteral("dose"), doseText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(doseText)},
        {QStringLiteral("time"), MedicationSchedule::timeText(scheduledFor.toLocalTime().time())},
        {QStringLiteral("scheduled_for"), localTimeJson(scheduledFor)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("dose_id"), doseEventId ? QJsonValue(static_cast<qint64>(doseEventId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recorded_at"), localTimeJson(recordedAt)},
    };
}

} // namespace carnet
