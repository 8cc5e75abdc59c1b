#include "MedicationListModel.h"

#include "Clock.h"

namespace carnet {

MedicationListModel::MedicationListModel(MedicationRepository& repository, MedicationRepository::Filter filter,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_filter(filter)
{
    reload();
}

void MedicationListModel::setFilter(MedicationRepository::Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void MedicationListModel::reload()
{
    beginResetModel();
    m_medications = m_repository.list(m_filter);
    endResetModel();
}

const Medication& MedicationListModel::medication(int row) const
{
    return m_medications.at(static_cast<std::size_t>(row));
}

int MedicationListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_medications.size(); ++i) {
        if (m_medications[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int MedicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_medications.size());
}

int MedicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MedicationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Medication& m = m_medications[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(m.id);
    case NameRole:
        return m.name;
    case StrengthRole:
        return m.strength;
    case DoseRole:
        return m.doseText();
    case ScheduleRole:
        return m.schedule.describe();
    case NextRefillRole:
        return m.nextRefillDate;
    case RefillsLeftRole:
        return m.refillsLeft ? QVariant(*m.refillsLeft) : QVariant();
    case StopDateRole:
        return m.stopDate;
    case StoppedRole:
        return m.isStoppedOn(m_repository.clock().now().date());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m.name;
        case StrengthColumn:
            return m.strength;
        case DoseColumn:
            return m.doseText();
        case ScheduleColumn:
            return m.schedule.describe();
        case NextRefillColumn:
            return m.nextRefillDate.isValid() ? m.nextRefillDate.toString(Qt::ISODate) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MedicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Medication");
    case StrengthColumn:
        return tr("Strength");
    case DoseColumn:
        return tr("Dose");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRefillColumn:
        return tr("Next refill");
    default:
        return {};
    }
}

QHash<int, QByteArray> MedicationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "medicationId");
    names.insert(NameRole, "name");
    names.insert(StrengthRole, "strength");
    names.insert(DoseRole, "dose");
    names.insert(ScheduleRole, "schedule");
    names.insert(NextRefillRole, "nextRefill");
    names.insert(RefillsLeftRole, "refillsLeft");
    names.insert(StopDateRole, "stopDate");
    names.insert(StoppedRole, "stopped");
    return names;
}

} // namespace carnet
