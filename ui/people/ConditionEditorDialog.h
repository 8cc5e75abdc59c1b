#pragma once

#include "Condition.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace carnet {

class PeopleChoiceBox;
class OptionalDateField;
class PeopleProblemLabel;

// Adds or edits a condition: name, status, onset and abatement dates, notes; checked as they are typed, OK disabled
// until the condition would be accepted.
class ConditionEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConditionEditorDialog(const Condition& condition, QWidget* parent = nullptr);

    // As typed (not yet normalized); id and times as given.
    Condition condition() const;
    QString problem() const { return m_problem; }

    QLineEdit* nameEdit() const { return m_name; }
    PeopleChoiceBox* statusBox() const { return m_status; }
    OptionalDateField* onsetField() const { return m_onset; }
    OptionalDateField* abatementField() const { return m_abatement; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    void validate();

    Condition m_original;
    QLineEdit* m_name;
    PeopleChoiceBox* m_status;
    OptionalDateField* m_onset;
    OptionalDateField* m_abatement;
    QPlainTextEdit* m_notes;
    PeopleProblemLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    bool m_touched = false;
};

} // namespace carnet
