#pragma once

#include "Vault.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace carnet {

class CreateVaultPage;
class RecoverPage;
class UnlockPage;

// The first screen: creates the vault, or unlocks it with the passphrase or the recovery code. Key derivation
// runs off the UI thread.
class StartWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartWindow(const QString& vaultFolder, QWidget* parent = nullptr);

    const QString& vaultFolder() const { return m_folder; }
    void setVaultFolder(const QString& folder);
    // Shown above the passphrase field, e.g. "Locked after 5 minutes without activity."
    void setLockReason(const QString& reason);
    QString lockReason() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    void prepareForUnlock();

    // A .carnet-share to open once the vault is unlocked (given on the command line); empty hides the notice. The
    // notice offers opening it now with its one-time passphrase, unless the file is locked to a vault's key.
    void setPendingShare(const QString& path);
    QString pendingShareText() const;
    QPushButton* openPendingShareButton() const { return m_openPendingShare; }

    // For tests and the demo: the KDF strength used for new vaults (default: moderate, calibrated).
    void setNewVaultKdf(const KdfParams& params) { m_newVaultKdf = params; }

    CreateVaultPage* createPage() const { return m_create; }
    QComboBox* recentVaults() const { return m_recent; }
    UnlockPage* unlockPage() const { return m_unlock; }
    RecoverPage* recoverPage() const { return m_recover; }

signals:
    void unlocked(std::shared_ptr<carnet::Vault> vault);
    // The pending share was opened with its passphrase from here: there is no need to open it after unlocking.
    void pendingShareOpened();

private:
    void showPageForFolder();
    void createVault();
    void unlockVault();
    void recoverVault();
    void chooseOtherVault();
    void fillRecent();
    void openSharedRecord();
    void openPendingShare();
    void setBusy(bool busy);
    void showError(const QString& message);
    void handleFailure(std::exception_ptr error);

    QString m_folder;
    KdfParams m_newVaultKdf;
    bool m_busy = false;
    QLabel* m_location;
    QComboBox* m_recent;
    QLabel* m_reason;
    QLabel* m_error;
    QLabel* m_pendingShare;
    QPushButton* m_openPendingShare;
    QString m_pendingSharePath;
    QStackedWidget* m_pages;
    CreateVaultPage* m_create;
    UnlockPage* m_unlock;
    RecoverPage* m_recover;
};

} // namespace carnet
