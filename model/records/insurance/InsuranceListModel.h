#pragma once

#include "InsurancePlan.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace carnet {

class InsuranceRepository;

// The live insurance plans as a table for the insurance view: active plans first, then upcoming, then expired.
class InsuranceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PayerColumn,
        PlanColumn,
        TypeColumn,
        MemberIdColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 record id, on every column
        StatusRole, // machine word: "active", "upcoming", "expired"
        HasCardRole, // bool: a front or back card image is stored
    };

    explicit InsuranceListModel(InsuranceRepository& repository, QObject* parent = nullptr);

    // The day plans are judged active or expired on; today unless set (tests, a view left open past midnight).
    void setToday(const QDate& today);
    QDate today() const;

    // Reads the list again; call after any change through the repository.
    void reload();

    const InsurancePlan& planAt(int row) const;
    // -1 when the id is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    InsuranceRepository& m_repository;
    QDate m_today;
    std::vector<InsurancePlan> m_plans;
};

} // namespace carnet
