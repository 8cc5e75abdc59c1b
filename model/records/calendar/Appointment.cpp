#include "Appointment.h"

#include "RecordStore.h"

#include <QJsonArray>

namespace carnet {

QTimeZone Appointment::zone() const
{
    const QTimeZone named(timeZone.toUtf8());
    return named.isValid() ? named : QTimeZone::utc();
}

QJsonObject Appointment::toJson() const
{
    QJsonArray exceptions;
    for (const QDateTime& at : exceptionDates)
        exceptions.append(RecordStore::timestamp(at));
    QJsonArray reminders;
    for (int minutes : reminderMinutes)
        reminders.append(minutes);
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("care_team_id"), careTeamId > 0 ? QJsonValue(static_cast<qint64>(careTeamId)) : QJsonValue()},
        {QStringLiteral("place"), place},
        {QStringLiteral("address"), address},
        {QStringLiteral("start"), RecordStore::timestamp(start)},
        {QStringLiteral("end"), RecordStore::timestamp(end)},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("all_day"), allDay},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("rrule"), recurrenceRule.isEmpty() ? QJsonValue() : QJsonValue(recurrenceRule)},
        {QStringLiteral("exceptions"), exceptions},
        {QStringLiteral("reminders"), reminders},
        {QStringLiteral("status"), statusName(status)},
    };
}

QString Appointment::statusName(Status status)
{
    return status == Status::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("booked");
}

std::optional<Appointment::Status> Appointment::statusFromName(const QString& name)
{
    if (name == QLatin1String("booked"))
        return Status::Booked;
    if (name == QLatin1String("cancelled"))
        return Status::Cancelled;
    return std::nullopt;
}

} // namespace carnet
