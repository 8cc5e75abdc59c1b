#pragma once

#include "Allergy.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace carnet {

class PeopleChoiceBox;
class OptionalDateField;
class PeopleProblemLabel;

// Adds or edits an allergy: every field, checked as it is typed, OK disabled until the allergy would be accepted.
class AllergyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllergyEditorDialog(const Allergy& allergy, QWidget* parent = nullptr);

    // As typed (not yet normalized); id and times as given.
    Allergy allergy() const;
    QString problem() const { return m_problem; }

    QLineEdit* substanceEdit() const { return m_substance; }
    PeopleChoiceBox* categoryBox() const { return m_category; }
    QLineEdit* reactionEdit() const { return m_reaction; }
    PeopleChoiceBox* severityBox() const { return m_severity; }
    PeopleChoiceBox* criticalityBox() const { return m_criticality; }
    OptionalDateField* onsetField() const { return m_onset; }
    PeopleChoiceBox* statusBox() const { return m_status; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    void validate();

    Allergy m_original;
    QLineEdit* m_substance;
    PeopleChoiceBox* m_category;
    QLineEdit* m_reaction;
    PeopleChoiceBox* m_severity;
    PeopleChoiceBox* m_criticality;
    OptionalDateField* m_onset;
    PeopleChoiceBox* m_status;
    QPlainTextEdit* m_notes;
    PeopleProblemLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    bool m_touched = false;
};

} // namespace carnet
