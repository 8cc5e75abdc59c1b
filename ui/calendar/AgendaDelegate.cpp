#include "AgendaDelegate.h"

#include "AgendaModel.h"
#include "AppointmentListModel.h"
#include "CalendarPalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace carnet {

namespace {

int paddingFor(const QFontMetrics& metrics)
{
    return std::max(2, metrics.height() / 4);
}

AgendaModel::RowKind kindOf(const QModelIndex& index)
{
    return static_cast<AgendaModel::RowKind>(index.data(AgendaModel::RowKindRole).toInt());
}

} // namespace

void AgendaDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const CalendarPalette colors(opt.palette);
    const QFontMetrics metrics(opt.font);
    const int pad = paddingFor(metrics);
    const int line = metrics.height();
    const QRect rect = opt.rect;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (kindOf(index)) {
    case AgendaModel::RowKind::DayHeader: {
        painter->fillRect(rect.adjusted(0, pad, 0, 0), colors.headerBackground());
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::Text));
        const QRect textRect = rect.adjusted(pad * 2, pad, -pad, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        break;
    }
    case AgendaModel::RowKind::Appointment: {
        opt.text.clear();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const bool cancelled = index.data(AgendaModel::CancelledRole).toBool();
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : colors.mutedText();
        const int timeWidth
            = metrics.horizontalAdvance(tr("%1 – %2").arg(QLocale().toString(QTime(23, 59), QLocale::ShortFormat),
                                                          QLocale().toString(QTime(23, 59), QLocale::ShortFormat)))
            + 2 * pad;
        const QRect timeRect(rect.left() + pad * 3, rect.top() + pad, timeWidth, line);
        painter->fillRect(QRect(rect.left() + pad, rect.top() + pad, std::max(2, pad / 2), rect.height() - 2 * pad),
                          cancelled ? colors.mutedText() : colors.appointmentBorder());
        painter->setPen(muted);
        painter->drawText(
            timeRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data(AgendaModel::TimeTextRole).toString(), Qt::ElideRight, timeRect.width()));
        const QRect titleRect(timeRect.right() + pad, rect.top() + pad, rect.right() - timeRect.right() - 2 * pad,
                              line);
        QFont titleFont = opt.font;
        titleFont.setBold(!cancelled);
        titleFont.setStrikeOut(cancelled);
        painter->setFont(titleFont);
        painter->setPen(cancelled && !selected ? colors.cancelledText() : text);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(titleFont).elidedText(index.data(AppointmentListModel::TitleRole).toString(),
                                                             Qt::ElideRight, titleRect.width()));
        const QString detail = index.data(AgendaModel::DetailTextRole).toString();
        if (!detail.isEmpty()) {
            painter->setFont(opt.font);
            painter->setPen(muted);
            const QRect detailRect = titleRect.translated(0, line);
            painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
        }
        break;
    }
    case AgendaModel::RowKind::Doses: {
        const int markHeight = line * 9 / 20;
        const QRectF capsule(rect.left() + pad * 3, rect.center().y() - markHeight / 2.0, markHeight * 2.0, markHeight);
        painter->setPen(QPen(colors.doseBorder(), 1));
        painter->setBrush(colors.doseFill());
        painter->drawRoundedRect(capsule, markHeight / 2.0, markHeight / 2.0);
        painter->drawLine(QPointF(capsule.center().x(), capsule.top()),
                          QPointF(capsule.center().x(), capsule.bottom()));
        QFont font = opt.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(colors.doseText());
        const QRect textRect(static_cast<int>(capsule.right()) + pad * 2, rect.top(),
                             rect.right() - static_cast<int>(capsule.right()) - pad * 3, rect.height());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        break;
    }
    }
    painter->restore();
}

QSize AgendaDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int pad = paddingFor(metrics);
    const int line = metrics.height();
    switch (kindOf(index)) {
    case AgendaModel::RowKind::DayHeader:
        return {line * 10, line + 3 * pad};
    case AgendaModel::RowKind::Appointment:
        return {line * 10, (index.data(AgendaModel::DetailTextRole).toString().isEmpty() ? line : 2 * line) + 2 * pad};
    case AgendaModel::RowKind::Doses:
        return {line * 10, line + 2 * pad};
    }
    return {};
}

} // namespace carnet
