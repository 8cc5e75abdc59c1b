#include "JournalEntry.h"

#include "RecordStore.h"

#include <QJsonArray>

namespace carnet {

QJsonObject JournalEntry::toJson() const
{
    QJsonArray attachmentArray;
    for (const JournalAttachment& attachment : attachments)
        attachmentArray.append(attachment.toJson());
    return {
        {QStringLiteral("occurred_at"), RecordStore::timestamp(occurredAt)},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("mood"), mood ? QJsonValue(*mood) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("symptoms"), QJsonArray::fromStringList(symptoms)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("attachments"), attachmentArray},
    };
}

QString JournalEntry::firstLine(int maxLength) const
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= maxLength)
            return trimmed;
        return trimmed.left(maxLength - 1) + QChar(0x2026);
    }
    return {};
}

} // namespace carnet
