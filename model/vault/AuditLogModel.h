#pragma once

#include "AuditLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace carnet {

// The audit log as a table for the Activity view: time, event, detail; newest first.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, DetailColumn, ColumnCount };

    explicit AuditLogModel(AuditLog& log, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditLog& m_log;
    std::vector<AuditLog::Entry> m_entries;
};

} // namespace carnet
