#include "WeekView.h"

#include "CalendarPalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <map>

namespace carnet {

namespace {

constexpr int DaysShown = 7;
constexpr int MinutesPerDay = 24 * 60;
constexpr int DefaultFirstHour = 7;

QString timeText(const QTime& time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

// Minutes from the day's midnight, clipped to the day.
int minuteOfDay(const QDateTime& local, const QDate& day)
{
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return MinutesPerDay;
    return local.time().hour() * 60 + local.time().minute();
}

} // namespace

WeekView::WeekView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(false);
    verticalScrollBar()->setSingleStep(lineHeight());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

int WeekView::lineHeight() const
{
    return fontMetrics().height();
}

int WeekView::padding() const
{
    return std::max(2, lineHeight() / 5);
}

int WeekView::doseMarkWidth() const
{
    return lineHeight() * 9 / 10;
}

int WeekView::hourHeight() const
{
    return lineHeight() * 5 / 2;
}

int WeekView::gutterWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    int widest = metrics.horizontalAdvance(tr("All day"));
    for (int hour : {0, 11, 12, 23})
        widest = std::max(widest, metrics.horizontalAdvance(timeText(QTime(hour, 0))));
    return widest + 3 * padding();
}

int WeekView::headerHeight() const
{
    return lineHeight() + 3 * padding();
}

int WeekView::allDayHeight() const
{
    return std::max(1, m_allDayRows) * (lineHeight() + padding()) + 2 * padding();
}

qreal WeekView::columnWidth() const
{
    return std::max<qreal>(1.0, (viewport()->width() - gutterWidth()) / qreal(DaysShown));
}

qreal WeekView::columnLeft(int day) const
{
    return gutterWidth() + day * columnWidth();
}

void WeekView::setDays(std::vector<CalendarDay> days)
{
    const bool newWeek = m_days.empty() || days.empty() || m_days.front().date != days.front().date;
    m_days = std::move(days);
    m_days.resize(std::min<std::size_t>(m_days.size(), DaysShown));
    layoutBlocks();
    updateScrollRange();
    if (newWeek) {
        // Start the view an hour before the first timed appointment, and no later than the usual morning.
        int firstMinute = DefaultFirstHour * 60;
        for (const Block& block : m_blocks) {
            if (block.kind != BlockKind::AllDay)
                firstMinute = std::min(firstMinute, static_cast<int>(block.rect.top() * 60 / hourHeight()));
        }
        verticalScrollBar()->setValue(std::max(0, firstMinute - 60) * hourHeight() / 60);
    }
    viewport()->update();
}

void WeekView::setToday(const QDate& today)
{
    m_today = today;
    viewport()->update();
}

void WeekView::setSelection(const QDate& date, const QString& occurrenceKey)
{
    m_selectedDate = date;
    m_selectedKey = occurrenceKey;
    const QRect shown = occurrenceRect(date, occurrenceKey);
    if (!shown.isEmpty() && shown.top() >= hoursTop()) {
        const int visibleTop = hoursTop();
        const int visibleBottom = viewport()->height();
        if (shown.top() < visibleTop)
            verticalScrollBar()->setValue(verticalScrollBar()->value() - (visibleTop - shown.top()));
        else if (shown.bottom() > visibleBottom)
            verticalScrollBar()->setValue(verticalScrollBar()->value()
                                          + std::min(shown.bottom() - visibleBottom, shown.top() - visibleTop));
    }
    viewport()->update();
}

void WeekView::layoutBlocks()
{
    m_blocks.clear();
    m_allDayRows = 0;
    const QLocale locale;
    const int line = lineHeight();
    const int pad = padding();
    const qreal width = columnWidth();
    const qreal hour = hourHeight();
    for (int column = 0; column < static_cast<int>(m_days.size()); ++column) {
        const CalendarDay& day = m_days[static_cast<std::size_t>(column)];
        const qreal left = columnLeft(column);
        const bool hasDoses = !day.doses.empty();
        // A capsule and the time where the column has room, else the capsule alone; the names are in the tooltip.
        const qreal withTime = doseMarkWidth() + 3 * pad + fontMetrics().horizontalAdvance(timeText(QTime(23, 59)));
        const qreal doseLane = !hasDoses ? 0.0 : withTime <= width * 0.38 ? withTime : doseMarkWidth() + 2 * pad;
        const qreal appointmentWidth = width - doseLane - (hasDoses ? pad : 0) - 2;

        struct Timed
        {
            const Occurrence* occurrence;
            int start;
            int end;
            int lane = 0;
            int lanes = 1;
        };
        std::vector<Timed> timed;
        int allDayRow = 0;
        for (const Occurrence& occurrence : day.appointments) {
            QStringList tip {occurrence.title};
            if (!occurrence.allDay) {
                const QDateTime start = occurrence.start.toLocalTime();
                const QDateTime end = occurrence.end.toLocalTime();
                tip << (end > start ? tr("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat),
                                                        locale.toString(end, QLocale::ShortFormat))
                                    : locale.toString(start, QLocale::ShortFormat));
            }
            for (const QString& more : {occurrence.provider, occurrence.place}) {
                if (!more.isEmpty())
                    tip << more;
            }
            if (occurrence.cancelled)
                tip << tr("Cancelled");
            if (occurrence.allDay) {
                Block block;
                block.kind = BlockKind::AllDay;
                block.day = column;
                block.rect = QRectF(left + 1, headerHeight() + pad + allDayRow * (line + pad), width - 2, line);
                block.key = occurrence.key();
                block.cancelled = occurrence.cancelled;
                block.text = occurrence.title;
                block.toolTip = tip.join(QLatin1Char('\n'));
                m_blocks.push_back(block);
                ++allDayRow;
                continue;
            }
            const int start = minuteOfDay(occurrence.start.toLocalTime(), day.date);
            const int end = std::max(start, minuteOfDay(occurrence.end.toLocalTime(), day.date));
            timed.push_back({&occurrence, start, end});
            Block block;
            block.kind = BlockKind::Timed;
            block.day = column;
            block.key = occurrence.key();
            block.cancelled = occurrence.cancelled;
            const QDateTime localStart = occurrence.start.toLocalTime();
            block.text = localStart.date() == day.date ? tr("%1 %2").arg(timeText(localStart.time()), occurrence.title)
                                                       : occurrence.title;
            block.toolTip = tip.join(QLatin1Char('\n'));
            m_blocks.push_back(block);
        }
        m_allDayRows = std::max(m_allDayRows, allDayRow);

        // Overlapping appointments share the column: each cluster of overlaps is split into lanes.
        const std::size_t firstTimed = m_blocks.size() - timed.size();
        const int minimumMinutes = static_cast<int>(std::ceil(line * 60.0 / hour));
        std::size_t clusterStart = 0;
        std::vector<int> laneEnds;
        int clusterEnd = -1;
        for (std::size_t i = 0; i <= timed.size(); ++i) {
            const bool closes = i == timed.size() || timed[i].start >= clusterEnd;
            if (closes && i > clusterStart) {
                for (std::size_t j = clusterStart; j < i; ++j)
                    timed[j].lanes = static_cast<int>(laneEnds.size());
                laneEnds.clear();
                clusterStart = i;
            }
            if (i == timed.size())
                break;
            const int shownEnd = std::max(timed[i].end, timed[i].start + minimumMinutes);
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                           [&](int laneEnd) { return laneEnd <= timed[i].start; });
            if (free == laneEnds.end()) {
                timed[i].lane = static_cast<int>(laneEnds.size());
                laneEnds.push_back(shownEnd);
            } else {
                timed[i].lane = static_cast<int>(free - laneEnds.begin());
                *free = shownEnd;
            }
            clusterEnd = closes ? shownEnd : std::max(clusterEnd, shownEnd);
        }
        for (std::size_t i = 0; i < timed.size(); ++i) {
            const qreal laneWidth = appointmentWidth / timed[i].lanes;
            const qreal top = timed[i].start * hour / 60;
            const qreal height = std::max<qreal>(line, (timed[i].end - timed[i].start) * hour / 60);
            m_blocks[firstTimed + i].rect = QRectF(left + 1 + timed[i].lane * laneWidth, top, laneWidth - 1, height);
        }

        // Doses at the same time share one mark.
        std::map<QTime, std::vector<const DueDose*>> byTime;
        for (const DueDose& dose : day.doses)
            byTime[dose.scheduledFor.toLocalTime().time()].push_back(&dose);
        for (const auto& [time, doses] : byTime) {
            Block block;
            block.kind = BlockKind::Dose;
            block.day = column;
            block.rect
                = QRectF(left + width - doseLane - 1, (time.hour() * 60 + time.minute()) * hour / 60, doseLane, line);
            block.text = timeText(time);
            QStringList tip;
            for (const DueDose* dose : doses) {
                const QString what = dose->doseText.isEmpty() ? dose->medicationName
                                                              : tr("%1, %2").arg(dose->medicationName, dose->doseText);
                tip << tr("%1 %2 (%3)").arg(timeText(time), what, DueDose::statusLabel(dose->status));
            }
            block.toolTip = tip.join(QLatin1Char('\n'));
            m_blocks.push_back(block);
        }
    }
}

