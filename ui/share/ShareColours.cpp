#include "ShareColours.h"

#include <algorithm>

namespace carnet {

QColor ShareColours::blend(const QColor& from, const QColor& to, double amount)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * amount),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor ShareColours::identifierBackground(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.35);
}

QColor ShareColours::warningText(const QPalette& palette)
{
    // A red-orange whose lightness follows the text, so it contrasts with the background as text does.
    const bool darkText = palette.color(QPalette::Text).lightness() < 128;
    return QColor::fromHsl(12, darkText ? 190 : 170, darkText ? 85 : 175);
}

QColor ShareColours::paper(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base).toHsl();
    if (base.lightness() >= 200)
        return base;
    return QColor::fromHsl(std::max(base.hslHue(), 0), std::min(base.hslSaturation(), 40), 245);
}

} // namespace carnet
