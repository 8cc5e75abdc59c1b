#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace carnet {

class AuditLog;
class AuditLogModel;

// The audit log, readable by the patient: what happened to the vault and when, and whether the chain verifies.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(AuditLog& log, QWidget* parent = nullptr);
    AuditLogModel* model() const { return m_model; }
    QString verificationText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void verify();

    AuditLog& m_log;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace carnet
