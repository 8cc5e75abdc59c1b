#include "MedicationDoseDialog.h"

#include "OptionalDateField.h"
#include "MedicationRepository.h"
#include "MedicationStatusColours.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

MedicationDoseDialog::MedicationDoseDialog(const Medication& medication, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_at(new QDateTimeEdit(now, this))
    , m_amount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Take %1").arg(medication.displayName()));
    auto* intro = new QLabel(medication.schedule.isAsNeeded()
                                 ? tr("Record a dose of %1, taken as needed.").arg(medication.displayName())
                                 : tr("Record an extra dose of %1, outside its schedule (%2).")
                                       .arg(medication.displayName(), medication.schedule.describe()),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_at->setObjectName(QStringLiteral("takenAt"));
    m_at->setAccessibleName(tr("Taken at"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(OptionalDateField::displayFormat() + QLatin1Char(' ')
                           + OptionalDateField::timeFormat());
    m_at->setMaximumDateTime(now.addSecs(MedicationRepository::MaxMinutesAhead * 60));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    if (medication.doseAmount)
        m_amount->setText(QLocale().toString(*medication.doseAmount, 'g', 6));
    m_amount->setPlaceholderText(medication.doseUnit.isEmpty() ? tr("e.g. 1") : medication.doseUnit);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, e.g. headache"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, MedicationStatusColours::attention(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* amountRow = new QWidget(this);
    auto* amountColumn = new QVBoxLayout(amountRow);
    amountColumn->setContentsMargins(0, 0, 0, 0);
    auto* amountLayout = new QHBoxLayout;
    amountColumn->addLayout(amountLayout);
    amountColumn->addWidget(m_error);
    amountLayout->addWidget(m_amount, 1);
    if (!medication.doseUnit.isEmpty()) {
        auto* unit = new QLabel(medication.doseUnit, amountRow);
        unit->setTextFormat(Qt::PlainText);
        amountLayout->addWidget(unit);
    }
    amountRow->setFocusProxy(m_amount);

    auto* form = new QFormLayout;
    form->addRow(tr("&Taken at:"), m_at);
    form->addRow(tr("&Amount:"), amountRow);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Record dose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &MedicationDoseDialog::validate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
}

QDateTime MedicationDoseDialog::takenAt() const
{
    return m_at->dateTime();
}

std::optional<double> MedicationDoseDialog::amount() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::optional<double>(-1.0);
}

QString MedicationDoseDialog::note() const
{
    return m_note->text().trimmed();
}

bool MedicationDoseDialog::canAccept() const
{
    const std::optional<double> value = amount();
    return !value || *value > 0;
}

void MedicationDoseDialog::validate()
{
    const bool ok = canAccept();
    m_error->setText(ok ? QString() : tr("Enter the amount as a number more than zero, or leave it empty."));
    m_error->setVisible(!ok);
    m_amount->setAccessibleDescription(m_error->text());
    m_ok->setEnabled(ok);
}

} // namespace carnet
