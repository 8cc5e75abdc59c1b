#pragma once

#include "AutoLock.h"
#include "ReminderScheduler.h"
#include "Vault.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace carnet {

class ClipboardGuard;
class MainWindow;
class SessionLockWatcher;
class StartWindow;
class TrayIcon;

// Runs the app's life cycle: start window, unlock, main window, and locking (on request, idle, screen lock),
// which destroys every record view and closes the vault.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const QString& vaultFolder, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AppController() override;

    void start();

    StartWindow* startWindow() const { return m_start.get(); }
    MainWindow* mainWindow() const;
    Vault* vault() const { return m_vault.get(); }
    AutoLock& autoLock() { return m_autoLock; }
    ClipboardGuard& clipboard() { return *m_clipboard; }
    ReminderScheduler& reminders() { return m_reminders; }

    void lock(AutoLock::Reason reason);
    // Locks without showing the start window again: the app is quitting.
    void lockForQuit();

    // Opens an already unlocked vault (the demo vault, tests).
    void openUnlocked(std::shared_ptr<Vault> vault);
    // A .carnet-share given on the command line: opened once the vault is unlocked (at once when it is). The start
    // window says so and offers opening it now with its passphrase (which drops it from here).
    void openShareAfterUnlock(const QString& path);
    const QString& pendingShare() const { return m_pendingShare; }

    // A line added under the lock reason, e.g. the demo vault's passphrase.
    void setUnlockHint(const QString& hint) { m_unlockHint = hint; }

signals:
    void unlockedChanged(bool unlocked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void closeVault();
    void refreshReminders();

    QString m_folder;
    QString m_unlockHint;
    QString m_pendingShare;
    const Clock& m_clock;
    AutoLock m_autoLock;
    ReminderScheduler m_reminders;
    QTimer m_reminderRefresh;
    std::unique_ptr<StartWindow> m_start;
    QPointer<MainWindow> m_main;
    std::shared_ptr<Vault> m_vault;
    ClipboardGuard* m_clipboard;
    SessionLockWatcher* m_sessionWatcher;
    TrayIcon* m_tray;
};

} // namespace carnet
