#include "InsurancePlanEditorDialog.h"

#include "ContactFormat.h"
#include "PeopleChoiceBox.h"
#include "OptionalDateField.h"
#include "PeopleProblemLabel.h"
#include "PeopleTableEditor.h"
#include "RecordError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

namespace {

QLineEdit* lineEdit(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

InsurancePlanEditorDialog::InsurancePlanEditorDialog(const InsurancePlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_original(plan)
    , m_payer(lineEdit(plan.payer, tr("Payer"), this))
    , m_planName(lineEdit(plan.planName, tr("Plan name"), this))
    , m_type(new PeopleChoiceBox(InsurancePlan::types(), &InsurancePlan::typeLabel, false, tr("Plan type"), this))
    , m_memberId(lineEdit(plan.memberId, tr("Member ID"), this))
    , m_groupNumber(lineEdit(plan.groupNumber, tr("Group number"), this))
    , m_subscriber(lineEdit(plan.subscriberName, tr("Subscriber"), this))
    , m_relationship(new PeopleChoiceBox(InsurancePlan::relationships(), &InsurancePlan::relationshipLabel, false,
                                         tr("Your relationship to the subscriber"), this))
    , m_from(new OptionalDateField(tr("Known"), tr("First day covered"), this))
    , m_to(new OptionalDateField(tr("Known"), tr("Last day covered"), this))
    , m_payerPhone(lineEdit(plan.payerPhone, tr("Member services phone"), this))
    , m_payerPhoneProblem(new PeopleProblemLabel(this))
    , m_otherPhones(new PeopleTableEditor({tr("What for"), tr("Number")}, tr("Other phone numbers"), tr("&Add phone"),
                                          tr("&Remove phone"), this))
    , m_notes(new QPlainTextEdit(plan.notes, this))
    , m_problemLabel(new PeopleProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(plan.id == 0 ? tr("New insurance plan") : tr("Edit insurance plan"));
    m_payer->setPlaceholderText(tr("The insurer, as printed on the card"));
    m_planName->setPlaceholderText(tr("For example: Gold PPO 500"));
    m_subscriber->setPlaceholderText(tr("The policy holder, when it is not you"));
    m_payerPhone->setPlaceholderText(tr("Member services, as printed on the card"));
    m_type->setWord(plan.planType);
    m_relationship->setWord(plan.relationship);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_from->setDate(plan.effectiveFrom);
    m_to->setDate(plan.effectiveTo);
    QList<QStringList> phones;
    for (const LabelledPhone& phone : plan.otherPhones)
        phones.append({phone.label, phone.number});
    m_otherPhones->setRows(phones);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Payer:"), m_payer);
    form->addRow(tr("P&lan name:"), m_planName);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Member ID:"), m_memberId);
    form->addRow(tr("&Group number:"), m_groupNumber);
    form->addRow(tr("&Subscriber:"), m_subscriber);
    form->addRow(tr("Your r&elationship:"), m_relationship);
    form->addRow(tr("&First day covered:"), m_from);
    form->addRow(tr("Last &day covered:"), m_to);
    m_payerPhoneProblem->addRowBelow(form, tr("Member ser&vices phone:"), m_payerPhone);
    form->addRow(tr("&Other phones:"), m_otherPhones);
    form->addRow(tr("&Notes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InsurancePlanEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto edited = [this] {
        m_touched = true;
        validate();
    };
    for (QLineEdit* edit : {m_payer, m_planName, m_memberId, m_groupNumber, m_subscriber, m_payerPhone})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, edited);
    connect(m_relationship, &QComboBox::currentIndexChanged, this, edited);
    connect(m_from, &OptionalDateField::changed, this, edited);
    connect(m_to, &OptionalDateField::changed, this, edited);
    connect(m_otherPhones, &PeopleTableEditor::changed, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    m_touched = plan.id != 0;
    validate();
    m_payer->setFocus();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

InsurancePlan InsurancePlanEditorDialog::plan() const
{
    InsurancePlan plan = m_original;
    plan.payer = m_payer->text();
    plan.planName = m_planName->text();
    plan.planType = m_type->word();
    plan.memberId = m_memberId->text();
    plan.groupNumber = m_groupNumber->text();
    plan.subscriberName = m_subscriber->text();
    plan.relationship = m_relationship->word();
    plan.effectiveFrom = m_from->date();
    plan.effectiveTo = m_to->date();
    plan.payerPhone = m_payerPhone->text();
    plan.otherPhones.clear();
    for (const QStringList& row : m_otherPhones->rows())
        plan.otherPhones.append({row.value(0), row.value(1)});
    plan.notes = m_notes->toPlainText();
    return plan;
}

void InsurancePlanEditorDialog::validate()
{
    const QString phone = m_payerPhone->text().trimmed();
    m_payerPhoneProblem->setProblem(phone.isEmpty() || ContactFormat::isPhoneNumber(phone)
                                        ? QString()
                                        : tr("This does not look like a phone number."));
    InsurancePlan candidate = plan();
    try {
        candidate.normalizeAndValidate();
        m_problem.clear();
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    m_problemLabel->setProblem(m_touched ? m_problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void InsurancePlanEditorDialog::accept()
{
    validate();
    if (m_problem.isEmpty())
        QDialog::accept();
}

} // namespace carnet
