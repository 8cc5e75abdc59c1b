#include "StartWindow.h"

#include "VaultError.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carnet {

namespace {

SecretBytes takeSecret(QLineEdit* edit)
{
    SecretBytes secret = SecretBytes::fromUtf8(edit->text());
    edit->clear();
    return secret;
}

} // namespace

StartWindow::StartWindow(const QString& vaultFolder, QWidget* parent)
    : QWidget(parent)
    , m_folder(vaultFolder)
    , m_pages(new QStackedWidget(this))
    , m_reason(new QLabel(this))
    , m_error(new QLabel(this))
    , m_newPassphrase(new QLineEdit(this))
    , m_confirmPassphrase(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
{
    setWindowTitle(tr("Carnet"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h1>Carnet</h1><p>Your health record, encrypted on this computer.</p>"), this);
    layout->addWidget(title);
    auto* location = new QLabel(tr("Vault: %1").arg(QDir::toNativeSeparators(m_folder)), this);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(location);
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_error->setAccessibleName(tr("Error message"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_pages);
    layout->addStretch();

    // Create page
    auto* createPage = new QWidget(m_pages);
    auto* createForm = new QFormLayout(createPage);
    for (QLineEdit* edit : {m_newPassphrase, m_confirmPassphrase}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setParent(createPage);
    }
    m_newPassphrase->setAccessibleName(tr("New passphrase"));
    m_confirmPassphrase->setAccessibleName(tr("Repeat the passphrase"));
    createForm->addRow(new QLabel(tr("There is no vault yet. Choose a passphrase of at least %1 characters; "
                                     "a few unrelated words work well.")
                                      .arg(Vault::MinPassphraseLength),
                                  createPage));
    createForm->addRow(tr("&Passphrase:"), m_newPassphrase);
    createForm->addRow(tr("&Repeat:"), m_confirmPassphrase);
    auto* createButton = new QPushButton(tr("&Create vault"), createPage);
    createButton->setDefault(true);
    createForm->addRow(createButton);
    connect(createButton, &QPushButton::clicked, this, &StartWindow::createVault);
    connect(m_confirmPassphrase, &QLineEdit::returnPressed, this, &StartWindow::createVault);
    m_pages->addWidget(createPage);

    // Unlock page
    auto* unlockPage = new QWidget(m_pages);
    auto* unlockForm = new QFormLayout(unlockPage);
    m_passphrase->setParent(unlockPage);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    unlockForm->addRow(tr("&Passphrase:"), m_passphrase);
    auto* unlockButton = new QPushButton(tr("&Unlock"), unlockPage);
    unlockButton->setDefault(true);
    unlockForm->addRow(unlockButton);
    connect(unlockButton, &QPushButton::clicked, this, &StartWindow::unlockVault);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &StartWindow::unlockVault);
    m_pages->addWidget(unlockPage);

    if (Vault::exists(m_folder))
        showUnlock();
    else
        showCreate();
    resize(520, 360);
}

void StartWindow::setLockReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void StartWindow::showCreate()
{
    m_pages->setCurrentIndex(0);
    m_newPassphrase->setFocus();
}

void StartWindow::showUnlock()
{
    m_pages->setCurrentIndex(1);
    m_passphrase->setFocus();
}

void StartWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StartWindow::createVault()
{
    if (m_newPassphrase->text() != m_confirmPassphrase->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    try {
        m_confirmPassphrase->clear();
        Vault::Created created = Vault::create(m_folder, takeSecret(m_newPassphrase),
                                               PassphraseKdf::profile(PassphraseKdf::Profile::Moderate));
        QMessageBox::information(this, tr("Your recovery code"),
                                 tr("<p>Write this recovery code down and keep it apart from this computer. It opens "
                                    "the vault if you forget the passphrase, and it is shown only now.</p>"
                                    "<p style='font-family: monospace; font-size: large'>%1</p>")
                                     .arg(created.recoveryCode));
        showError({});
        emit unlocked(std::shared_ptr<Vault>(std::move(created.vault)));
    } catch (const VaultError& error) {
        showError(error.message());
    }
}

void StartWindow::unlockVault()
{
    try {
        auto vault = Vault::unlock(m_folder, takeSecret(m_passphrase));
        showError({});
        emit unlocked(std::shared_ptr<Vault>(std::move(vault)));
    } catch (const VaultError& error) {
        showError(error.message());
        m_passphrase->setFocus();
    }
}

} // namespace carnet
