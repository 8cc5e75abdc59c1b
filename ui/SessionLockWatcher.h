#pragma once

#include <QObject>

namespace carnet {

// Listens on D-Bus (Linux, where available) for the desktop session locking and the machine preparing to sleep.
class SessionLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SessionLockWatcher(QObject* parent = nullptr);
    bool isWatching() const { return m_watching; }

signals:
    void screenLocked();
    void aboutToSleep();

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool starting);
    void onSessionLock();

private:
    bool m_watching = false;
};

} // namespace carnet
