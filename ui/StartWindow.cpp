#include "StartWindow.h"

#include "RecentVaults.h"

#include "BackgroundTask.h"
#include "DialogSeams.h"
#include "RecoveryCodeDialog.h"
#include "SharePackageProbe.h"
#include "SharedRecordOpener.h"
#include "StartPages.h"
#include "VaultError.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QComboBox>
#include <QSettings>
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

struct RecoveredVault
{
    std::shared_ptr<Vault> vault;
    QString newCode;
};

} // namespace

StartWindow::StartWindow(const QString& vaultFolder, QWidget* parent)
    : QWidget(parent)
    , m_folder(vaultFolder)
    , m_newVaultKdf(PassphraseKdf::profile(PassphraseKdf::Profile::Moderate))
    , m_location(new QLabel(this))
    , m_recent(new QComboBox(this))
    , m_reason(new QLabel(this))
    , m_error(new QLabel(this))
    , m_pendingShare(new QLabel(this))
    , m_openPendingShare(new QPushButton(tr("Open it &now with its passphrase…"), this))
    , m_pages(new QStackedWidget(this))
    , m_create(new CreateVaultPage(m_pages))
    , m_unlock(new UnlockPage(m_pages))
    , m_recover(new RecoverPage(m_pages))
{
    setWindowTitle(tr("Carnet"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h1>Carnet</h1><p>Your health record, encrypted on this computer.</p>"), this));
    auto* locationRow = new QHBoxLayout;
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    auto* other = new QPushButton(tr("&Open another vault…"), this);
    m_recent->setAccessibleName(tr("Recent vaults"));
    m_recent->setToolTip(tr("Vaults opened on this computer"));
    auto* shared = new QPushButton(tr("Open a &shared record…"), this);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_recent);
    locationRow->addWidget(other);
    locationRow->addWidget(shared);
    layout->addLayout(locationRow);
    auto* pendingRow = new QHBoxLayout;
    m_pendingShare->setWordWrap(true);
    m_pendingShare->setTextFormat(Qt::PlainText);
    m_pendingShare->setAccessibleName(tr("Shared record to open"));
    QFont pendingFont = m_pendingShare->font();
    pendingFont.setBold(true);
    m_pendingShare->setFont(pendingFont);
    m_openPendingShare->setAccessibleName(tr("Open the shared record now with its passphrase"));
    m_openPendingShare->setToolTip(tr("A share locked with a one-time passphrase opens without unlocking your vault; "
                                      "to keep it, unlock first."));
    pendingRow->addWidget(m_pendingShare, 1);
    pendingRow->addWidget(m_openPendingShare);
    layout->addLayout(pendingRow);
    m_pendingShare->hide();
    m_openPendingShare->hide();
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why the vault is locked"));
    m_reason->hide();
    layout->addWidget(m_reason);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error message"));
    m_error->setForegroundRole(QPalette::Highlight);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    layout->addWidget(m_error);
    m_pages->addWidget(m_create);
    m_pages->addWidget(m_unlock);
    m_pages->addWidget(m_recover);
    layout->addWidget(m_pages);
    layout->addStretch();

    connect(m_create, &CreateVaultPage::createRequested, this, &StartWindow::createVault);
    connect(m_unlock, &UnlockPage::unlockRequested, this, &StartWindow::unlockVault);
    connect(m_unlock, &UnlockPage::recoveryRequested, this, [this] {
        showError({});
        m_pages->setCurrentWidget(m_recover);
        m_recover->setFocus();
    });
    connect(m_recover, &RecoverPage::recoverRequested, this, &StartWindow::recoverVault);
    connect(m_recover, &RecoverPage::cancelled, this, &StartWindow::prepareForUnlock);
    connect(other, &QPushButton::clicked, this, &StartWindow::chooseOtherVault);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString folder = m_recent->itemData(index).toString();
        if (!folder.isEmpty() && folder != m_folder)
            setVaultFolder(folder);
    });
    connect(shared, &QPushButton::clicked, this, &StartWindow::openSharedRecord);
    connect(m_openPendingShare, &QPushButton::clicked, this, &StartWindow::openPendingShare);
    setVaultFolder(vaultFolder);
    resize(620, 420);
}

void StartWindow::setVaultFolder(const QString& folder)
{
    m_folder = folder;
    m_location->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(folder)));
    fillRecent();
    showError({});
    showPageForFolder();
}

void StartWindow::showPageForFolder()
{
    QWidget* page = Vault::exists(m_folder) ? static_cast<QWidget*>(m_unlock) : static_cast<QWidget*>(m_create);
    m_pages->setCurrentWidget(page);
    page->setFocus();
}

void StartWindow::prepareForUnlock()
{
    setBusy(false);
    m_unlock->passphraseField()->clear();
    m_recover->clearFields();
    showPageForFolder();
}

void StartWindow::setLockReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString StartWindow::lockReason() const
{
    return m_reason->isVisibleTo(this) ? m_reason->text() : QString();
}

QString StartWindow::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void StartWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StartWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setBusy(busy);
    m_unlock->setBusy(busy);
    m_recover->setBusy(busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else if (QApplication::overrideCursor())
        QApplication::restoreOverrideCursor();
}

