#pragma once

#include <QtGlobal>

namespace carnet::bench {

// What this process has taken from the system, as Linux reports it in /proc/self/status.
class ProcessMemory
{
public:
    // VmHWM: the most resident memory the process has had so far, in KiB; -1 where there is no /proc.
    static qint64 peakResidentKiB();
    // VmRSS: resident memory now, in KiB; -1 where there is no /proc.
    static qint64 residentKiB();
    // Sets VmHWM back to the current VmRSS (Linux 4.0+, /proc/self/clear_refs), so the next peak read covers only
    // what follows; false where that is not possible.
    static bool resetPeak();
};

} // namespace carnet::bench
