#pragma once

#include "DueDose.h"
#include "MedicationRepository.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace carnet {

// The doses due on one day, for the Today view: one row per scheduled dose with its time, medication and status.
// Recording a dose through take()/skip() (or elsewhere, then reload()) updates the status in place.
class DueDoseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MedicationColumn, DoseColumn, StatusColumn, ColumnCount };
    // Available on every column of a row.
    enum Role {
        MedicationIdRole = Qt::UserRole + 1, // qint64
        TimeRole,                            // QDateTime, local
        MedicationRole,                      // QString, "Metformin 500 mg"
        DoseRole,                            // QString, "1 tablet"
        StatusRole,                          // int, DueDose::Status
        StatusNameRole,                      // QString, "pending", "taken", "late", "skipped"
        OverdueRole,                         // bool: pending and more than an hour past its time
        DoseEventIdRole,                     // qint64, 0 while pending
    };

    // Shows the doses of `day`, today by the repository's clock when invalid.
    explicit DueDoseModel(MedicationRepository& repository, const QDate& day = {}, QObject* parent = nullptr);

    QDate day() const { return m_day; }
    void setDay(const QDate& day);
    // Reads the day again. When the same doses are due, only the rows whose status changed emit dataChanged, so a
    // view keeps its selection; otherwise the model is reset.
    void reload();

    const DueDose& dose(int row) const;

    // Records the dose of a row as taken (at `at`, now when invalid) or skipped, then reloads. Throws RecordError.
    std::int64_t take(int row, const QDateTime& at = {});
    std::int64_t skip(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    MedicationRepository& m_repository;
    QDate m_day;
    std::vector<DueDose> m_doses;
};

} // namespace carnet
