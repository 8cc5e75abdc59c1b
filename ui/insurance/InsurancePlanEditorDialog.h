#pragma once

#include "InsurancePlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace carnet {

class PeopleChoiceBox;
class OptionalDateField;
class PeopleProblemLabel;
class PeopleTableEditor;

// Adds or edits an insurance plan: every field, checked as it is typed (the plan's own validation), OK disabled
// until the plan would be accepted. Card photos are added from the page.
class InsurancePlanEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InsurancePlanEditorDialog(const InsurancePlan& plan, QWidget* parent = nullptr);

    // The plan as typed (not yet normalized); id, cards and times as given.
    InsurancePlan plan() const;
    bool isValid() const { return m_problem.isEmpty(); }
    // Why OK is disabled; empty when the plan is valid.
    QString problem() const { return m_problem; }

    QLineEdit* payerEdit() const { return m_payer; }
    QLineEdit* planNameEdit() const { return m_planName; }
    PeopleChoiceBox* typeBox() const { return m_type; }
    QLineEdit* memberIdEdit() const { return m_memberId; }
    QLineEdit* groupNumberEdit() const { return m_groupNumber; }
    QLineEdit* subscriberEdit() const { return m_subscriber; }
    PeopleChoiceBox* relationshipBox() const { return m_relationship; }
    OptionalDateField* fromField() const { return m_from; }
    OptionalDateField* toField() const { return m_to; }
    QLineEdit* payerPhoneEdit() const { return m_payerPhone; }
    PeopleTableEditor* otherPhonesEditor() const { return m_otherPhones; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    void validate();

    InsurancePlan m_original;
    QLineEdit* m_payer;
    QLineEdit* m_planName;
    PeopleChoiceBox* m_type;
    QLineEdit* m_memberId;
    QLineEdit* m_groupNumber;
    QLineEdit* m_subscriber;
    PeopleChoiceBox* m_relationship;
    OptionalDateField* m_from;
    OptionalDateField* m_to;
    QLineEdit* m_payerPhone;
    PeopleProblemLabel* m_payerPhoneProblem;
    PeopleTableEditor* m_otherPhones;
    QPlainTextEdit* m_notes;
    PeopleProblemLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    bool m_touched = false;
};

} // namespace carnet
