#pragma once

#include <QColor>
#include <QPalette>

namespace carnet {

// The colours of the calendar views, all derived from the widget palette so light and dark themes both read well:
// appointments in the highlight hue, medication doses in a second hue turned away from it.
class CalendarPalette
{
public:
    explicit CalendarPalette(const QPalette& palette);

    QColor cellBackground(bool inMonth) const;
    QColor gridLine() const;
    QColor mutedText() const;
    QColor appointmentFill(bool selected) const;
    QColor appointmentBorder() const;
    QColor appointmentText() const;
    QColor cancelledText() const;
    QColor doseFill() const;
    QColor doseBorder() const;
    QColor doseText() const;
    QColor todayFill() const;
    QColor todayText() const;
    QColor selectionBorder() const;
    QColor headerBackground() const;

    // t = 0 gives a, t = 1 gives b.
    static QColor mix(const QColor& a, const QColor& b, double t);

private:
    QPalette m_palette;
    QColor m_doseAccent;
};

} // namespace carnet
