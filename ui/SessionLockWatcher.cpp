#include "SessionLockWatcher.h"

#ifdef CARNET_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace carnet {

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef CARNET_HAVE_DBUS
    // QDBusConnection::connect names the receiving slot by string: that is D-Bus's API, not a Qt signal connection.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        m_watching |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                      QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                                      this, SLOT(onScreenSaverActiveChanged(bool)));
        m_watching |= session.connect(QString(), QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                                      QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_watching |= system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                     QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                                     this, SLOT(onPrepareForSleep(bool)));
        m_watching |= system.connect(QStringLiteral("org.freedesktop.login1"), QString(),
                                     QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                                     SLOT(onSessionLock()));
    }
#endif
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit screenLocked();
}

void SessionLockWatcher::onPrepareForSleep(bool starting)
{
    if (starting)
        emit aboutToSleep();
}

void SessionLockWatcher::onSessionLock()
{
    emit screenLocked();
}

} // namespace carnet
