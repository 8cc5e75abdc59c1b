#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carnet {

// An image or PDF a patient attaches to a record (journal attachment, insurance card): what it is, by its bytes,
// and the copy that is safe to store, with the camera's metadata (EXIF, GPS, XMP, comments) removed from JPEGs.
class MediaFile
{
    Q_DECLARE_TR_FUNCTIONS(MediaFile)

public:
    // Larger files are refused with RecordError(TooLarge): a vault is a record, not a photo library.
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    enum class Type { Unknown, Jpeg, Png, Pdf };

    // Decided from the leading bytes, never from the file name.
    static Type detect(const QByteArray& bytes);
    static QString mimeType(Type type);

    // Checks size and type and returns the bytes to store; throws RecordError (Invalid or TooLarge) with a
    // message that names the file.
    static QByteArray sanitized(const QByteArray& bytes, const QString& fileName);

    // Drops APPn (n = 1..15) and COM segments from a JPEG, keeping APP0 (JFIF) and everything needed to decode it.
    // Throws RecordError(Invalid) for a truncated or malformed JPEG.
    static QByteArray stripJpegMetadata(const QByteArray& jpeg);
};

} // namespace carnet