void StartWindow::handleFailure(std::exception_ptr error)
{
    setBusy(false);
    try {
        std::rethrow_exception(error);
    } catch (const VaultError& vaultError) {
        showError(vaultError.message());
    } catch (const std::exception& other) {
        showError(tr("Something went wrong: %1").arg(QString::fromStdString(other.what())));
    }
    m_pages->currentWidget()->setFocus();
}

void StartWindow::createVault()
{
    if (m_create->passphraseField()->text() != m_create->repeatField()->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    auto passphrase = std::make_shared<SecretBytes>(takeSecret(m_create->passphraseField()));
    m_create->repeatField()->clear();
    showError({});
    setBusy(true);
    const QString folder = m_folder;
    const KdfParams kdf = m_newVaultKdf;
    BackgroundTask<std::shared_ptr<Vault::Created>>::run(
        this,
        [folder, passphrase, kdf] {
            const KdfParams tuned = kdf == PassphraseKdf::profile(PassphraseKdf::Profile::Moderate)
                                        ? PassphraseKdf::calibrate(kdf, 1000)
                                        : kdf;
            return std::make_shared<Vault::Created>(Vault::create(folder, *passphrase, tuned));
        },
        [this](std::shared_ptr<Vault::Created> created) {
            setBusy(false);
            RecoveryCodeDialog dialog(created->recoveryCode, this);
            dialog.exec();
            RecentVaults::remember(m_folder);
            emit unlocked(std::shared_ptr<Vault>(std::move(created->vault)));
        },
        [this](std::exception_ptr error) { handleFailure(error); });
}

void StartWindow::unlockVault()
{
    auto passphrase = std::make_shared<SecretBytes>(takeSecret(m_unlock->passphraseField()));
    showError({});
    setBusy(true);
    const QString folder = m_folder;
    BackgroundTask<std::shared_ptr<Vault>>::run(
        this, [folder, passphrase] { return std::shared_ptr<Vault>(Vault::unlock(folder, *passphrase)); },
        [this](std::shared_ptr<Vault> vault) {
            setBusy(false);
            setLockReason({});
            RecentVaults::remember(m_folder);
            emit unlocked(std::move(vault));
        },
        [this](std::exception_ptr error) { handleFailure(error); });
}

void StartWindow::recoverVault()
{
    if (m_recover->passphraseField()->text() != m_recover->repeatField()->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    const QString code = m_recover->codeField()->text();
    auto passphrase = std::make_shared<SecretBytes>(takeSecret(m_recover->passphraseField()));
    m_recover->repeatField()->clear();
    showError({});
    setBusy(true);
    const QString folder = m_folder;
    BackgroundTask<std::shared_ptr<RecoveredVault>>::run(
        this,
        [folder, code, passphrase] {
            auto result = std::make_shared<RecoveredVault>();
            result->vault = Vault::unlockWithRecoveryCode(folder, code);
            result->newCode = result->vault->completeRecovery(*passphrase, PassphraseKdf::profile(PassphraseKdf::Profile::Moderate));
            return result;
        },
        [this](std::shared_ptr<RecoveredVault> result) {
            setBusy(false);
            m_recover->clearFields();
            RecoveryCodeDialog dialog(result->newCode, this);
            dialog.exec();
            RecentVaults::remember(m_folder);
            emit unlocked(std::move(result->vault));
        },
        [this](std::exception_ptr error) { handleFailure(error); });
}

void StartWindow::fillRecent()
{
    const QSignalBlocker blocker(m_recent);
    m_recent->clear();
    QStringList folders = RecentVaults::list();
    if (!folders.contains(m_folder))
        folders.prepend(m_folder);
    for (const QString& folder : folders)
        m_recent->addItem(QDir::toNativeSeparators(folder), folder);
    m_recent->setCurrentIndex(m_recent->findData(m_folder));
    // One vault needs no choice.
    m_recent->setVisible(folders.size() > 1);
}

void StartWindow::chooseOtherVault()
{
    const QString folder = FileDialogSeam::existingDirectory(this, tr("Choose the vault folder (or an empty folder for a new vault)"));
    if (!folder.isEmpty())
        setVaultFolder(folder);
}

void StartWindow::openSharedRecord()
{
    // Without a vault only a share locked with a one-time passphrase opens; the opener says so for one locked to a
    // vault's key.
    SharedRecordOpener::open(this, nullptr);
}

void StartWindow::setPendingShare(const QString& path)
{
    m_pendingSharePath = path;
    const bool pending = !path.isEmpty();
    m_pendingShare->setVisible(pending);
    m_openPendingShare->setVisible(pending && SharePackageProbe::lockOf(path) != SharePackageProbe::Lock::Keys);
    m_pendingShare->setText(pending ? tr("After you unlock, Carnet will open %1.").arg(QFileInfo(path).fileName())
                                    : QString());
}

QString StartWindow::pendingShareText() const
{
    return m_pendingShare->isVisibleTo(this) ? m_pendingShare->text() : QString();
}

void StartWindow::openPendingShare()
{
    SharedRecordOpener* opener = SharedRecordOpener::open(this, nullptr, m_pendingSharePath);
    if (!opener)
        return;
    connect(opener, &SharedRecordOpener::shown, this, [this] {
        setPendingShare({});
        emit pendingShareOpened();
    });
}

} // namespace carnet
