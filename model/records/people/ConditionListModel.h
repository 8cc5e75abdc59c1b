#pragma once

#include "Condition.h"

#include <QAbstractTableModel>
#include <vector>

namespace carnet {

class ConditionRepository;

// The live conditions as a table for the profile view, in the repository's order (active first).
class ConditionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, OnsetColumn, AbatementColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 record id, on every column
        StatusRole, // machine word: "active", "remission", "resolved"
    };

    explicit ConditionListModel(ConditionRepository& repository, QObject* parent = nullptr);

    // Reads the list again; call after any change through the repository.
    void reload();

    const Condition& conditionAt(int row) const;
    // -1 when the id is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ConditionRepository& m_repository;
    std::vector<Condition> m_conditions;
};

} // namespace carnet
