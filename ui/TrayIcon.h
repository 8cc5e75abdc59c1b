#pragma once

#include <QObject>

class QAction;
class QSystemTrayIcon;

namespace carnet {

struct Reminder;

// Carnet's icon in the system tray: shows reminders as notifications and offers Show, Lock and Quit.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject* parent = nullptr);
    bool isAvailable() const;
    void setUnlocked(bool unlocked);
    void notify(const Reminder& reminder);

signals:
    void showRequested();
    void lockRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_tray;
    QAction* m_lock;
};

} // namespace carnet
