#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace carnet {

// An instant as local ISO-8601 with its UTC offset ("2026-03-01T08:00:00+01:00"), so JSON output says which wall
// clock it means; null for an invalid time.
inline QJsonValue localTimeJson(const QDateTime& at)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace carnet
