#include "MedicationStatusColours.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace carnet {

namespace {

// Same hue whatever the theme; the lightness follows the text so the accent contrasts like text does.
QColor accent(const QPalette& palette, int hue)
{
    const bool darkText = palette.color(QPalette::Text).lightness() < 128;
    return QColor::fromHsl(hue, darkText ? 190 : 170, darkText ? 85 : 175);
}

} // namespace

QColor MedicationStatusColours::attention(const QPalette& palette)
{
    return accent(palette, 12);
}

QColor MedicationStatusColours::done(const QPalette& palette)
{
    return accent(palette, 130);
}

QIcon MedicationStatusColours::glyph(Glyph glyph, const QPalette& palette, int size)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = std::max<qreal>(1.5, s / 9.0);
    const QRectF ring(pen, pen, s - 2 * pen, s - 2 * pen);
    auto stroke = [&](const QColor& colour) {
        painter.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
    };
    switch (glyph) {
    case Glyph::Pending:
        stroke(palette.color(QPalette::PlaceholderText));
        painter.drawEllipse(ring);
        break;
    case Glyph::Taken: {
        stroke(done(palette));
        QPainterPath check;
        check.moveTo(s * 0.2, s * 0.52);
        check.lineTo(s * 0.42, s * 0.74);
        check.lineTo(s * 0.82, s * 0.28);
        painter.drawPath(check);
        break;
    }
    case Glyph::Late: {
        stroke(done(palette));
        painter.drawEllipse(ring);
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.25));
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.7, s * 0.6));
        break;
    }
    case Glyph::Skipped:
        stroke(palette.color(QPalette::PlaceholderText));
        painter.drawEllipse(ring);
        painter.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2));
        break;
    case Glyph::Overdue: {
        const QColor colour = attention(palette);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(ring);
        // The mark is cut out in the base colour so it reads on the filled disc in either theme.
        const QColor mark = palette.color(QPalette::Base);
        painter.setPen(QPen(mark, pen, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s / 2, s * 0.26), QPointF(s / 2, s * 0.56));
        painter.drawPoint(QPointF(s / 2, s * 0.74));
        break;
    }
    case Glyph::RefillSoon: {
        stroke(attention(palette));
        painter.drawRoundedRect(QRectF(s * 0.25, s * 0.3, s * 0.5, s * 0.6), s * 0.08, s * 0.08);
        painter.drawLine(QPointF(s * 0.32, s * 0.14), QPointF(s * 0.68, s * 0.14));
        painter.drawLine(QPointF(s * 0.38, s * 0.6), QPointF(s * 0.62, s * 0.6));
        break;
    }
    }
    return QIcon(pixmap);
}

} // namespace carnet
