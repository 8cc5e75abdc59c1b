#pragma once

#include "Allergy.h"

#include <QAbstractTableModel>
#include <vector>

namespace carnet {

class AllergyRepository;

// The live allergies as a table for the profile view, in the repository's order (active and most severe first).
class AllergyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubstanceColumn,
        CategoryColumn,
        ReactionColumn,
        SeverityColumn,
        StatusColumn,
        OnsetColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 record id, on every column
        ActiveRole, // bool
        SeverityRole, // machine word: "mild", "moderate", "severe" or empty
    };

    explicit AllergyListModel(AllergyRepository& repository, QObject* parent = nullptr);

    // Reads the list again; call after any change through the repository.
    void reload();

    const Allergy& allergyAt(int row) const;
    // -1 when the id is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    AllergyRepository& m_repository;
    std::vector<Allergy> m_allergies;
};

} // namespace carnet
