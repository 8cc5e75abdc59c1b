#pragma once

#include <QByteArray>
#include <QString>

namespace carnet {

// Writes a small file all-or-nothing: QSaveFile to a temporary, fsync, rename; optionally keeps the previous copy.
class AtomicFile
{
public:
    // Throws StorageError (isDiskFull() when the disk is full). New files get mode 0600.
    // With backupSuffix, the file being replaced is first copied to path + backupSuffix.
    static void write(const QString& path, const QByteArray& content, const QString& backupSuffix = {});
    // Fsyncs a folder so a rename inside it survives power loss.
    static void syncDirectory(const QString& dirPath);
};

} // namespace carnet
