#pragma once

namespace carnet {

// Process-wide protections applied before any secret is touched: no core dumps, not ptrace-able by peers.
class ProcessHardening
{
public:
    // Returns false if any protection could not be applied (the caller may warn but should continue).
    static bool disableCoreDumps();
    static bool isCoreDumpDisabled();
};

} // namespace carnet
