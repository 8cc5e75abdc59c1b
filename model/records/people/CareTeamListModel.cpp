#include "CareTeamListModel.h"

#include "CareTeamRepository.h"

namespace carnet {

CareTeamListModel::CareTeamListModel(CareTeamRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void CareTeamListModel::reload()
{
    beginResetModel();
    m_members = m_repository.list();
    endResetModel();
}

const CareTeamMember& CareTeamListModel::memberAt(int row) const
{
    return m_members.at(static_cast<std::size_t>(row));
}

int CareTeamListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_members.size(); ++row) {
        if (m_members[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int CareTeamListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int CareTeamListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CareTeamListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareTeamMember& member = m_members[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(member.id);
    case MemberRoleRole:
        return member.role;
    case HasKeysRole:
        return member.hasKeys();
    case PinnedRole:
        return member.pinned;
    case Qt::ToolTipRole:
        if (index.column() == KeysColumn && !member.fingerprint.isEmpty())
            return member.fingerprint;
        return member.notes.isEmpty() ? QVariant() : QVariant(member.notes);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return member.name;
    case RoleColumn:
        return CareTeamMember::roleLabel(member.role);
    case SpecialtyColumn:
        return member.specialty;
    case OrganizationColumn:
        return member.organization;
    case PhoneColumn:
        return member.primaryPhone();
    case KeysColumn:
        if (!member.hasKeys())
            return QString();
        return member.pinned ? tr("Pinned") : tr("Not pinned");
    default:
        return {};
    }
}

QVariant CareTeamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SpecialtyColumn:
        return tr("Specialty");
    case OrganizationColumn:
        return tr("Organization");
    case PhoneColumn:
        return tr("Phone");
    case KeysColumn:
        return tr("Keys");
    default:
        return {};
    }
}

QHash<int, QByteArray> CareTeamListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(MemberRoleRole, "memberRole");
    names.insert(HasKeysRole, "hasKeys");
    names.insert(PinnedRole, "pinned");
    return names;
}

} // namespace carnet
