#pragma once

#include "CalendarDay.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QRectF>
#include <vector>

namespace carnet {

// A week as seven columns: day names on top, all-day appointments in a row below them, and a scrolling day of hours
// where timed appointments are blocks placed by their times (side by side when they overlap) and medication doses
// are small marks in a lane of their own.
class WeekView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit WeekView(QWidget* parent = nullptr);

    // Seven consecutive days; scrolls to the first appointment when the week changes.
    void setDays(std::vector<CalendarDay> days);
    const std::vector<CalendarDay>& days() const { return m_days; }
    void setToday(const QDate& today);
    void setSelection(const QDate& date, const QString& occurrenceKey);
    QDate selectedDate() const { return m_selectedDate; }
    QString selectedKey() const { return m_selectedKey; }

    // Where an occurrence is drawn on the viewport (scrolled), empty if it is not shown. For tests and tooltips.
    QRect occurrenceRect(const QDate& date, const QString& key) const;
    int dayAt(const QPoint& viewportPos) const;
    int hourHeight() const;

signals:
    void dateRequested(const QDate& date);
    void dateClicked(const QDate& date);
    void occurrenceClicked(const QDate& date, const QString& key);
    void dateActivated(const QDate& date);
    void occurrenceActivated(const QDate& date, const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class BlockKind { AllDay, Timed, Dose };
    struct Block
    {
        BlockKind kind = BlockKind::Timed;
        int day = 0; // column
        QRectF rect; // all-day: viewport; timed and dose: from midnight, unscrolled
        QString key; // occurrence key; empty for doses
        bool cancelled = false;
        QString text;
        QString toolTip;
    };

    void layoutBlocks();
    const Block* blockAt(const QPoint& viewportPos) const;
    QRectF onViewport(const Block& block) const;
    int lineHeight() const;
    int padding() const;
    int doseMarkWidth() const;
    int gutterWidth() const;
    int headerHeight() const;
    int allDayHeight() const;
    int hoursTop() const { return headerHeight() + allDayHeight(); }
    qreal columnWidth() const;
    qreal columnLeft(int day) const;
    void updateScrollRange();
    void moveWithinDay(int step);

    std::vector<CalendarDay> m_days;
    std::vector<Block> m_blocks;
    int m_allDayRows = 0;
    QDate m_today;
    QDate m_selectedDate;
    QString m_selectedKey;
};

} // namespace carnet
