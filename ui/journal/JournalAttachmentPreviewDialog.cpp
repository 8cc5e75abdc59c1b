#include "JournalAttachmentPreviewDialog.h"

#include "JournalAttachmentImage.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carnet {

JournalAttachmentPreviewDialog::JournalAttachmentPreviewDialog(const QByteArray& bytes, const QString& mimeType,
                                                               const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_mimeType(mimeType)
    , m_pageCount(JournalAttachmentImage::pageCount(bytes, mimeType))
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("&Previous page"), this))
    , m_next(new QPushButton(tr("&Next page"), this))
{
    setWindowTitle(tr("Preview of %1").arg(fileName));
    m_picture->setObjectName(QStringLiteral("attachmentPicture"));
    m_picture->setAccessibleName(tr("Attachment %1").arg(fileName));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setWordWrap(true);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_next->setToolTip(tr("Next page (Page Down)"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });

    auto* pages = new QHBoxLayout;
    pages->addWidget(m_previous);
    pages->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pages->addWidget(m_next);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(pages);
    layout->addWidget(buttons);
    const bool paged = JournalAttachmentImage::isPdf(mimeType) && m_pageCount > 1;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);

    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1280, 800);
    resize(screen.size() * 3 / 4);
    showPage(0);
}

void JournalAttachmentPreviewDialog::showPage(int page)
{
    if (m_pageCount > 0 && (page < 0 || page >= m_pageCount))
        return;
    m_page = page;
    // Rendered for the window's size on this screen's pixel density, so text in a scanned letter stays sharp.
    const qreal ratio = devicePixelRatioF();
    const QSize bound = (size() * ratio).expandedTo(QSize(800, 800));
    QString error;
    QImage image = JournalAttachmentImage::render(m_bytes, m_mimeType, bound, page, &error);
    if (image.isNull()) {
        m_picture->setPixmap({});
        m_picture->setText(error);
    } else {
        image.setDevicePixelRatio(ratio);
        m_picture->setPixmap(QPixmap::fromImage(image));
    }
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pageCount);
}

QImage JournalAttachmentPreviewDialog::shownImage() const
{
    return m_picture->pixmap().toImage();
}

} // namespace carnet
