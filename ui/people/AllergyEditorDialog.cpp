#include "AllergyEditorDialog.h"

#include "PeopleChoiceBox.h"
#include "OptionalDateField.h"
#include "PeopleProblemLabel.h"
#include "RecordError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace carnet {

AllergyEditorDialog::AllergyEditorDialog(const Allergy& allergy, QWidget* parent)
    : QDialog(parent)
    , m_original(allergy)
    , m_substance(new QLineEdit(allergy.substance, this))
    , m_category(new PeopleChoiceBox(Allergy::categories(), &Allergy::categoryLabel, true, tr("Category"), this))
    , m_reaction(new QLineEdit(allergy.reaction, this))
    , m_severity(new PeopleChoiceBox(Allergy::severities(), &Allergy::severityLabel, true, tr("Severity"), this))
    , m_criticality(new PeopleChoiceBox(Allergy::criticalities(), &Allergy::criticalityLabel, true,
                                        tr("Risk of a future reaction"), this))
    , m_onset(new OptionalDateField(tr("Known"), tr("Onset date"), this))
    , m_status(new PeopleChoiceBox(Allergy::statuses(), &Allergy::statusLabel, false, tr("Status"), this))
    , m_notes(new QPlainTextEdit(allergy.notes, this))
    , m_problemLabel(new PeopleProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(allergy.id == 0 ? tr("New allergy") : tr("Edit allergy"));
    m_substance->setAccessibleName(tr("Substance"));
    m_substance->setPlaceholderText(tr("What it is to: penicillin, peanuts, cat dander"));
    m_reaction->setAccessibleName(tr("Reaction"));
    m_reaction->setPlaceholderText(tr("What happens: hives, swelling, anaphylaxis"));
    m_criticality->setToolTip(tr("How likely a future reaction is to be life-threatening"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_category->setWord(allergy.category);
    m_severity->setWord(allergy.severity);
    m_criticality->setWord(allergy.criticality);
    m_status->setWord(allergy.status);
    m_onset->setDate(allergy.onsetDate);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Substance:"), m_substance);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Reaction:"), m_reaction);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("Risk of a &future reaction:"), m_criticality);
    form->addRow(tr("&Onset:"), m_onset);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllergyEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto edited = [this] {
        m_touched = true;
        validate();
    };
    connect(m_substance, &QLineEdit::textChanged, this, edited);
    connect(m_reaction, &QLineEdit::textChanged, this, edited);
    for (PeopleChoiceBox* box : {m_category, m_severity, m_criticality, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    connect(m_onset, &OptionalDateField::changed, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    m_touched = allergy.id != 0;
    validate();
    m_substance->setFocus();
    // Room for the hints in the fields; the height follows the form.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

Allergy AllergyEditorDialog::allergy() const
{
    Allergy allergy = m_original;
    allergy.substance = m_substance->text();
    allergy.category = m_category->word();
    allergy.reaction = m_reaction->text();
    allergy.severity = m_severity->word();
    allergy.criticality = m_criticality->word();
    allergy.onsetDate = m_onset->date();
    allergy.status = m_status->word();
    allergy.notes = m_notes->toPlainText();
    return allergy;
}

void AllergyEditorDialog::validate()
{
    Allergy candidate = allergy();
    try {
        candidate.normalizeAndValidate();
        m_problem.clear();
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    m_problemLabel->setProblem(m_touched ? m_problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void AllergyEditorDialog::accept()
{
    validate();
    if (m_problem.isEmpty())
        QDialog::accept();
}

} // namespace carnet
