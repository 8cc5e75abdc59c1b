#include "Adherence.h"

#include <cmath>

namespace carnet {

double Adherence::percentTaken() const
{
    return std::round(shareTaken() * 1000.0) / 10.0;
}

QJsonObject Adherence::toJson() const
{
    return {
        {QStringLiteral("medication_id"), static_cast<qint64>(medicationId)},
        {QStringLiteral("medication"), medicationName},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("as_needed"), asNeeded},
        {QStringLiteral("scheduled"), scheduled},
        {QStringLiteral("taken"), taken},
        {QStringLiteral("late"), late},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("missed"), missed},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("share_taken"), asNeeded || scheduled == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(shareTaken())},
        {QStringLiteral("percent_taken"), asNeeded || scheduled == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(percentTaken())},
    };
}

} // namespace carnet
