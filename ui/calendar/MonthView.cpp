#include "MonthView.h"

#include "CalendarMonthModel.h"
#include "MonthDayDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

namespace carnet {

MonthView::MonthView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month"));
    setItemDelegate(new MonthDayDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 3);
    verticalHeader()->hide();
    setMinimumHeight(fontMetrics().height() * 16);
}

void MonthView::setMonthModel(CalendarMonthModel* model)
{
    m_model = model;
    setModel(model);
}

QDate MonthView::selectedDate() const
{
    return currentIndex().data(CalendarMonthModel::DateRole).toDate();
}

void MonthView::selectDate(const QDate& date)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOf(date);
    if (index.isValid())
        setCurrentIndex(index);
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    const QDate current = selectedDate();
    if (!current.isValid() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    QDate target;
    switch (event->key()) {
    case Qt::Key_Left:
        target = current.addDays(-forward);
        break;
    case Qt::Key_Right:
        target = current.addDays(forward);
        break;
    case Qt::Key_Up:
        target = current.addDays(-7);
        break;
    case Qt::Key_Down:
        target = current.addDays(7);
        break;
    case Qt::Key_PageUp:
        target = current.addMonths(-1);
        break;
    case Qt::Key_PageDown:
        target = current.addMonths(1);
        break;
    case Qt::Key_Home:
        target = QDate(current.year(), current.month(), 1);
        break;
    case Qt::Key_End:
        target = QDate(current.year(), current.month(), current.daysInMonth());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit dateActivated(current);
        event->accept();
        return;
    default:
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
    emit dateRequested(target);
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    QTableView::mousePressEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        emit dateClicked(index.data(CalendarMonthModel::DateRole).toDate());
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        emit dateActivated(index.data(CalendarMonthModel::DateRole).toDate());
        event->accept();
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

} // namespace carnet
