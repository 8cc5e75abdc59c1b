#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <cstdint>

namespace carnet {

// What is known of a file attached to a journal entry without loading its bytes.
struct JournalAttachment
{
    std::int64_t id = 0;
    std::int64_t entryId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lowercase hex of the stored bytes (after metadata was stripped)
    QDateTime addedAt;

    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("id"), static_cast<qint64>(id)},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime_type"), mimeType},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
        };
    }
};

} // namespace carnet