void WeekView::updateScrollRange()
{
    const int content = 24 * hourHeight();
    const int visible = std::max(0, viewport()->height() - hoursTop());
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
}

QRectF WeekView::onViewport(const Block& block) const
{
    if (block.kind == BlockKind::AllDay)
        return block.rect;
    return block.rect.translated(0, hoursTop() - verticalScrollBar()->value());
}

QRect WeekView::occurrenceRect(const QDate& date, const QString& key) const
{
    for (const Block& block : m_blocks) {
        if (block.kind != BlockKind::Dose && block.key == key
            && m_days[static_cast<std::size_t>(block.day)].date == date)
            return onViewport(block).toAlignedRect();
    }
    return {};
}

int WeekView::dayAt(const QPoint& viewportPos) const
{
    if (viewportPos.x() < gutterWidth())
        return -1;
    const int day = static_cast<int>((viewportPos.x() - gutterWidth()) / columnWidth());
    return day >= 0 && day < static_cast<int>(m_days.size()) ? day : -1;
}

const WeekView::Block* WeekView::blockAt(const QPoint& viewportPos) const
{
    const bool inHours = viewportPos.y() >= hoursTop();
    // Later blocks are drawn on top, so look at them first.
    for (auto block = m_blocks.rbegin(); block != m_blocks.rend(); ++block) {
        if ((block->kind == BlockKind::AllDay) == inHours)
            continue;
        if (onViewport(*block).contains(viewportPos))
            return &*block;
    }
    return nullptr;
}

