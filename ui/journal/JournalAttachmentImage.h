#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace carnet {

// Turns an attachment's bytes (PNG, JPEG or PDF) into a picture, in memory only: thumbnails in the entry view and
// pages in the preview. Nothing is written to disk.
class JournalAttachmentImage
{
    Q_DECLARE_TR_FUNCTIONS(JournalAttachmentImage)

public:
    static bool isPdf(const QString& mimeType);

    // The picture (or the given PDF page) scaled to fit within bound, keeping its aspect; a null image when the bytes
    // cannot be decoded. error, when given, says why.
    static QImage render(const QByteArray& bytes, const QString& mimeType, const QSize& bound, int page = 0,
                         QString* error = nullptr);
    // 1 for an image; the number of pages of a PDF, 0 when it cannot be read.
    static int pageCount(const QByteArray& bytes, const QString& mimeType);
};

} // namespace carnet
