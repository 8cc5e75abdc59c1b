#include "JournalAttachmentFiles.h"

#include "DialogSeams.h"
#include "MediaFile.h"
#include "RecordError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace carnet {

std::optional<JournalRepository::AttachmentFile> JournalAttachmentFiles::choose(QWidget* parent)
{
    const QString path = FileDialogSeam::openFileName(parent, tr("Attach a file"),
                                                      tr("Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    const QString title = tr("File not attached");
    // Far past the limit the bytes are not worth reading just to be refused.
    if (info.size() > 4 * MediaFile::MaxBytes) {
        MessageBoxSeam::warning(parent, title,
                                tr("%1 is %2 MiB; attachments can be at most %3 MiB.")
                                    .arg(info.fileName())
                                    .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                    .arg(MediaFile::MaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxSeam::warning(parent, title, tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
        return std::nullopt;
    }
    JournalRepository::AttachmentFile attachment {info.fileName(), file.readAll()};
    try {
        // The same check the vault makes when storing, so the reason comes now rather than on saving the entry.
        MediaFile::sanitized(attachment.bytes, attachment.fileName);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(parent, title, error.message());
        return std::nullopt;
    }
    return attachment;
}

bool JournalAttachmentFiles::exportTo(QWidget* parent, const QString& suggestedName, const QByteArray& bytes)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString path = FileDialogSeam::saveFileName(parent, tr("Export attachment"), suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(bytes) == bytes.size()
        && file.commit();
    if (!written) {
        MessageBoxSeam::warning(parent, tr("Attachment not exported"),
                                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace carnet
