#include "InsuranceListModel.h"

#include "InsuranceRepository.h"

namespace carnet {

InsuranceListModel::InsuranceListModel(InsuranceRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void InsuranceListModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

QDate InsuranceListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InsuranceListModel::reload()
{
    beginResetModel();
    m_plans = m_repository.list(today());
    endResetModel();
}

const InsurancePlan& InsuranceListModel::planAt(int row) const
{
    return m_plans.at(static_cast<std::size_t>(row));
}

int InsuranceListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_plans.size(); ++row) {
        if (m_plans[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int InsuranceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int InsuranceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InsuranceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InsurancePlan& plan = m_plans[static_cast<std::size_t>(index.row())];
    const InsurancePlan::Status status = plan.statusOn(today());
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(plan.id);
    case StatusRole:
        return InsurancePlan::statusName(status);
    case HasCardRole:
        return !plan.frontCard.isNull() || !plan.backCard.isNull();
    case Qt::ToolTipRole:
        return plan.notes.isEmpty() ? QVariant() : QVariant(plan.notes);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PayerColumn:
        return plan.payer;
    case PlanColumn:
        return plan.planName;
    case TypeColumn:
        return InsurancePlan::typeLabel(plan.planType);
    case MemberIdColumn:
        return plan.memberId;
    case FromColumn:
        return plan.effectiveFrom.isValid() ? QVariant(plan.effectiveFrom) : QVariant();
    case ToColumn:
        return plan.effectiveTo.isValid() ? QVariant(plan.effectiveTo) : QVariant();
    case StatusColumn:
        return InsurancePlan::statusLabel(status);
    default:
        return {};
    }
}

QVariant InsuranceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PayerColumn:
        return tr("Payer");
    case PlanColumn:
        return tr("Plan");
    case TypeColumn:
        return tr("Type");
    case MemberIdColumn:
        return tr("Member ID");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> InsuranceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StatusRole, "status");
    names.insert(HasCardRole, "hasCard");
    return names;
}

} // namespace carnet
