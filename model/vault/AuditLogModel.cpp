#include "AuditLogModel.h"

#include <algorithm>

namespace carnet {

AuditLogModel::AuditLogModel(AuditLog& log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries = m_log.entries();
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const AuditLog::Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case TimeColumn:
        return entry.at.toLocalTime();
    case EventColumn:
        return AuditLog::describe(entry.event);
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case EventColumn:
        return tr("What");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace carnet
