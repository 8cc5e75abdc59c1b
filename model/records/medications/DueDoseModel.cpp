#include "DueDoseModel.h"

#include "Clock.h"
#include "MedicationSchedule.h"

namespace carnet {

namespace {

bool sameDose(const DueDose& a, const DueDose& b)
{
    return a.medicationId == b.medicationId && a.scheduledFor == b.scheduledFor;
}

bool sameState(const DueDose& a, const DueDose& b)
{
    return a.status == b.status && a.doseEventId == b.doseEventId && a.recordedAt == b.recordedAt
        && a.medicationName == b.medicationName && a.doseText == b.doseText;
}

} // namespace

DueDoseModel::DueDoseModel(MedicationRepository& repository, const QDate& day, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_day(day.isValid() ? day : repository.clock().now().date())
{
    m_doses = m_repository.dueDoses(m_day);
}

void DueDoseModel::setDay(const QDate& day)
{
    const QDate next = day.isValid() ? day : m_repository.clock().now().date();
    if (next == m_day)
        return;
    beginResetModel();
    m_day = next;
    m_doses = m_repository.dueDoses(m_day);
    endResetModel();
}

void DueDoseModel::reload()
{
    std::vector<DueDose> fresh = m_repository.dueDoses(m_day);
    const bool sameRows = fresh.size() == m_doses.size()
        && std::equal(fresh.begin(), fresh.end(), m_doses.begin(), sameDose);
    if (!sameRows) {
        beginResetModel();
        m_doses = std::move(fresh);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        if (sameState(fresh[i], m_doses[i]))
            continue;
        m_doses[i] = std::move(fresh[i]);
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const DueDose& DueDoseModel::dose(int row) const
{
    return m_doses.at(static_cast<std::size_t>(row));
}

std::int64_t DueDoseModel::take(int row, const QDateTime& at)
{
    const DueDose due = dose(row);
    const std::int64_t id = m_repository.recordDose(due.medicationId, DoseEvent::Status::Taken,
                                                    at.isValid() ? at : m_repository.clock().now(), due.scheduledFor);
    reload();
    return id;
}

std::int64_t DueDoseModel::skip(int row)
{
    const DueDose due = dose(row);
    const std::int64_t id = m_repository.recordDose(due.medicationId, DoseEvent::Status::Skipped,
                                                    m_repository.clock().now(), due.scheduledFor);
    reload();
    return id;
}

int DueDoseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_doses.size());
}

int DueDoseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueDoseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueDose& due = m_doses[static_cast<std::size_t>(index.row())];
    const bool overdue = due.isOverdue(m_repository.clock().now());
    switch (role) {
    case MedicationIdRole:
        return QVariant::fromValue<qint64>(due.medicationId);
    case TimeRole:
        return due.scheduledFor.toLocalTime();
    case MedicationRole:
        return due.medicationName;
    case DoseRole:
        return due.doseText;
    case StatusRole:
        return static_cast<int>(due.status);
    case StatusNameRole:
        return DueDose::statusName(due.status);
    case OverdueRole:
        return overdue;
    case DoseEventIdRole:
        return QVariant::fromValue<qint64>(due.doseEventId);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return MedicationSchedule::timeText(due.scheduledFor.toLocalTime().time());
        case MedicationColumn:
            return due.medicationName;
        case DoseColumn:
            return due.doseText;
        case StatusColumn:
            if (overdue)
                return tr("Overdue");
            if (due.recordedAt.isValid() && due.status != DueDose::Status::Skipped)
                return tr("%1 at %2").arg(DueDose::statusLabel(due.status),
                                          MedicationSchedule::timeText(due.recordedAt.toLocalTime().time()));
            return DueDose::statusLabel(due.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DueDoseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MedicationColumn:
        return tr("Medication");
    case DoseColumn:
        return tr("Dose");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> DueDoseModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MedicationIdRole, "medicationId");
    names.insert(TimeRole, "time");
    names.insert(MedicationRole, "medication");
    names.insert(DoseRole, "dose");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(OverdueRole, "overdue");
    names.insert(DoseEventIdRole, "doseEventId");
    return names;
}

} // namespace carnet
