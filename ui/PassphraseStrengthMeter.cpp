#include "PassphraseStrengthMeter.h"

#include "PassphraseStrength.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace carnet {

PassphraseStrengthMeter::PassphraseStrengthMeter(QLineEdit* field, QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 5);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    connect(field, &QLineEdit::textChanged, this, &PassphraseStrengthMeter::update);
    update(field->text());
}

QString PassphraseStrengthMeter::labelText() const
{
    return m_label->text();
}

void PassphraseStrengthMeter::update(const QString& text)
{
    const auto estimate = PassphraseStrength::estimate(text, {QStringLiteral("carnet")});
    m_bar->setValue(static_cast<int>(estimate.level));
    m_bar->setAccessibleDescription(estimate.label);
    m_label->setText(estimate.advice.isEmpty() ? estimate.label : estimate.label + QStringLiteral(" — ") + estimate.advice);
    if (estimate.acceptable != m_acceptable) {
        m_acceptable = estimate.acceptable;
        emit acceptableChanged(m_acceptable);
    }
}

} // namespace carnet
