#include "MonthDayDelegate.h"

#include "CalendarMonthModel.h"
#include "CalendarPalette.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace carnet {

namespace {

int paddingFor(const QFontMetrics& metrics)
{
    return std::max(2, metrics.height() / 5);
}

// A small capsule, the mark of a medication dose in every view.
void drawDoseMark(QPainter* painter, const QRectF& line, const CalendarPalette& colors)
{
    const qreal height = line.height() * 0.45;
    const QRectF capsule(line.left(), line.center().y() - height / 2, height * 2, height);
    painter->setPen(QPen(colors.doseBorder(), 1));
    painter->setBrush(colors.doseFill());
    painter->drawRoundedRect(capsule, height / 2, height / 2);
    painter->drawLine(QPointF(capsule.center().x(), capsule.top()), QPointF(capsule.center().x(), capsule.bottom()));
}

} // namespace

int MonthDayDelegate::visibleLines(int cellHeight, int lineHeight, int count, bool hasDoses)
{
    if (lineHeight <= 0)
        return 0;
    const int room = std::max(0, cellHeight / lineHeight - 1 - (hasDoses ? 1 : 0)); // less the day number
    if (count <= room)
        return count;
    return std::max(0, room - 1); // one line says "+k more"
}

void MonthDayDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const CalendarMonthModel*>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const CalendarDay& day = model->dayAt(index);
    const bool inMonth = index.data(CalendarMonthModel::InMonthRole).toBool();
    const bool today = index.data(CalendarMonthModel::TodayRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const CalendarPalette colors(option.palette);
    const QFontMetrics metrics(option.font);
    const int pad = paddingFor(metrics);
    const int lineHeight = metrics.height();
    const QLocale locale;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect;
    QColor background = colors.cellBackground(inMonth);
    if (selected)
        background = CalendarPalette::mix(background, option.palette.color(QPalette::Highlight), 0.12);
    painter->fillRect(cell, background);
    painter->setPen(colors.gridLine());
    painter->drawLine(cell.topRight(), cell.bottomRight());
    painter->drawLine(cell.bottomLeft(), cell.bottomRight());

    const QRect content = cell.adjusted(pad, pad / 2, -pad, -pad / 2);
    // The day number; the first of a month also names the month, so the neighbouring weeks read clearly.
    QString number = QString::number(day.date.day());
    if (day.date.day() == 1)
        number = tr("%1 %2").arg(number, locale.monthName(day.date.month(), QLocale::ShortFormat));
    QFont numberFont = option.font;
    numberFont.setBold(today);
    painter->setFont(numberFont);
    const QFontMetrics numberMetrics(numberFont);
    QRect numberRect(content.left(), content.top(),
                     std::max(lineHeight, numberMetrics.horizontalAdvance(number) + 2 * pad), lineHeight);
    if (today) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.todayFill());
        painter->drawRoundedRect(numberRect, lineHeight / 2.0, lineHeight / 2.0);
        painter->setPen(colors.todayText());
    } else {
        painter->setPen(inMonth ? option.palette.color(QPalette::Text) : colors.mutedText());
    }
    painter->drawText(numberRect, Qt::AlignCenter, number);
    painter->setFont(option.font);

    const bool hasDoses = !day.doses.empty();
    const int count = static_cast<int>(day.appointments.size());
    const int shown = visibleLines(content.height(), lineHeight, count, hasDoses);
    int y = content.top() + lineHeight;
    for (int i = 0; i < shown; ++i) {
        const Occurrence& occurrence = day.appointments[static_cast<std::size_t>(i)];
        const QRect line(content.left(), y, content.width(), lineHeight);
        QFont font = option.font;
        font.setStrikeOut(occurrence.cancelled);
        painter->setFont(font);
        QString text = occurrence.title;
        QRect textRect = line.adjusted(pad, 0, 0, 0);
        if (occurrence.allDay) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.appointmentFill(false));
            painter->drawRoundedRect(line.adjusted(0, 1, 0, -1), 3, 3);
        } else {
            const QRectF bar(line.left(), line.top() + 2, std::max(2, pad / 2), line.height() - 4);
            painter->fillRect(bar, occurrence.cancelled ? colors.mutedText() : colors.appointmentBorder());
            const QDateTime start = occurrence.start.toLocalTime();
            // A day in the middle of a multi-day appointment shows no start time.
            if (start.date() == day.date)
                text = tr("%1 %2").arg(locale.toString(start.time(), QLocale::ShortFormat), occurrence.title);
        }
        painter->setPen(occurrence.cancelled ? colors.cancelledText() : colors.appointmentText());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width()));
        y += lineHeight;
    }
    painter->setFont(option.font);
    if (shown < count) {
        painter->setPen(colors.mutedText());
        const QRect line(content.left() + pad, y, content.width() - pad, lineHeight);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(tr("+%n more", nullptr, count - shown), Qt::ElideRight, line.width()));
    }
    if (hasDoses) {
        const QRect line(content.left(), content.bottom() - lineHeight + 1, content.width(), lineHeight);
        drawDoseMark(painter, line, colors);
        const QRect textRect = line.adjusted(lineHeight + pad, 0, 0, 0);
        painter->setPen(colors.doseText());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(day.doses.size() == 1
                                                 ? tr("1 dose")
                                                 : tr("%n doses", nullptr, static_cast<int>(day.doses.size())),
                                             Qt::ElideRight, textRect.width()));
    }
    if (selected) {
        painter->setPen(QPen(colors.selectionBorder(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(cell).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize MonthDayDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(QStringLiteral("00:00 Mmmmmm")), metrics.height() * 4};
}

} // namespace carnet
