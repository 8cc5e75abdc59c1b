#include "CalendarPalette.h"

#include <algorithm>

namespace carnet {

namespace {

bool isDark(const QColor& color)
{
    return color.lightnessF() < 0.5;
}

} // namespace

CalendarPalette::CalendarPalette(const QPalette& palette)
    : m_palette(palette)
{
    // The highlight hue turned by a third of the circle, in the lightness that contrasts with the base.
    const QColor highlight = m_palette.color(QPalette::Highlight).toHsl();
    const int hue = ((highlight.hslHue() < 0 ? 210 : highlight.hslHue()) + 140) % 360;
    const bool dark = isDark(m_palette.color(QPalette::Base));
    m_doseAccent = QColor::fromHsl(hue, std::max(110, highlight.hslSaturation()), dark ? 150 : 95);
}

QColor CalendarPalette::mix(const QColor& a, const QColor& b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() + (y.redF() - x.redF()) * t),
                            static_cast<float>(x.greenF() + (y.greenF() - x.greenF()) * t),
                            static_cast<float>(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QColor CalendarPalette::cellBackground(bool inMonth) const
{
    const QColor base = m_palette.color(QPalette::Base);
    return inMonth ? base : mix(base, m_palette.color(QPalette::Window), 0.7);
}

QColor CalendarPalette::gridLine() const
{
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.18);
}

QColor CalendarPalette::mutedText() const
{
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.6);
}

QColor CalendarPalette::appointmentFill(bool selected) const
{
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), selected ? 0.45 : 0.2);
}

QColor CalendarPalette::appointmentBorder() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor CalendarPalette::appointmentText() const
{
    return m_palette.color(QPalette::Text);
}

QColor CalendarPalette::cancelledText() const
{
    return mutedText();
}

QColor CalendarPalette::doseFill() const
{
    return mix(m_palette.color(QPalette::Base), m_doseAccent, 0.16);
}

QColor CalendarPalette::doseBorder() const
{
    return m_doseAccent;
}

QColor CalendarPalette::doseText() const
{
    return mix(m_doseAccent, m_palette.color(QPalette::Text), 0.35);
}

QColor CalendarPalette::todayFill() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor CalendarPalette::todayText() const
{
    return m_palette.color(QPalette::HighlightedText);
}

QColor CalendarPalette::selectionBorder() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor CalendarPalette::headerBackground() const
{
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Window), 0.85);
}

} // namespace carnet
