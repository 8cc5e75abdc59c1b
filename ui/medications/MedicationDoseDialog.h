#pragma once

#include "Medication.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

// Asks when an as-needed or extra dose was taken, how much, and an optional note, before it goes into the dose log.
class MedicationDoseDialog : public QDialog
{
    Q_OBJECT

public:
    MedicationDoseDialog(const Medication& medication, const QDateTime& now, QWidget* parent = nullptr);

    QDateTime takenAt() const;
    // Empty when the amount field is empty: the medication's own dose is then recorded.
    std::optional<double> amount() const;
    QString note() const;
    bool canAccept() const;

private:
    void validate();

    QDateTimeEdit* m_at;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace carnet
