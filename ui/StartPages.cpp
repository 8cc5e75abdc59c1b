#include "StartPages.h"

#include "PassphraseStrengthMeter.h"
#include "Vault.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace carnet {

namespace {

QLineEdit* secretField(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

CreateVaultPage::CreateVaultPage(QWidget* parent)
    : QWidget(parent)
    , m_passphrase(secretField(this, tr("New passphrase")))
    , m_repeat(secretField(this, tr("Repeat the passphrase")))
    , m_meter(new PassphraseStrengthMeter(m_passphrase, this))
    , m_create(new QPushButton(tr("&Create vault"), this))
{
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("There is no vault here yet. Choose a passphrase of at least %1 characters: "
                                "a few unrelated words are easy to remember and hard to guess.")
                                 .arg(Vault::MinPassphraseLength),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_create->setDefault(true);
    form->addRow(m_create);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::createRequested);
    connect(m_repeat, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateVaultPage::updateEnabled);
    connect(m_repeat, &QLineEdit::textChanged, this, &CreateVaultPage::updateEnabled);
    setFocusProxy(m_passphrase);
    updateEnabled();
}

void CreateVaultPage::updateEnabled()
{
    m_create->setEnabled(m_meter->isAcceptable() && !m_repeat->text().isEmpty());
}

void CreateVaultPage::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_repeat)})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating… (this takes a few seconds)") : tr("&Create vault"));
    if (!busy)
        updateEnabled();
}

void CreateVaultPage::clearFields()
{
    m_passphrase->clear();
    m_repeat->clear();
}

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
    , m_passphrase(secretField(this, tr("Passphrase")))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_useCode(new QPushButton(tr("Forgot it? Use the &recovery code…"), this))
{
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* buttons = new QHBoxLayout;
    m_unlock->setDefault(true);
    m_useCode->setFlat(true);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_useCode);
    buttons->addStretch();
    form->addRow(buttons);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlockRequested);
    connect(m_passphrase, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_useCode, &QPushButton::clicked, this, &UnlockPage::recoveryRequested);
    setFocusProxy(m_passphrase);
}

void UnlockPage::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_useCode->setEnabled(!busy);
    m_unlock->setText(busy ? tr("Unlocking…") : tr("&Unlock"));
}

RecoverPage::RecoverPage(QWidget* parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_passphrase(secretField(this, tr("New passphrase")))
    , m_repeat(secretField(this, tr("Repeat the new passphrase")))
    , m_meter(new PassphraseStrengthMeter(m_passphrase, this))
    , m_recover(new QPushButton(tr("&Open and set the new passphrase"), this))
{
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Type the recovery code you wrote down when the vault was created, and choose a "
                                "new passphrase. The code can be used once; Carnet then shows you a new one."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("New &passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("&Back"), this);
    buttons->addWidget(m_recover);
    buttons->addWidget(cancel);
    buttons->addStretch();
    form->addRow(buttons);
    connect(m_recover, &QPushButton::clicked, this, &RecoverPage::recoverRequested);
    connect(cancel, &QPushButton::clicked, this, &RecoverPage::cancelled);
    for (QLineEdit* edit : {m_code, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &RecoverPage::updateEnabled);
    setFocusProxy(m_code);
    updateEnabled();
}

void RecoverPage::updateEnabled()
{
    m_recover->setEnabled(!m_code->text().trimmed().isEmpty() && m_meter->isAcceptable() && !m_repeat->text().isEmpty());
}

void RecoverPage::setBusy(bool busy)
{
    for (QLineEdit* edit : {m_code, m_passphrase, m_repeat})
        edit->setEnabled(!busy);
    m_recover->setEnabled(!busy);
    if (!busy)
        updateEnabled();
}

void RecoverPage::clearFields()
{
    m_code->clear();
    m_passphrase->clear();
    m_repeat->clear();
}

} // namespace carnet