void WeekView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const CalendarPalette colors(palette());
    const QPalette& pal = palette();
    const int pad = padding();
    const int line = lineHeight();
    const qreal width = columnWidth();
    const int top = hoursTop();
    const int scroll = verticalScrollBar()->value();
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.color(QPalette::Base));

    // The hours, scrolled and clipped below the header.
    painter.save();
    painter.setClipRect(QRect(0, top, area.width(), area.height() - top));
    for (int column = 0; column < static_cast<int>(m_days.size()); ++column) {
        const QDate date = m_days[static_cast<std::size_t>(column)].date;
        const QRectF columnRect(columnLeft(column), top, width, area.height() - top);
        if (date == m_selectedDate)
            painter.fillRect(columnRect,
                             CalendarPalette::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.08));
    }
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = top + hour * hourHeight() - scroll;
        painter.setPen(colors.gridLine());
        painter.drawLine(QPointF(gutterWidth(), y), QPointF(area.width(), y));
        if (hour < 24) {
            painter.setPen(colors.mutedText());
            painter.drawText(QRect(0, y, gutterWidth() - pad, line), Qt::AlignRight | Qt::AlignTop,
                             timeText(QTime(hour, 0)));
        }
    }
    for (int column = 0; column <= DaysShown; ++column) {
        painter.setPen(colors.gridLine());
        painter.drawLine(QPointF(columnLeft(column), top), QPointF(columnLeft(column), area.height()));
    }
    for (const Block& block : m_blocks) {
        if (block.kind == BlockKind::AllDay)
            continue;
        const QRectF rect = onViewport(block);
        if (!rect.intersects(QRectF(area)))
            continue;
        const bool selected = block.kind == BlockKind::Timed && block.key == m_selectedKey
            && m_days[static_cast<std::size_t>(block.day)].date == m_selectedDate;
        QFont font = this->font();
        font.setStrikeOut(block.cancelled);
        painter.setFont(font);
        QRectF textRect = rect.adjusted(pad, 0, -pad, 0);
        if (block.kind == BlockKind::Dose) {
            painter.setPen(QPen(colors.doseBorder(), 1, Qt::DashLine));
            painter.setBrush(colors.doseFill());
            painter.drawRoundedRect(rect, line / 2.0, line / 2.0);
            const qreal markHeight = line * 0.45;
            const QRectF mark(rect.left() + pad, rect.center().y() - markHeight / 2, doseMarkWidth(), markHeight);
            painter.setPen(QPen(colors.doseBorder(), 1));
            painter.drawRoundedRect(mark, markHeight / 2, markHeight / 2);
            painter.drawLine(QPointF(mark.center().x(), mark.top()), QPointF(mark.center().x(), mark.bottom()));
            painter.setPen(colors.doseText());
            textRect.setLeft(mark.right() + pad);
        } else {
            painter.setPen(QPen(block.cancelled ? colors.mutedText() : colors.appointmentBorder(), selected ? 2 : 1));
            painter.setBrush(colors.appointmentFill(selected));
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter.setPen(block.cancelled ? colors.cancelledText() : colors.appointmentText());
        }
        const int lines = std::max(1, static_cast<int>(textRect.height()) / line);
        const int flags = Qt::AlignLeft | Qt::AlignTop | (lines > 1 ? Qt::TextWordWrap : 0);
        QString text = block.text;
        if (block.kind == BlockKind::Dose && QFontMetrics(font).horizontalAdvance(text) > textRect.width())
            text.clear(); // the capsule alone; the time is in the tooltip
        if (lines == 1)
            text = QFontMetrics(font).elidedText(text, Qt::ElideRight, static_cast<int>(textRect.width()));
        // Whole lines only: a line cut by the block's edge reads worse than one left out.
        textRect.setHeight(std::min<qreal>(textRect.height(), lines * line));
        painter.save();
        painter.setClipRect(textRect, Qt::IntersectClip);
        painter.drawText(textRect, flags, text);
        painter.restore();
    }
    painter.restore();

    // The fixed header: day names, then the all-day row.
    painter.fillRect(QRect(0, 0, area.width(), top), colors.headerBackground());
    const QLocale locale;
    for (int column = 0; column < static_cast<int>(m_days.size()); ++column) {
        const QDate date = m_days[static_cast<std::size_t>(column)].date;
        const QString label = tr("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)).arg(date.day());
        QFont font = this->font();
        font.setBold(date == m_today || date == m_selectedDate);
        painter.setFont(font);
        const QFontMetrics metrics(font);
        const QRectF cell(columnLeft(column), 0, width, headerHeight());
        const int labelWidth = std::min(static_cast<int>(width) - 2, metrics.horizontalAdvance(label) + 2 * pad);
        const QRectF pill(cell.center().x() - labelWidth / 2.0, pad, labelWidth, line + pad);
        if (date == m_today) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.todayFill());
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            painter.setPen(colors.todayText());
        } else {
            painter.setPen(pal.color(QPalette::Text));
        }
        painter.drawText(pill, Qt::AlignCenter, metrics.elidedText(label, Qt::ElideRight, labelWidth));
        if (date == m_selectedDate && hasFocus()) {
            painter.setPen(QPen(colors.selectionBorder(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
        }
    }
    painter.setFont(font());
    painter.setPen(colors.mutedText());
    painter.drawText(QRect(0, headerHeight(), gutterWidth() - pad, allDayHeight()), Qt::AlignRight | Qt::AlignVCenter,
                     tr("All day"));
    for (const Block& block : m_blocks) {
        if (block.kind != BlockKind::AllDay)
            continue;
        const bool selected
            = block.key == m_selectedKey && m_days[static_cast<std::size_t>(block.day)].date == m_selectedDate;
        painter.setPen(QPen(colors.appointmentBorder(), selected ? 2 : 1));
        painter.setBrush(colors.appointmentFill(selected));
        painter.drawRoundedRect(block.rect, 3, 3);
        QFont font = this->font();
        font.setStrikeOut(block.cancelled);
        painter.setFont(font);
        painter.setPen(block.cancelled ? colors.cancelledText() : colors.appointmentText());
        const QRectF textRect = block.rect.adjusted(pad, 0, -pad, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(font).elidedText(block.text, Qt::ElideRight, static_cast<int>(textRect.width())));
    }
    painter.setPen(colors.gridLine());
    painter.drawLine(0, top - 1, area.width(), top - 1);
    painter.drawLine(0, headerHeight(), area.width(), headerHeight());
}

void WeekView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutBlocks();
    updateScrollRange();
}

