#include "ConditionEditorDialog.h"

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

ConditionEditorDialog::ConditionEditorDialog(const Condition& condition, QWidget* parent)
    : QDialog(parent)
    , m_original(condition)
    , m_name(new QLineEdit(condition.name, this))
    , m_status(new PeopleChoiceBox(Condition::statuses(), &Condition::statusLabel, false, tr("Status"), this))
    , m_onset(new OptionalDateField(tr("Known"), tr("Onset date"), this))
    , m_abatement(new OptionalDateField(tr("Known"), tr("Resolved or in remission since"), this))
    , m_notes(new QPlainTextEdit(condition.notes, this))
    , m_problemLabel(new PeopleProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(condition.id == 0 ? tr("New condition") : tr("Edit condition"));
    m_name->setAccessibleName(tr("Condition"));
    m_name->setPlaceholderText(tr("For example: asthma, type 2 diabetes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_status->setWord(condition.status);
    m_onset->setDate(condition.onsetDate);
    m_abatement->setDate(condition.abatementDate);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Condition:"), m_name);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Onset:"), m_onset);
    form->addRow(tr("&Resolved or in remission since:"), m_abatement);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConditionEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto edited = [this] {
        m_touched = true;
        validate();
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, edited);
    connect(m_onset, &OptionalDateField::changed, this, edited);
    connect(m_abatement, &OptionalDateField::changed, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    m_touched = condition.id != 0;
    validate();
    m_name->setFocus();
    // Room for the hints in the fields; the height follows the form.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

Condition ConditionEditorDialog::condition() const
{
    Condition condition = m_original;
    condition.name = m_name->text();
    condition.status = m_status->word();
    condition.onsetDate = m_onset->date();
    condition.abatementDate = m_abatement->date();
    condition.notes = m_notes->toPlainText();
    return condition;
}

void ConditionEditorDialog::validate()
{
    Condition candidate = condition();
    try {
        candidate.normalizeAndValidate();
        m_problem.clear();
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    m_problemLabel->setProblem(m_touched ? m_problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void ConditionEditorDialog::accept()
{
    validate();
    if (m_problem.isEmpty())
        QDialog::accept();
}

} // namespace carnet
