#include "AllergyListModel.h"

#include "AllergyRepository.h"

namespace carnet {

AllergyListModel::AllergyListModel(AllergyRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void AllergyListModel::reload()
{
    beginResetModel();
    m_allergies = m_repository.list();
    endResetModel();
}

const Allergy& AllergyListModel::allergyAt(int row) const
{
    return m_allergies.at(static_cast<std::size_t>(row));
}

int AllergyListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_allergies.size(); ++row) {
        if (m_allergies[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int AllergyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_allergies.size());
}

int AllergyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllergyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Allergy& allergy = m_allergies[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(allergy.id);
    case ActiveRole:
        return allergy.isActive();
    case SeverityRole:
        return allergy.severity;
    case Qt::ToolTipRole:
        return allergy.notes.isEmpty() ? QVariant() : QVariant(allergy.notes);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SubstanceColumn:
        return allergy.substance;
    case CategoryColumn:
        return Allergy::categoryLabel(allergy.category);
    case ReactionColumn:
        return allergy.reaction;
    case SeverityColumn:
        return Allergy::severityLabel(allergy.severity);
    case StatusColumn:
        return Allergy::statusLabel(allergy.status);
    case OnsetColumn:
        return allergy.onsetDate.isValid() ? QVariant(allergy.onsetDate) : QVariant();
    default:
        return {};
    }
}

QVariant AllergyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubstanceColumn:
        return tr("Substance");
    case CategoryColumn:
        return tr("Category");
    case ReactionColumn:
        return tr("Reaction");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case OnsetColumn:
        return tr("Since");
    default:
        return {};
    }
}

QHash<int, QByteArray> AllergyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(ActiveRole, "active");
    names.insert(SeverityRole, "severity");
    return names;
}

} // namespace carnet
