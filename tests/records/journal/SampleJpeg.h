#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>

namespace carnet::journaltest {

// A real JPEG from Qt's encoder (a 16×16 gradient) with a camera-style EXIF APP1 segment spliced in after the
// start-of-image marker; exifMarker is written inside that segment so a test can prove the segment is gone.
inline QByteArray jpegWithExif(const QByteArray& exifMarker)
{
    QImage image(16, 16, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, QColor(x * 16, y * 16, 128));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 90))
        return {};
    // "Exif\0\0", a little-endian TIFF header pointing at offset 8, then the marker where the GPS IFD would be.
    QByteArray payload = QByteArray("Exif\0\0", 6) + QByteArray("II*\0\x08\0\0\0", 8) + exifMarker;
    const int length = static_cast<int>(payload.size()) + 2;
    QByteArray segment;
    segment.append(char(0xFF)).append(char(0xE1)).append(char(length >> 8)).append(char(length & 0xFF));
    segment.append(payload);
    jpeg.insert(2, segment);
    return jpeg;
}

inline QByteArray smallPng()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(QColor(20, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace carnet::journaltest
