#pragma once

#include "Medication.h"

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace carnet {

class OptionalDateField;
class MedicationRepository;
class MedicationScheduleEditor;

// Adds a medication or edits every field of one. Problems show next to their field as they are typed, OK stays
// disabled until the values can be saved, and an error from the repository keeps the dialog open with its reason.
class MedicationEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // medication.id == 0 adds a new one; otherwise its values are edited (stop date and reason are kept as they are).
    MedicationEditorDialog(MedicationRepository& repository, const Medication& medication, QWidget* parent = nullptr);

    // The values in the widgets.
    Medication medication() const;
    // The first reason the values cannot be saved; empty when they can.
    QString problem() const;
    bool canAccept() const;
    // The id added or edited once accepted; 0 before.
    std::int64_t savedId() const { return m_savedId; }

    MedicationScheduleEditor* scheduleEditor() const { return m_schedule; }

    // Saves through the repository; on a RecordError the dialog stays open and shows it.
    void accept() override;

private:
    void validate();
    // Proposes a dose unit for the chosen form while the unit is empty or still the previous proposal.
    void proposeUnit();
    static QLabel* errorLabel(const QString& objectName, QWidget* parent);
    static void showError(QLabel* label, QWidget* field, const QString& text);

    MedicationRepository& m_repository;
    Medication m_original;
    std::int64_t m_savedId = 0;
    bool m_nameTouched = false;
    QString m_proposedUnit;

    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_strength;
    QComboBox* m_form;
    QComboBox* m_route;
    QLineEdit* m_doseAmount;
    QComboBox* m_doseUnit;
    QLabel* m_doseError;
    MedicationScheduleEditor* m_schedule;
    QLineEdit* m_reason;
    QLineEdit* m_prescriber;
    QLineEdit* m_pharmacy;
    OptionalDateField* m_startDate;
    QLabel* m_startError;
    QSpinBox* m_refillsLeft;
    OptionalDateField* m_nextRefill;
    QPlainTextEdit* m_notes;
    QLabel* m_saveError;
    QDialogButtonBox* m_buttons;
};

} // namespace carnet
