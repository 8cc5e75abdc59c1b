#pragma once

#include "CareTeamMember.h"

#include <QAbstractTableModel>
#include <vector>

namespace carnet {

class CareTeamRepository;

// The live care-team members as a table (people view, share wizard's recipient list), providers first.
class CareTeamListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, SpecialtyColumn, OrganizationColumn, PhoneColumn, KeysColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 record id, on every column
        MemberRoleRole, // machine word: "provider", "caregiver", "other"
        HasKeysRole, // bool: an age recipient or a minisign key is stored
        PinnedRole, // bool
    };

    explicit CareTeamListModel(CareTeamRepository& repository, QObject* parent = nullptr);

    // Reads the list again; call after any change through the repository.
    void reload();

    const CareTeamMember& memberAt(int row) const;
    // -1 when the id is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    CareTeamRepository& m_repository;
    std::vector<CareTeamMember> m_members;
};

} // namespace carnet
