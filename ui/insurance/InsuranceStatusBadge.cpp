#include "InsuranceStatusBadge.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace carnet {

namespace {

QColor blend(const QColor& from, const QColor& to, double amount)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * amount),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

} // namespace

InsuranceStatusBadge::InsuranceStatusBadge(InsurancePlan::Status status, QWidget* parent)
    : QLabel(InsurancePlan::statusLabel(status), parent)
    , m_status(status)
{
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Status: %1").arg(text()));
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

QColor InsuranceStatusBadge::accent(InsurancePlan::Status status, const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight).toHsl();
    const int saturation = std::max(highlight.hslSaturation(), 110);
    const int lightness = std::clamp(highlight.lightness(), 90, 170);
    switch (status) {
    case InsurancePlan::Status::Active:
        return QColor::fromHsl(130, saturation, lightness);
    case InsurancePlan::Status::Upcoming:
        return QColor::fromHsl(std::max(highlight.hslHue(), 0), saturation, lightness);
    case InsurancePlan::Status::Expired:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QSize InsuranceStatusBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + metrics.height(), metrics.height() + metrics.height() / 2};
}

QSize InsuranceStatusBadge::minimumSizeHint() const
{
    return sizeHint();
}

void InsuranceStatusBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor tone = accent(m_status, palette());
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.fillPath(path, blend(palette().color(QPalette::Base), tone, 0.22));
    painter.setPen(QPen(tone, 1));
    painter.drawPath(path);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace carnet
