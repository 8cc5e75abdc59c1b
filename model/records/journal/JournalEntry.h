#pragma once

#include "JournalAttachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

// One journal entry as the patient wrote it: when it is about, a title, a Markdown body, mood, symptoms and tags.
struct JournalEntry
{
    static constexpr int MinMood = 1;
    static constexpr int MaxMood = 5;

    std::int64_t id = 0; // 0 until stored
    QDateTime occurredAt;
    QString title;
    QString body; // Markdown
    std::optional<int> mood;
    QStringList symptoms;
    QStringList tags;
    // Filled when read back; new files are added through JournalRepository.
    std::vector<JournalAttachment> attachments;

    // Filled when read back.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    bool deleted = false;

    // The values kept in the amendment trail: everything the patient can change, attachments by name and hash.
    QJsonObject toJson() const;
    // The first non-empty line of the body, for one-line lists.
    QString firstLine(int maxLength = 120) const;
};

} // namespace carnet
