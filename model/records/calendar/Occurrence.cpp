#include "Occurrence.h"

#include "RecordStore.h"

namespace carnet {

QTimeZone Occurrence::zone() const
{
    const QTimeZone named(timeZone.toUtf8());
    return named.isValid() ? named : QTimeZone::utc();
}

QString Occurrence::key() const
{
    return QStringLiteral("appointment:%1:%2").arg(appointmentId).arg(RecordStore::timestamp(start));
}

QJsonObject Occurrence::toJson() const
{
    return {
        {QStringLiteral("id"), static_cast<qint64>(appointmentId)},
        {QStringLiteral("start"), RecordStore::timestamp(start)},
        {QStringLiteral("end"), RecordStore::timestamp(end)},
        {QStringLiteral("local_start"), localStart().toString(Qt::ISODate)},
        {QStringLiteral("local_end"), localEnd().toString(Qt::ISODate)},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("all_day"), allDay},
        {QStringLiteral("recurring"), recurring},
        {QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("booked")},
        {QStringLiteral("title"), title},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("place"), place},
    };
}

} // namespace carnet
