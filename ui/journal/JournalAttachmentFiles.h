#pragma once

#include "JournalRepository.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace carnet {

// Where attachments meet the file system: picking a file to attach (checked before it reaches the vault, with the
// reason shown when it cannot be attached) and exporting one, private to the user (0600).
class JournalAttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(JournalAttachmentFiles)

public:
    // Asks for a file; nothing when cancelled, or (after a warning) when it is too large, not a JPEG, PNG or PDF, or
    // unreadable.
    static std::optional<JournalRepository::AttachmentFile> choose(QWidget* parent);
    // Asks where to save, then writes bytes atomically with owner-only permissions; false when cancelled or failed
    // (the failure shown).
    static bool exportTo(QWidget* parent, const QString& suggestedName, const QByteArray& bytes);
};

} // namespace carnet
