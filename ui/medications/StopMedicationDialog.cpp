#include "StopMedicationDialog.h"

#include "OptionalDateField.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

StopMedicationDialog::StopMedicationDialog(const Medication& medication, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(today, this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Stop %1").arg(medication.displayName()));
    auto* intro = new QLabel(tr("%1 moves to the past medications from the stop date on. Its doses and history "
                                "are kept.")
                                 .arg(medication.displayName()),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("stopDate"));
    m_date->setAccessibleName(tr("Stop date"));
    m_date->setToolTip(tr("The first day without this medication"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(OptionalDateField::displayFormat());
    // A medication cannot stop before it started; the repository would refuse it anyway.
    if (medication.startDate.isValid())
        m_date->setMinimumDate(medication.startDate);
    m_reason->setObjectName(QStringLiteral("stopReason"));
    m_reason->setAccessibleName(tr("Reason for stopping"));
    m_reason->setPlaceholderText(tr("e.g. finished the course, side effects"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Stopped on:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("S&top medication"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate StopMedicationDialog::stopDate() const
{
    return m_date->date();
}

QString StopMedicationDialog::reason() const
{
    return m_reason->text().trimmed();
}

void StopMedicationDialog::setStopDate(const QDate& date)
{
    m_date->setDate(date);
}

void StopMedicationDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

} // namespace carnet
