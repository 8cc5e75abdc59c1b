#pragma once

#include "Medication.h"
#include "MedicationRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace carnet {

// The medication list for the Medications view: current or past (stopped) medications, one row each.
class MedicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StrengthColumn, DoseColumn, ScheduleColumn, NextRefillColumn, ColumnCount };
    // Available on every column of a row.
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,        // QString
        StrengthRole,    // QString
        DoseRole,        // QString, "1 tablet"
        ScheduleRole,    // QString, MedicationSchedule::describe()
        NextRefillRole,  // QDate, invalid when not set
        RefillsLeftRole, // int, or invalid QVariant when not set
        StopDateRole,    // QDate, invalid while not stopped
        StoppedRole,     // bool: stopped on or before today
    };

    explicit MedicationListModel(MedicationRepository& repository,
                                 MedicationRepository::Filter filter = MedicationRepository::Filter::Current,
                                 QObject* parent = nullptr);

    MedicationRepository::Filter filter() const { return m_filter; }
    void setFilter(MedicationRepository::Filter filter);
    // Reads the list again, e.g. after an add, edit, stop or delete.
    void reload();

    // The medication shown in a row; row must be valid.
    const Medication& medication(int row) const;
    // The row showing a medication, or -1.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    MedicationRepository& m_repository;
    MedicationRepository::Filter m_filter;
    std::vector<Medication> m_medications;
};

} // namespace carnet
