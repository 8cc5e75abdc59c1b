#include "JournalAttachmentImage.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>
#include <algorithm>

namespace carnet {

namespace {

// A PDF opened from a buffer in memory; the document reads from the buffer for as long as it is open.
struct OpenedPdf
{
    explicit OpenedPdf(const QByteArray& bytes)
        : data(bytes)
        , buffer(&data)
    {
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
    }
    bool ok() const { return document.status() == QPdfDocument::Status::Ready && document.pageCount() > 0; }

    QByteArray data;
    QBuffer buffer;
    QPdfDocument document;
};

} // namespace

bool JournalAttachmentImage::isPdf(const QString& mimeType)
{
    return mimeType == QLatin1String("application/pdf");
}

QImage JournalAttachmentImage::render(const QByteArray& bytes, const QString& mimeType, const QSize& bound, int page,
                                      QString* error)
{
    if (isPdf(mimeType)) {
        OpenedPdf pdf(bytes);
        if (!pdf.ok()) {
            if (error)
                *error = tr("The PDF cannot be read.");
            return {};
        }
        const int index = std::clamp(page, 0, pdf.document.pageCount() - 1);
        const QSize size = pdf.document.pagePointSize(index).toSize().scaled(bound, Qt::KeepAspectRatio);
        const QImage rendered = pdf.document.render(index, size.isEmpty() ? bound : size);
        if (rendered.isNull()) {
            if (error)
                *error = tr("The PDF page cannot be shown.");
            return {};
        }
        // PDF pages are drawn on transparent paper; a page reads as paper on white in light and dark themes alike.
        QImage paper(rendered.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, rendered);
        return paper;
    }
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height()))
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = tr("The image cannot be shown: %1").arg(reader.errorString());
    return image;
}

int JournalAttachmentImage::pageCount(const QByteArray& bytes, const QString& mimeType)
{
    if (!isPdf(mimeType))
        return 1;
    OpenedPdf pdf(bytes);
    return pdf.ok() ? pdf.document.pageCount() : 0;
}

} // namespace carnet
