#include "SettingsDialog.h"

#include "AutoLock.h"
#include "VaultSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace carnet {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_autoLock(new QSpinBox(this))
    , m_lockOnScreenLock(new QCheckBox(tr("Lock when the screen locks or the computer sleeps"), this))
    , m_reminders(new QCheckBox(tr("Remind me of doses and appointments while Carnet runs"), this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    const VaultSettings settings(m_db);
    auto* form = new QFormLayout(this);
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without activity"));
    m_autoLock->setValue(settings.intValue(QLatin1String(VaultSettings::AutoLockSeconds), AutoLock::DefaultDelaySeconds) / 60);
    form->addRow(tr("&Lock after inactivity:"), m_autoLock);
    m_lockOnScreenLock->setChecked(settings.boolValue(QLatin1String(VaultSettings::LockOnScreenLock), true));
    form->addRow(m_lockOnScreenLock);
    m_reminders->setChecked(settings.boolValue(QLatin1String(VaultSettings::RemindersEnabled), true));
    form->addRow(m_reminders);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("L&anguage (after restart):"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    VaultSettings settings(m_db);
    settings.setValue(QLatin1String(VaultSettings::AutoLockSeconds), m_autoLock->value() * 60);
    settings.setValue(QLatin1String(VaultSettings::LockOnScreenLock), m_lockOnScreenLock->isChecked());
    settings.setValue(QLatin1String(VaultSettings::RemindersEnabled), m_reminders->isChecked());
    // The language is needed before any vault is unlocked, so it is the one preference kept in QSettings.
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace carnet
