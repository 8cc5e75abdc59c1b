#include "MedicationEditorDialog.h"

#include "Clock.h"
#include "OptionalDateField.h"
#include "MedicationRepository.h"
#include "MedicationScheduleEditor.h"
#include "MedicationStatusColours.h"
#include "RecordError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carnet {

namespace {

constexpr int MaxRefills = 99;

// A field with its error line under it; the container hands focus to the field so the row's mnemonic works.
QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

std::optional<double> parseAmount(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

} // namespace

MedicationEditorDialog::MedicationEditorDialog(MedicationRepository& repository, const Medication& medication,
                                               QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_original(medication)
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(QStringLiteral("nameError"), this))
    , m_strength(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_route(new QComboBox(this))
    , m_doseAmount(new QLineEdit(this))
    , m_doseUnit(new QComboBox(this))
    , m_doseError(errorLabel(QStringLiteral("doseError"), this))
    , m_schedule(new MedicationScheduleEditor(this))
    , m_reason(new QLineEdit(this))
    , m_prescriber(new QLineEdit(this))
    , m_pharmacy(new QLineEdit(this))
    , m_startDate(new OptionalDateField(tr("Known"), tr("Start date"), this))
    , m_startError(errorLabel(QStringLiteral("startError"), this))
    , m_refillsLeft(new QSpinBox(this))
    , m_nextRefill(new OptionalDateField(tr("Set"), tr("Next refill date"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveError(errorLabel(QStringLiteral("saveError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(medication.id == 0 ? tr("New medication") : tr("Edit %1").arg(medication.displayName()));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("As on the package, e.g. Metformin"));
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setAccessibleName(tr("Strength"));
    m_strength->setPlaceholderText(tr("e.g. 500 mg"));
    m_form->setObjectName(QStringLiteral("form"));
    m_form->setAccessibleName(tr("Form"));
    m_form->addItem(tr("Not set"), QString());
    for (const QString& form : Medication::forms())
        m_form->addItem(Medication::formLabel(form), form);
    m_route->setObjectName(QStringLiteral("route"));
    m_route->setAccessibleName(tr("Route"));
    m_route->addItem(tr("Not set"), QString());
    for (const QString& route : Medication::routes())
        m_route->addItem(Medication::routeLabel(route), route);
    m_doseAmount->setObjectName(QStringLiteral("doseAmount"));
    m_doseAmount->setAccessibleName(tr("Dose amount"));
    m_doseAmount->setPlaceholderText(tr("e.g. 1"));
    m_doseUnit->setObjectName(QStringLiteral("doseUnit"));
    m_doseUnit->setAccessibleName(tr("Dose unit"));
    m_doseUnit->setToolTip(tr("Unit of one dose: tablet, ml, puff…"));
    m_doseUnit->setEditable(true);
    m_doseUnit->setInsertPolicy(QComboBox::NoInsert);
    m_doseUnit->addItems({QString(), tr("tablet"), tr("capsule"), tr("ml"), tr("mg"), tr("puff"), tr("drop"),
                          tr("patch"), tr("unit"), tr("application")});
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("What it is for"));
    m_prescriber->setObjectName(QStringLiteral("prescriber"));
    m_prescriber->setAccessibleName(tr("Prescriber"));
    m_pharmacy->setObjectName(QStringLiteral("pharmacy"));
    m_pharmacy->setAccessibleName(tr("Pharmacy"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_refillsLeft->setObjectName(QStringLiteral("refillsLeft"));
    m_refillsLeft->setAccessibleName(tr("Refills left"));
    m_refillsLeft->setRange(-1, MaxRefills);
    m_refillsLeft->setSpecialValueText(tr("Not set"));
    m_nextRefill->setObjectName(QStringLiteral("nextRefill"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 2 * m_notes->frameWidth() + 8);
    m_schedule->setObjectName(QStringLiteral("schedule"));

    auto* doseRow = new QWidget(this);
    auto* doseLayout = new QHBoxLayout(doseRow);
    doseLayout->setContentsMargins(0, 0, 0, 0);
    doseLayout->addWidget(m_doseAmount, 1);
    doseLayout->addWidget(m_doseUnit, 2);
    doseRow->setFocusProxy(m_doseAmount);

    auto* left = new QFormLayout;
    left->addRow(tr("&Name:"), withError(m_name, m_nameError, this));
    left->addRow(tr("&Strength:"), m_strength);
    left->addRow(tr("&Form:"), m_form);
    left->addRow(tr("&Route:"), m_route);
    left->addRow(tr("&Dose:"), withError(doseRow, m_doseError, this));
    left->addRow(tr("Reas&on:"), m_reason);
    left->addRow(tr("&Prescriber:"), m_prescriber);
    left->addRow(tr("P&harmacy:"), m_pharmacy);

    auto* scheduleBox = new QGroupBox(tr("Schedule"), this);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_schedule);
    auto* dates = new QFormLayout;
    dates->addRow(tr("S&tarted on:"), withError(m_startDate, m_startError, this));
    dates->addRow(tr("Refi&lls left:"), m_refillsLeft);
    dates->addRow(tr("Ne&xt refill:"), m_nextRefill);
    auto* right = new QVBoxLayout;
    right->addWidget(scheduleBox, 1);
    right->addLayout(dates);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(right, 1);
    // Wide enough for a name and a weekly schedule side by side; the layout grows from there for longer words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    auto* notesLabel = new QLabel(tr("Not&es:"), this);
    notesLabel->setBuddy(m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    // Down the left column, then the schedule and the dates on the right, then the notes.
    const QList<QWidget*> order = {m_name, m_strength, m_form, m_route, m_doseAmount, m_doseUnit, m_reason,
                                   m_prescriber, m_pharmacy, m_schedule->kindBox()};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    const QList<QWidget*> after = {m_schedule->tabOrderEnd(), m_startDate->checkBox(), m_startDate->dateEdit(),
                                   m_refillsLeft, m_nextRefill->checkBox(), m_nextRefill->dateEdit(), m_notes};
    for (qsizetype i = 1; i < after.size(); ++i)
        setTabOrder(after[i - 1], after[i]);

    // Fill in, then start listening, so loading the values does not count as typing.
    const QDate today = m_repository.clock().now().date();
    m_name->setText(medication.name);
    m_strength->setText(medication.strength);
    m_form->setCurrentIndex(std::max(0, m_form->findData(medication.form)));
    m_route->setCurrentIndex(std::max(0, m_route->findData(medication.route)));
    m_doseAmount->setText(medication.doseAmount ? QLocale().toString(*medication.doseAmount, 'g', 6) : QString());
    m_doseUnit->setCurrentText(medication.doseUnit);
    if (medication.id != 0)
        m_schedule->setSchedule(medication.schedule);
    m_reason->setText(medication.reason);
    m_prescriber->setText(medication.prescriber);
    m_pharmacy->setText(medication.pharmacy);
    m_startDate->setDate(medication.id == 0 && !medication.startDate.isValid() ? today : medication.startDate, today);
    m_refillsLeft->setValue(medication.refillsLeft.value_or(-1));
    m_nextRefill->setDate(medication.nextRefillDate, today.addDays(30));
    m_notes->setPlainText(medication.notes);
    m_nameTouched = medication.id != 0;

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_doseAmount, &QLineEdit::textChanged, this, &MedicationEditorDialog::validate);
    connect(m_doseUnit, &QComboBox::currentTextChanged, this, &MedicationEditorDialog::validate);
    connect(m_form, &QComboBox::currentIndexChanged, this, &MedicationEditorDialog::proposeUnit);
    connect(m_schedule, &MedicationScheduleEditor::changed, this, &MedicationEditorDialog::validate);
    connect(m_startDate, &OptionalDateField::changed, this, &MedicationEditorDialog::validate);
    connect(m_nextRefill, &OptionalDateField::changed, this, &MedicationEditorDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MedicationEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MedicationEditorDialog::reject);
    validate();
    m_name->setFocus();
}

QLabel* MedicationEditorDialog::errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, MedicationStatusColours::attention(label->palette()));
    label->setPalette(errorPalette);
    label->hide();
    return label;
}

void MedicationEditorDialog::showError(QLabel* label, QWidget* field, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (field)
        field->setAccessibleDescription(text);
}

Medication MedicationEditorDialog::medication() const
{
    Medication m = m_original;
    m.name = m_name->text();
    m.strength = m_strength->text();
    m.form = m_form->currentData().toString();
    m.route = m_route->currentData().toString();
    bool ok = false;
    m.doseAmount = parseAmount(m_doseAmount->text(), &ok);
    m.doseUnit = m_doseUnit->currentText();
    m.schedule = m_schedule->schedule();
    m.reason = m_reason->text();
    m.prescriber = m_prescriber->text();
    m.pharmacy = m_pharmacy->text();
    m.startDate = m_startDate->date();
    m.refillsLeft = m_refillsLeft->value() >= 0 ? std::optional<int>(m_refillsLeft->value()) : std::nullopt;
    m.nextRefillDate = m_nextRefill->date();
    m.notes = m_notes->toPlainText();
    return m;
}

QString MedicationEditorDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A medication needs a name.");
    bool ok = false;
    const std::optional<double> amount = parseAmount(m_doseAmount->text(), &ok);
    if (!ok || (amount && *amount <= 0))
        return tr("Enter the dose as a number more than zero, such as 1 or 2.5.");
    const QString scheduleProblem = m_schedule->problem();
    if (!scheduleProblem.isEmpty())
        return scheduleProblem;
    const QDate start = m_startDate->date();
    if (start.isValid() && m_original.stopDate.isValid() && start > m_original.stopDate)
        return tr("The start date is after the day it was stopped (%1).")
            .arg(QLocale().toString(m_original.stopDate, QLocale::ShortFormat));
    Medication candidate = medication();
    try {
        candidate.normalizeAndValidate();
    } catch (const RecordError& error) {
        return error.message();
    }
    return {};
}

bool MedicationEditorDialog::canAccept() const
{
    return problem().isEmpty();
}

void MedicationEditorDialog::validate()
{
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    showError(m_nameError, m_name, nameMissing && m_nameTouched ? tr("A medication needs a name.") : QString());
    bool ok = false;
    const std::optional<double> amount = parseAmount(m_doseAmount->text(), &ok);
    showError(m_doseError, m_doseAmount,
              !ok || (amount && *amount <= 0) ? tr("Enter the dose as a number more than zero, such as 1 or 2.5.")
                                              : QString());
    const QDate start = m_startDate->date();
    showError(m_startError, m_startDate,
              start.isValid() && m_original.stopDate.isValid() && start > m_original.stopDate
                  ? tr("The start date is after the day it was stopped (%1).")
                        .arg(QLocale().toString(m_original.stopDate, QLocale::ShortFormat))
                  : QString());
    // Whatever the fields above do not explain (the schedule explains itself) shows at the bottom.
    const QString why = problem();
    const bool explained = why.isEmpty() || nameMissing || !m_doseError->text().isEmpty()
        || !m_schedule->problem().isEmpty() || !m_startError->text().isEmpty();
    showError(m_saveError, nullptr, explained ? QString() : why);
    QPushButton* okButton = m_buttons->button(QDialogButtonBox::Ok);
    okButton->setEnabled(why.isEmpty());
    okButton->setToolTip(why);
}

void MedicationEditorDialog::proposeUnit()
{
    static const QHash<QString, const char*> units = {
        {QStringLiteral("tablet"), QT_TR_NOOP("tablet")},   {QStringLiteral("capsule"), QT_TR_NOOP("capsule")},
        {QStringLiteral("liquid"), QT_TR_NOOP("ml")},       {QStringLiteral("inhaler"), QT_TR_NOOP("puff")},
        {QStringLiteral("injection"), QT_TR_NOOP("ml")},    {QStringLiteral("patch"), QT_TR_NOOP("patch")},
        {QStringLiteral("drops"), QT_TR_NOOP("drop")},      {QStringLiteral("cream"), QT_TR_NOOP("application")},
    };
    const QString current = m_doseUnit->currentText().trimmed();
    if (!current.isEmpty() && current != m_proposedUnit)
        return;
    const auto found = units.constFind(m_form->currentData().toString());
    m_proposedUnit = found == units.constEnd() ? QString() : tr(*found);
    m_doseUnit->setCurrentText(m_proposedUnit);
    validate();
}

void MedicationEditorDialog::accept()
{
    m_nameTouched = true;
    validate();
    if (!canAccept())
        return;
    Medication m = medication();
    try {
        if (m.id == 0) {
            m_savedId = m_repository.add(m);
        } else {
            m_repository.update(m);
            m_savedId = m.id;
        }
    } catch (const RecordError& error) {
        showError(m_saveError, nullptr, error.message());
        return;
    } catch (const std::exception& error) {
        showError(m_saveError, nullptr,
                  tr("The medication could not be saved: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    QDialog::accept();
}

} // namespace carnet
