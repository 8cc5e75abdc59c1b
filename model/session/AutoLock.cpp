#include "AutoLock.h"

namespace carnet {

AutoLock::AutoLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Coarse polling keeps the check independent of timer drift and of time spent suspended.
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
}

void AutoLock::setDelaySeconds(int seconds)
{
    m_delaySeconds = qMax(0, seconds);
}

void AutoLock::start()
{
    m_running = true;
    m_lastActivity = m_clock.now();
    m_timer.start();
}

void AutoLock::stop()
{
    m_running = false;
    m_timer.stop();
}

void AutoLock::noteActivity()
{
    if (m_running)
        m_lastActivity = m_clock.now();
}

void AutoLock::check()
{
    if (!m_running || m_delaySeconds == 0)
        return;
    if (m_lastActivity.secsTo(m_clock.now()) >= m_delaySeconds)
        lockNow(Reason::Idle);
}

void AutoLock::lockNow(Reason reason)
{
    if (!m_running)
        return;
    stop();
    emit lockRequested(reason);
}

QString AutoLock::describe(Reason reason, int delaySeconds)
{
    switch (reason) {
    case Reason::Idle: {
        const bool minutes = delaySeconds % 60 == 0;
        const char* text = minutes ? QT_TRANSLATE_N_NOOP("AutoLock", "Locked after %n minute(s) without activity.")
                                   : QT_TRANSLATE_N_NOOP("AutoLock", "Locked after %n second(s) without activity.");
        return QCoreApplication::translate("AutoLock", text, nullptr, minutes ? delaySeconds / 60 : delaySeconds);
    }
    case Reason::ScreenLocked:
        return QCoreApplication::translate("AutoLock", "Locked because the screen was locked.");
    case Reason::Suspend:
        return QCoreApplication::translate("AutoLock", "Locked because the computer went to sleep.");
    case Reason::Requested:
        return QCoreApplication::translate("AutoLock", "Locked on request.");
    }
    return {};
}

} // namespace carnet
