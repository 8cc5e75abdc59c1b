#include "CalendarMonthModel.h"

#include "AppointmentRepository.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace carnet {

CalendarMonthModel::CalendarMonthModel(const AppointmentRepository& appointments,
                                       const MedicationRepository* medications, QObject* parent)
    : QAbstractTableModel(parent)
    , m_appointments(appointments)
    , m_medications(medications)
    , m_firstDayOfWeek(QLocale().firstDayOfWeek())
{
}

void CalendarMonthModel::setMonth(const QDate& day)
{
    if (!day.isValid())
        return;
    m_month = QDate(day.year(), day.month(), 1);
    reload();
}

void CalendarMonthModel::setToday(const QDate& today)
{
    const QModelIndex before = indexOf(m_today);
    m_today = today;
    const QModelIndex after = indexOf(m_today);
    for (const QModelIndex& index : {before, after}) {
        if (index.isValid())
            emit dataChanged(index, index, {TodayRole});
    }
}

void CalendarMonthModel::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDayOfWeek = day;
    reload();
}

void CalendarMonthModel::setShowDoses(bool show)
{
    if (show == m_showDoses)
        return;
    m_showDoses = show;
    reload();
}

QDate CalendarMonthModel::firstShown() const
{
    if (!m_month.isValid())
        return {};
    const int back = (m_month.dayOfWeek() - m_firstDayOfWeek + 7) % 7;
    return m_month.addDays(-back);
}

QDate CalendarMonthModel::lastShown() const
{
    if (!m_month.isValid())
        return {};
    const QDate lastOfMonth = m_month.addMonths(1).addDays(-1);
    const int lastDayOfWeek = (m_firstDayOfWeek + 5) % 7 + 1; // the weekday before the first one
    const int forward = (lastDayOfWeek - lastOfMonth.dayOfWeek() + 7) % 7;
    return lastOfMonth.addDays(forward);
}

void CalendarMonthModel::reload()
{
    beginResetModel();
    m_days = m_month.isValid()
        ? CalendarDay::collect(m_appointments, m_showDoses ? m_medications : nullptr, firstShown(), lastShown())
        : std::vector<CalendarDay>();
    endResetModel();
}

bool CalendarMonthModel::hasAppointmentsInMonth() const
{
    return std::any_of(m_days.begin(), m_days.end(), [this](const CalendarDay& day) {
        return day.date.month() == m_month.month() && !day.appointments.empty();
    });
}

QModelIndex CalendarMonthModel::indexOf(const QDate& date) const
{
    if (!date.isValid() || m_days.empty())
        return {};
    const qint64 offset = firstShown().daysTo(date);
    if (offset < 0 || offset >= static_cast<qint64>(m_days.size()))
        return {};
    return index(static_cast<int>(offset / 7), static_cast<int>(offset % 7));
}

const CalendarDay& CalendarMonthModel::dayAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        throw std::out_of_range("no such day");
    return m_days.at(static_cast<std::size_t>(index.row() * 7 + index.column()));
}

int CalendarMonthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size() / 7);
}

int CalendarMonthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_days.empty() ? 0 : 7;
}

QString CalendarMonthModel::summary(const CalendarDay& day) const
{
    const QLocale locale;
    QStringList lines;
    lines << locale.toString(day.date, QLocale::LongFormat);
    for (const Occurrence& occurrence : day.appointments) {
        const QString when = occurrence.allDay
            ? tr("All day")
            : locale.toString(occurrence.start.toLocalTime().time(), QLocale::ShortFormat);
        lines << (occurrence.cancelled ? tr("%1 %2 (cancelled)") : tr("%1 %2")).arg(when, occurrence.title);
    }
    if (!day.doses.empty())
        lines << (day.doses.size() == 1 ? tr("1 medication dose due")
                                        : tr("%n medication doses due", nullptr, static_cast<int>(day.doses.size())));
    if (lines.size() == 1)
        lines << tr("No appointments");
    return lines.join(QLatin1Char('\n'));
}

QVariant CalendarMonthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const CalendarDay& day = m_days[static_cast<std::size_t>(index.row() * 7 + index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(day.date.day());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return summary(day);
    case DateRole:
        return day.date;
    case InMonthRole:
        return day.date.month() == m_month.month() && day.date.year() == m_month.year();
    case TodayRole:
        return day.date == m_today;
    case AppointmentCountRole:
        return day.bookedCount();
    case DoseCountRole:
        return static_cast<int>(day.doses.size());
    default:
        return {};
    }
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int weekday = (m_firstDayOfWeek - 1 + section) % 7 + 1;
    if (role == Qt::DisplayRole)
        return QLocale().dayName(weekday, QLocale::ShortFormat);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QLocale().dayName(weekday, QLocale::LongFormat);
    return {};
}

} // namespace carnet
