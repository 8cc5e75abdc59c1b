#include "AdherenceChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace carnet {

namespace {

// Percentages keep the one decimal Adherence rounds to, without a trailing ".0".
QString percent(double value)
{
    return AdherenceChart::tr("%1%", "percentage").arg(QLocale().toString(value, 'g', 4));
}

} // namespace

AdherenceChart::AdherenceChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Adherence chart"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateDescription();
}

void AdherenceChart::setAdherence(std::vector<Adherence> rows)
{
    m_rows = std::move(rows);
    updateDescription();
    updateGeometry();
    update();
}

QString AdherenceChart::emptyText()
{
    return tr("No scheduled doses in this period");
}

QString AdherenceChart::percentText(int row) const
{
    const Adherence& a = m_rows.at(static_cast<std::size_t>(row));
    return a.scheduled > 0 ? percent(a.percentTaken()) : QString();
}

QString AdherenceChart::summaryText(int row) const
{
    const Adherence& a = m_rows.at(static_cast<std::size_t>(row));
    if (a.asNeeded)
        return tr("%1: taken as needed, no scheduled doses").arg(a.medicationName);
    if (a.scheduled == 0)
        return tr("%1: no doses due yet").arg(a.medicationName);
    return tr("%1: %2 taken").arg(a.medicationName, percentText(row));
}

QString AdherenceChart::detailText(int row) const
{
    const Adherence& a = m_rows.at(static_cast<std::size_t>(row));
    QStringList lines;
    lines << tr("%1 to %2").arg(QLocale().toString(a.from, QLocale::ShortFormat),
                                QLocale().toString(a.to, QLocale::ShortFormat));
    lines << tr("Taken: %1 of %2 due (%3 of them late)").arg(a.taken).arg(a.scheduled).arg(a.late);
    lines << tr("Skipped: %1").arg(a.skipped);
    lines << tr("Missed: %1").arg(a.missed);
    if (a.pending > 0)
        lines << tr("Still to come: %1").arg(a.pending);
    return lines.join(QLatin1Char('\n'));
}

void AdherenceChart::updateDescription()
{
    if (m_rows.empty()) {
        setAccessibleDescription(emptyText());
        return;
    }
    QStringList parts;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        QString details = detailText(i);
        details.replace(QLatin1Char('\n'), QLatin1String("; "));
        parts << tr("%1 (%2)").arg(summaryText(i), details);
    }
    setAccessibleDescription(parts.join(QLatin1String(". ")));
}

int AdherenceChart::margin() const
{
    return style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this) / 2 + 2;
}

// A name line above a bar line, so long names and translations get the full width.
int AdherenceChart::rowHeight() const
{
    const int line = fontMetrics().height();
    return line * 2 + line / 2;
}

int AdherenceChart::rowAt(const QPoint& pos) const
{
    const int y = pos.y() - margin();
    if (y < 0 || m_rows.empty())
        return -1;
    const int row = y / rowHeight();
    return row < static_cast<int>(m_rows.size()) ? row : -1;
}

QSize AdherenceChart::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    return {fontMetrics().averageCharWidth() * 40, rows * rowHeight() + 2 * margin()};
}

// Every row stays readable: when there is less room, the scroll area around the chart scrolls.
QSize AdherenceChart::minimumSizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    return {fontMetrics().averageCharWidth() * 20, rows * rowHeight() + 2 * margin()};
}

void AdherenceChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRect area = rect().adjusted(margin(), margin(), -margin(), -margin());
    const QFontMetrics fm = fontMetrics();

    if (m_rows.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }

    // The percentage column fits the widest share ("100%" or "88.8%") so the bars line up and never touch it.
    const int percentWidth =
        std::max(fm.horizontalAdvance(percent(100.0)), fm.horizontalAdvance(percent(88.8))) + fm.averageCharWidth() * 2;
    const int barHeight = std::max(6, fm.height() * 2 / 3);
    const qreal radius = barHeight / 2.0;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const Adherence& a = m_rows[static_cast<std::size_t>(i)];
        const int top = area.top() + i * rowHeight();
        const QRect nameRect(area.left(), top, area.width(), fm.height());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(a.medicationName, Qt::ElideRight, nameRect.width()));

        const int barTop = top + fm.height() + (fm.height() - barHeight) / 2;
        const QRectF track(area.left(), barTop, std::max(0, area.width() - percentWidth), barHeight);
        const QRect textRect(area.right() - percentWidth + 1, top + fm.height(), percentWidth, fm.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Midlight));
        painter.drawRoundedRect(track, radius, radius);
        if (a.scheduled > 0) {
            const qreal share = std::clamp(a.shareTaken(), 0.0, 1.0);
            if (share > 0) {
                QRectF filled = track;
                filled.setWidth(std::max(track.height(), track.width() * share));
                painter.setBrush(pal.color(QPalette::Highlight));
                painter.drawRoundedRect(filled, radius, radius);
            }
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, percentText(i));
        } else {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, tr("–", "no share yet"));
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool AdherenceChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), summaryText(row) + QLatin1Char('\n') + detailText(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void AdherenceChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace carnet
