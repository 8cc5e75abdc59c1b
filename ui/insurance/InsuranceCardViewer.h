#pragma once

#include "InsuranceCardImage.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;
class QToolButton;

namespace carnet {

// Shows the photos of an insurance card, decoded in memory (never written to a file): fit to the window or zoomed,
// front and back one click or key apart.
class InsuranceCardViewer : public QDialog
{
    Q_OBJECT

public:
    // front and back are the stored bytes; an empty array means that side has no photo.
    InsuranceCardViewer(const QString& planName, const QByteArray& front, const QByteArray& back,
                        InsuranceCardImage::Side shown, QWidget* parent = nullptr);

    InsuranceCardImage::Side shownSide() const { return m_side; }
    void showSide(InsuranceCardImage::Side side);
    bool hasSide(InsuranceCardImage::Side side) const;

    bool fitsWindow() const { return m_fit; }
    void setFitToWindow(bool fit);
    // 1.0 is the photo's own size; in fit mode, the scale that fits.
    double zoom() const;
    void zoomIn();
    void zoomOut();
    // The size of the pixmap on screen.
    QSize shownSize() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QImage& image(InsuranceCardImage::Side side) const;
    void render();
    double fitScale() const;

    QImage m_front;
    QImage m_back;
    InsuranceCardImage::Side m_side;
    bool m_fit = true;
    double m_zoom = 1.0;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QToolButton* m_frontButton;
    QToolButton* m_backButton;
    QToolButton* m_fitButton;
};

} // namespace carnet
