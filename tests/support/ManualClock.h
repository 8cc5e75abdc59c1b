#pragma once

#include "Clock.h"

namespace carnet::testsupport {

// A clock that moves only when the test says so.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0)))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advanceSeconds(int seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& when) { m_now = when; }

private:
    QDateTime m_now;
};

} // namespace carnet::testsupport
