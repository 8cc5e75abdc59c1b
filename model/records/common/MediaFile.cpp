#include "MediaFile.h"

#include "RecordError.h"

namespace carnet {

namespace {

constexpr unsigned char MarkerPrefix = 0xFF;
constexpr unsigned char StartOfImage = 0xD8;
constexpr unsigned char StartOfScan = 0xDA;
constexpr unsigned char EndOfImage = 0xD9;
constexpr unsigned char App0 = 0xE0;
constexpr unsigned char App15 = 0xEF;
constexpr unsigned char Comment = 0xFE;

unsigned char byteAt(const QByteArray& bytes, qsizetype index)
{
    return static_cast<unsigned char>(bytes.at(index));
}

// Markers that stand alone, without a length field.
bool isStandalone(unsigned char marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

// EXIF (with GPS and camera serials), XMP, IPTC, maker notes and comments go; the colour profile (APP2
// "ICC_PROFILE") and Adobe's colour-transform flag (APP14 "Adobe") stay, because decoding needs them.
bool isMetadata(unsigned char marker, const QByteArray& body)
{
    if (marker == Comment)
        return true;
    if (marker <= App0 || marker > App15)
        return false;
    if (marker == App0 + 2 && body.startsWith("ICC_PROFILE"))
        return false;
    if (marker == App0 + 14 && body.startsWith("Adobe"))
        return false;
    return true;
}

} // namespace

MediaFile::Type MediaFile::detect(const QByteArray& bytes)
{
    if (bytes.size() >= 3 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xD8 && byteAt(bytes, 2) == 0xFF)
        return Type::Jpeg;
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return Type::Png;
    if (bytes.startsWith(QByteArrayLiteral("%PDF-")))
        return Type::Pdf;
    return Type::Unknown;
}

QString MediaFile::mimeType(Type type)
{
    switch (type) {
    case Type::Jpeg:
        return QStringLiteral("image/jpeg");
    case Type::Png:
        return QStringLiteral("image/png");
    case Type::Pdf:
        return QStringLiteral("application/pdf");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

QByteArray MediaFile::sanitized(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > MaxBytes) {
        throw RecordError(RecordError::Kind::TooLarge,
                          tr("%1 is %2 MiB; attachments can be at most %3 MiB.")
                              .arg(fileName)
                              .arg(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                              .arg(MaxBytes / (1024 * 1024)));
    }
    switch (detect(bytes)) {
    case Type::Jpeg:
        return stripJpegMetadata(bytes);
    case Type::Png:
    case Type::Pdf:
        return bytes;
    case Type::Unknown:
        break;
    }
    throw RecordError(RecordError::Kind::Invalid,
                      tr("%1 is not a JPEG, PNG or PDF file; only those can be attached.").arg(fileName));
}

QByteArray MediaFile::stripJpegMetadata(const QByteArray& jpeg)
{
    const auto malformed = [] {
        return RecordError(RecordError::Kind::Invalid, tr("The JPEG image is damaged or truncated."));
    };
    if (detect(jpeg) != Type::Jpeg)
        throw malformed();

    QByteArray out;
    out.reserve(jpeg.size());
    out.append(jpeg.constData(), 2);
    qsizetype pos = 2;
    while (pos < jpeg.size()) {
        if (byteAt(jpeg, pos) != MarkerPrefix)
            throw malformed();
        // Any number of 0xFF fill bytes may precede a marker.
        while (pos < jpeg.size() && byteAt(jpeg, pos) == MarkerPrefix)
            ++pos;
        if (pos >= jpeg.size())
            throw malformed();
        const unsigned char marker = byteAt(jpeg, pos++);
        if (marker == EndOfImage) {
            out.append(char(MarkerPrefix)).append(char(marker));
            return out;
        }
        if (isStandalone(marker) || marker == StartOfImage) {
            out.append(char(MarkerPrefix)).append(char(marker));
            continue;
        }
        if (pos + 2 > jpeg.size())
            throw malformed();
        const qsizetype length = (qsizetype(byteAt(jpeg, pos)) << 8) | byteAt(jpeg, pos + 1);
        if (length < 2 || pos + length > jpeg.size())
            throw malformed();
        if (marker == StartOfScan) {
            // Entropy-coded data follows up to EOI; nothing after the scan headers carries metadata we parse, so
            // the remainder is copied whole.
            out.append(char(MarkerPrefix)).append(char(marker));
            out.append(jpeg.constData() + pos, jpeg.size() - pos);
            return out;
        }
        if (!isMetadata(marker, jpeg.mid(pos + 2, length - 2))) {
            out.append(char(MarkerPrefix)).append(char(marker));
            out.append(jpeg.constData() + pos, length);
        }
        pos += length;
    }
    throw malformed();
}

} // namespace carnet
