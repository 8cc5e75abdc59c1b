#include "DoseEvent.h"

#include "MedicationJson.h"

namespace carnet {

QString DoseEvent::statusName(Status status)
{
    switch (status) {
    case Status::Taken:
        return QStringLiteral("taken");
    case Status::Late:
        return QStringLiteral("late");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<DoseEvent::Status> DoseEvent::statusFromName(const QString& name)
{
    for (Status status : {Status::Taken, Status::Late, Status::Skipped}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString DoseEvent::statusLabel(Status status)
{
    switch (status) {
    case Status::Taken:
        return tr("Taken");
    case Status::Late:
        return tr("Taken late");
    case Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

QJsonObject DoseEvent::toJson() const
{
    return {
        {QStringLiteral("id"), static_cast<qint64>(id)},
        {QStringLiteral("medication_id"), static_cast<qint64>(medicationId)},
        {QStringLiteral("scheduled_for"), localTimeJson(scheduledFor)},
        {QStringLiteral("recorded_at"), localTimeJson(recordedAt)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("amount"), amount ? QJsonValue(*amount) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note)},
    };
}

} // namespace carnet
