#include "ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace carnet {

bool ProcessHardening::disableCoreDumps()
{
#ifdef Q_OS_UNIX
    bool ok = true;
    // Lowering the hard limit too means nothing later in the process can raise it again.
    const rlimit noCore {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        ok = false;
    }
#ifdef __linux__
    // Non-dumpable also keeps same-user processes from ptrace-attaching or reading /proc/<pid>/mem,
    // and covers core_pattern pipes, which ignore RLIMIT_CORE.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
    }
#endif
    return ok;
#else
    // Windows writes no core files by default; crash dumps through WER are a system policy we cannot set here.
    return true;
#endif
}

bool ProcessHardening::isCoreDumpDisabled()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0) {
        return false;
    }
#ifdef __linux__
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return false;
    }
#endif
    return true;
#else
    return true;
#endif
}

} // namespace carnet
