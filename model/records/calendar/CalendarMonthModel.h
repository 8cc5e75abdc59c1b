#pragma once

#include "CalendarDay.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace carnet {

class AppointmentRepository;
class MedicationRepository;

// A month as a grid of weeks (rows) by weekdays (columns, from the locale's first day of the week), each cell one
// day with its appointments and doses, including the days of the neighbouring months that fill the first and last
// week.
class CalendarMonthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        InMonthRole, // bool: the day belongs to the month shown
        TodayRole, // bool
        AppointmentCountRole, // int: booked appointments on the day
        DoseCountRole, // int: medication doses due on the day
    };

    CalendarMonthModel(const AppointmentRepository& appointments, const MedicationRepository* medications,
                       QObject* parent = nullptr);

    // Shows the month of `day` and reloads.
    void setMonth(const QDate& day);
    // Which day is highlighted as today.
    void setToday(const QDate& today);
    // Which weekday starts a row (Qt::DayOfWeek); the locale's by default.
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // Whether the days carry the medication doses due (when a MedicationRepository was given).
    void setShowDoses(bool show);
    // Reads the days again, e.g. after an appointment was saved.
    void reload();

    int year() const { return m_month.year(); }
    int month() const { return m_month.month(); }
    QDate firstShown() const;
    QDate lastShown() const;
    // Whether any day of the month itself (not the neighbouring weeks) has an appointment, cancelled ones included.
    bool hasAppointmentsInMonth() const;
    // Invalid for a date outside the grid.
    QModelIndex indexOf(const QDate& date) const;
    // Throws std::out_of_range for an index outside the grid.
    const CalendarDay& dayAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString summary(const CalendarDay& day) const;

    const AppointmentRepository& m_appointments;
    const MedicationRepository* m_medications;
    QDate m_month; // the first of the month shown
    QDate m_today;
    Qt::DayOfWeek m_firstDayOfWeek;
    bool m_showDoses = true;
    std::vector<CalendarDay> m_days;
};

} // namespace carnet