void WeekView::moveWithinDay(int step)
{
    const auto day = std::find_if(m_days.begin(), m_days.end(),
                                  [this](const CalendarDay& candidate) { return candidate.date == m_selectedDate; });
    if (day == m_days.end() || day->appointments.empty())
        return;
    int index = -1;
    for (int i = 0; i < static_cast<int>(day->appointments.size()); ++i) {
        if (day->appointments[static_cast<std::size_t>(i)].key() == m_selectedKey)
            index = i;
    }
    index = index < 0 ? (step > 0 ? 0 : static_cast<int>(day->appointments.size()) - 1)
                      : std::clamp(index + step, 0, static_cast<int>(day->appointments.size()) - 1);
    emit occurrenceClicked(m_selectedDate, day->appointments[static_cast<std::size_t>(index)].key());
}

void WeekView::keyPressEvent(QKeyEvent* event)
{
    if (!m_selectedDate.isValid() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    const QDate first = m_days.empty() ? m_selectedDate : m_days.front().date;
    switch (event->key()) {
    case Qt::Key_Left:
        emit dateRequested(m_selectedDate.addDays(-forward));
        break;
    case Qt::Key_Right:
        emit dateRequested(m_selectedDate.addDays(forward));
        break;
    case Qt::Key_PageUp:
        emit dateRequested(m_selectedDate.addDays(-7));
        break;
    case Qt::Key_PageDown:
        emit dateRequested(m_selectedDate.addDays(7));
        break;
    case Qt::Key_Home:
        emit dateRequested(first);
        break;
    case Qt::Key_End:
        emit dateRequested(first.addDays(DaysShown - 1));
        break;
    case Qt::Key_Up:
        moveWithinDay(-1);
        break;
    case Qt::Key_Down:
        moveWithinDay(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedKey.isEmpty())
            emit occurrenceActivated(m_selectedDate, m_selectedKey);
        else
            emit dateActivated(m_selectedDate);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WeekView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const Block* block = blockAt(pos);
    if (block && block->kind != BlockKind::Dose)
        emit occurrenceClicked(m_days[static_cast<std::size_t>(block->day)].date, block->key);
    else if (const int day = dayAt(pos); day >= 0)
        emit dateClicked(m_days[static_cast<std::size_t>(day)].date);
    event->accept();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const Block* block = blockAt(pos);
    if (block && block->kind != BlockKind::Dose)
        emit occurrenceActivated(m_days[static_cast<std::size_t>(block->day)].date, block->key);
    else if (const int day = dayAt(pos); day >= 0)
        emit dateActivated(m_days[static_cast<std::size_t>(day)].date);
    event->accept();
}

bool WeekView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Block* block = blockAt(help->pos());
        if (block)
            QToolTip::showText(help->globalPos(), block->toolTip, viewport(), onViewport(*block).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace carnet
