#include "QrCodeImage.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace carnet {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

// ISO/IEC 18004 version 40 at level M holds 2331 bytes in 8-bit mode.
constexpr int MaxBytesAtLevelM = 2331;

} // namespace

QrCodeImage::Result QrCodeImage::encode(const QString& text, int scale)
{
    return encode(text.toUtf8(), scale);
}

QrCodeImage::Result QrCodeImage::encode(const QByteArray& data, int scale)
{
    Result result;
    if (scale < 1 || scale > MaxScale) {
        result.error = tr("A QR code needs 1 to %1 pixels per module, not %2.").arg(MaxScale).arg(scale);
        return result;
    }
    if (data.isEmpty()) {
        result.error = tr("There is nothing to put in the QR code.");
        return result;
    }
    if (data.size() > MaxBytesAtLevelM) {
        result.error = tr("The text is too long for a QR code: %1 bytes, at most %2 fit.")
                           .arg(data.size())
                           .arg(MaxBytesAtLevelM);
        return result;
    }
    errno = 0;
    // Version 0 lets libqrencode pick the smallest version that holds the data.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
        static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, QR_ECLEVEL_M));
    if (!code) {
        const int why = errno;
        result.error = why == ERANGE
            ? tr("The text is too long for a QR code (%1 bytes).").arg(data.size())
            : tr("The QR code could not be made: %1").arg(QString::fromLocal8Bit(std::strerror(why)));
        return result;
    }

    result.version = code->version;
    result.modules = code->width;
    result.scale = scale;
    const int side = (code->width + 2 * QuietZoneModules) * scale;
    // A QR code is always dark modules on a light ground, whatever the theme: readers look for dark finder patterns,
    // and many cannot read an inverted code. So these are fixed black and white, not palette colours.
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module itself (1 = dark); the other bits say what kind of module it is.
            if ((code->data[y * code->width + x] & 1) == 0)
                continue;
            const int left = (x + QuietZoneModules) * scale;
            const int top = (y + QuietZoneModules) * scale;
            for (int row = top; row < top + scale; ++row)
                std::memset(image.scanLine(row) + left, 0, static_cast<std::size_t>(scale));
        }
    }
    result.image = std::move(image);
    return result;
}

} // namespace carnet
