#pragma once

#include "DueDose.h"

#include <QAbstractListModel>
#include <QDate>
#include <vector>

namespace carnet {

class AppointmentListModel;
class MedicationRepository;

// The agenda grouped by day: a header row for each day, then that day's appointments (the rows of an
// AppointmentListModel) and, when asked, one line with the medication doses due that day.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class RowKind { DayHeader, Appointment, Doses };
    enum Role {
        RowKindRole = Qt::UserRole + 100, // int: RowKind
        DateRole, // QDate: the day the row belongs to
        TimeTextRole, // QString: "09:00 – 09:45", "All day"; appointment rows
        DetailTextRole, // QString: provider and place; appointment rows
        DoseCountRole, // int: doses rows
        CancelledRole, // bool: appointment rows; the agenda lists booked ones only, other lists reuse its roles
    };
    // Appointment rows also answer every AppointmentListModel role (AppointmentIdRole, StartRole, KeyRole, ...).

    AgendaModel(AppointmentListModel& source, const MedicationRepository* medications, QObject* parent = nullptr);

    // Which day is labelled "Today" (and "Tomorrow" after it).
    void setToday(const QDate& today);
    // Adds a doses line under each day that has doses due (which gives every such day a header).
    void setShowDoses(bool show);
    bool showDoses() const { return m_showDoses; }
    // Rebuilds the rows from the source and the medication schedules.
    void rebuild();

    RowKind kindAt(int row) const;
    // The source row of an appointment row, -1 for other rows.
    int sourceRow(int row) const;
    // The row of an occurrence (Occurrence::key()), -1 if not shown.
    int rowOfKey(const QString& key) const;
    int appointmentCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        RowKind kind = RowKind::DayHeader;
        QDate date;
        int sourceRow = -1;
        std::vector<DueDose> doses;
    };

    QString headerText(const QDate& date) const;
    QString timeText(int sourceRow) const;
    static QString dosesText(const std::vector<DueDose>& doses);

    AppointmentListModel& m_source;
    const MedicationRepository* m_medications;
    QDate m_today;
    bool m_showDoses = true;
    std::vector<Row> m_rows;
};

} // namespace carnet
