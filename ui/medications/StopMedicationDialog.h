#pragma once

#include "Medication.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace carnet {

// Asks when a medication was stopped (the first day without it) and why, before it moves to the past list.
class StopMedicationDialog : public QDialog
{
    Q_OBJECT

public:
    StopMedicationDialog(const Medication& medication, const QDate& today, QWidget* parent = nullptr);

    QDate stopDate() const;
    QString reason() const;
    void setStopDate(const QDate& date);
    void setReason(const QString& reason);

private:
    QDateEdit* m_date;
    QLineEdit* m_reason;
};

} // namespace carnet
