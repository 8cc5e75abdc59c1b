#pragma once

#include "Vault.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace carnet {

// The first screen: creates the vault at its folder, or unlocks it with the passphrase or the recovery code.
class StartWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartWindow(const QString& vaultFolder, QWidget* parent = nullptr);

    // Shown above the passphrase field, e.g. "Locked after 5 minutes without activity."
    void setLockReason(const QString& reason);

signals:
    void unlocked(std::shared_ptr<carnet::Vault> vault);

private:
    void showCreate();
    void showUnlock();
    void createVault();
    void unlockVault();
    void showError(const QString& message);

    QString m_folder;
    QStackedWidget* m_pages;
    QLabel* m_reason;
    QLabel* m_error;
    QLineEdit* m_newPassphrase;
    QLineEdit* m_confirmPassphrase;
    QLineEdit* m_passphrase;
};

} // namespace carnet
