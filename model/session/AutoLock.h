#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace carnet {

// Decides when an unlocked vault locks itself: after a delay without user activity, or at once when the session
// locks or the machine suspends. The UI reports activity; this class owns the timing so it can be tested.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, ScreenLocked, Suspend, Requested };
    static constexpr int DefaultDelaySeconds = 5 * 60;

    explicit AutoLock(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // 0 turns idle locking off.
    void setDelaySeconds(int seconds);
    int delaySeconds() const { return m_delaySeconds; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Called on any user input in the app.
    void noteActivity();
    // Checks the clock now (the timer calls this; tests call it after moving their clock).
    void check();
    // The session locked, the machine goes to sleep, or the user asked.
    void lockNow(Reason reason);

    static QString describe(Reason reason, int delaySeconds);

signals:
    void lockRequested(carnet::AutoLock::Reason reason);

private:
    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_delaySeconds = DefaultDelaySeconds;
    bool m_running = false;
};

} // namespace carnet
