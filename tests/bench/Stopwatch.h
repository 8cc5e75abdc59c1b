#pragma once

#include <QElapsedTimer>
#include <ctime>

namespace carnet::bench {

// Wall-clock and CPU time since start(), in milliseconds. CPU time shows what the work itself cost when other
// processes share the machine; wall time is what a user waits, fsyncs included.
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpuStart = cpuNow();
    }

    double wallMs() const { return static_cast<double>(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return (cpuNow() - m_cpuStart) * 1e3; }

private:
    static double cpuNow()
    {
        timespec now {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    }

    QElapsedTimer m_wall;
    double m_cpuStart = 0.0;
};

} // namespace carnet::bench
