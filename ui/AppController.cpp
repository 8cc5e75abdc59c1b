#include "AppController.h"

#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "SessionLockWatcher.h"
#include "SharedRecordOpener.h"
#include "StartWindow.h"
#include "TrayIcon.h"
#include "UpcomingReminders.h"
#include "VaultSettings.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>

// Resources compiled into the static ui library are not registered on their own; Q_INIT_RESOURCE must be called
// from the global namespace.
static void initCarnetResources()
{
    Q_INIT_RESOURCE(carnet);
}

namespace carnet {

AppController::AppController(const QString& vaultFolder, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_folder(vaultFolder)
    , m_clock(clock)
    , m_autoLock(clock)
    , m_reminders(clock)
    , m_start(std::make_unique<StartWindow>(vaultFolder))
    , m_clipboard(new ClipboardGuard(this))
    , m_sessionWatcher(new SessionLockWatcher(this))
    , m_tray(nullptr)
{
    initCarnetResources();
    connect(m_start.get(), &StartWindow::unlocked, this, &AppController::openUnlocked);
    connect(m_start.get(), &StartWindow::pendingShareOpened, this, [this] { m_pendingShare.clear(); });
    connect(&m_autoLock, &AutoLock::lockRequested, this, &AppController::lock);
    connect(m_sessionWatcher, &SessionLockWatcher::screenLocked, this, [this] {
        if (m_vault && VaultSettings(m_vault->database()).boolValue(QLatin1String(VaultSettings::LockOnScreenLock), true))
            m_autoLock.lockNow(AutoLock::Reason::ScreenLocked);
    });
    connect(m_sessionWatcher, &SessionLockWatcher::aboutToSleep, this,
            [this] { m_autoLock.lockNow(AutoLock::Reason::Suspend); });
    qApp->installEventFilter(this);

    // Doses taken, appointments added and days turning over change what is due next.
    m_reminderRefresh.setInterval(15 * 60 * 1000);
    connect(&m_reminderRefresh, &QTimer::timeout, this, &AppController::refreshReminders);
    m_reminderRefresh.start();

    m_tray = new TrayIcon(this);
    connect(&m_reminders, &ReminderScheduler::reminderDue, m_tray, &TrayIcon::notify);
    connect(m_tray, &TrayIcon::lockRequested, this, [this] { m_autoLock.lockNow(AutoLock::Reason::Requested); });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        QWidget* window = m_main ? static_cast<QWidget*>(m_main) : static_cast<QWidget*>(m_start.get());
        window->show();
        window->raise();
        window->activateWindow();
    });
    connect(this, &AppController::unlockedChanged, m_tray, &TrayIcon::setUnlocked);
}

void AppController::refreshReminders()
{
    if (!m_vault)
        return;
    try {
        m_reminders.setReminders(UpcomingReminders::collect(m_vault->database(), m_clock));
    } catch (const std::exception&) {
        // Reminders are a convenience: a record that cannot be read here is reported where it is shown.
    }
}

AppController::~AppController()
{
    qApp->removeEventFilter(this);
    m_clipboard->clearIfOurs();
    delete m_main;
    m_vault.reset();
}

MainWindow* AppController::mainWindow() const
{
    return m_main;
}

void AppController::start()
{
    m_start->show();
}

void AppController::openUnlocked(std::shared_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    const VaultSettings settings(m_vault->database());
    m_autoLock.setDelaySeconds(
        settings.intValue(QLatin1String(VaultSettings::AutoLockSeconds), AutoLock::DefaultDelaySeconds));
    m_reminders.setEnabled(settings.boolValue(QLatin1String(VaultSettings::RemindersEnabled), true));
    refreshReminders();
    m_main = new MainWindow(m_vault, *m_clipboard, m_clock);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::lockRequested, this, [this] { m_autoLock.lockNow(AutoLock::Reason::Requested); });
    connect(m_main, &MainWindow::settingsChanged, this, [this] {
        m_autoLock.setDelaySeconds(VaultSettings(m_vault->database())
                                       .intValue(QLatin1String(VaultSettings::AutoLockSeconds), AutoLock::DefaultDelaySeconds));
    });
    // Closing the main window quits (after locking); the start window stays hidden so the app can end.
    connect(m_main, &QObject::destroyed, this, &AppController::lockForQuit);
    m_start->hide();
    m_main->show();
    m_autoLock.start();
    emit unlockedChanged(true);
    if (!m_pendingShare.isEmpty()) {
        const QString path = std::exchange(m_pendingShare, QString());
        m_start->setPendingShare({});
        // Once the main window is up; the share's window belongs to it and goes when the vault locks.
        QTimer::singleShot(0, m_main.data(), [this, path] { SharedRecordOpener::open(m_main, m_vault.get(), path); });
    }
}

void AppController::openShareAfterUnlock(const QString& path)
{
    if (m_vault && m_main) {
        SharedRecordOpener::open(m_main, m_vault.get(), path);
        return;
    }
    m_pendingShare = path;
    m_start->setPendingShare(path);
}

void AppController::closeVault()
{
    m_autoLock.stop();
    m_reminders.redactForLock();
    m_clipboard->clearIfOurs();
    // Every view and item model of the records lives under the main window: deleting it drops them all.
    if (m_main) {
        MainWindow* main = m_main;
        // A modal dialog runs its own event loop; end it before its window goes, so no record stays on screen.
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(window);
            for (QWidget* up = dialog ? dialog->parentWidget() : nullptr; up; up = up->parentWidget()) {
                if (up == main) {
                    dialog->reject();
                    break;
                }
            }
        }
        m_main = nullptr;
        disconnect(main, &QObject::destroyed, this, nullptr);
        delete main;
    }
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
}

void AppController::lockForQuit()
{
    m_main = nullptr; // already being destroyed
    closeVault();
    emit unlockedChanged(false);
}

void AppController::lock(AutoLock::Reason reason)
{
    const int delay = m_autoLock.delaySeconds();
    closeVault();
    QString text = AutoLock::describe(reason, delay);
    if (!m_unlockHint.isEmpty())
        text += QLatin1Char('\n') + m_unlockHint;
    m_start->setLockReason(text);
    m_start->prepareForUnlock();
    m_start->show();
    emit unlockedChanged(false);
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_autoLock.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace carnet
