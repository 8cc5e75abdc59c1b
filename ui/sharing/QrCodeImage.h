#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace carnet {

// Text to a QR code image (libqrencode, error correction level M, 8-bit mode) with its quiet zone, scaled by a
// whole number so every module stays a crisp square.
class QrCodeImage
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeImage)

public:
    // The light border ISO/IEC 18004 asks for around the symbol, in modules.
    static constexpr int QuietZoneModules = 4;
    static constexpr int MaxScale = 64;

    struct Result
    {
        QImage image; // null when the text could not be encoded
        int version = 0; // the QR version libqrencode chose (1-40)
        int modules = 0; // modules along one side of the symbol, without the quiet zone (17 + 4 * version)
        int scale = 0; // pixels per module
        QString error; // why image is null

        bool ok() const { return !image.isNull(); }
    };

    // The UTF-8 bytes of text; scale is pixels per module, 1 to MaxScale.
    static Result encode(const QString& text, int scale);
    static Result encode(const QByteArray& data, int scale);
};

} // namespace carnet
