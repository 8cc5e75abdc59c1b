#include "TrayIcon.h"

#include "ReminderScheduler.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace carnet {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/carnet.svg")), this))
    , m_lock(nullptr)
{
    auto* menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    QAction* show = menu->addAction(tr("&Show Carnet"));
    m_lock = menu->addAction(tr("&Lock"));
    menu->addSeparator();
    QAction* quit = menu->addAction(tr("&Quit"));
    connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_lock, &QAction::triggered, this, &TrayIcon::lockRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit showRequested();
    });
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("Carnet"));
    setUnlocked(false);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setUnlocked(bool unlocked)
{
    m_lock->setEnabled(unlocked);
    m_tray->setToolTip(unlocked ? tr("Carnet — unlocked") : tr("Carnet — locked"));
}

void TrayIcon::notify(const Reminder& reminder)
{
    if (QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(reminder.title, reminder.detail, QSystemTrayIcon::Information, 30 * 1000);
}

} // namespace carnet
