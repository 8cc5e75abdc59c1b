#include "ConditionListModel.h"

#include "ConditionRepository.h"

namespace carnet {

ConditionListModel::ConditionListModel(ConditionRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void ConditionListModel::reload()
{
    beginResetModel();
    m_conditions = m_repository.list();
    endResetModel();
}

const Condition& ConditionListModel::conditionAt(int row) const
{
    return m_conditions.at(static_cast<std::size_t>(row));
}

int ConditionListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_conditions.size(); ++row) {
        if (m_conditions[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int ConditionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conditions.size());
}

int ConditionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Condition& condition = m_conditions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(condition.id);
    case StatusRole:
        return condition.status;
    case Qt::ToolTipRole:
        return condition.notes.isEmpty() ? QVariant() : QVariant(condition.notes);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return condition.name;
    case StatusColumn:
        return Condition::statusLabel(condition.status);
    case OnsetColumn:
        return condition.onsetDate.isValid() ? QVariant(condition.onsetDate) : QVariant();
    case AbatementColumn:
        return condition.abatementDate.isValid() ? QVariant(condition.abatementDate) : QVariant();
    default:
        return {};
    }
}

QVariant ConditionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Condition");
    case StatusColumn:
        return tr("Status");
    case OnsetColumn:
        return tr("Since");
    case AbatementColumn:
        return tr("Until");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConditionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace carnet
