#pragma once

#include <QString>

#include <functional>

namespace carnet {

// The seam through which tests make storage fail: every write to a database or vault file asks it first.
class FaultInjection
{
public:
    enum class Operation { DatabaseWrite, FileWrite, FileSync, FileRename };

    // The hook returns 0 to let the operation go on, or an SQLite result code (e.g. SQLITE_FULL) to fail it.
    using Hook = std::function<int(Operation, const QString& detail)>;

    static void setHook(Hook hook);
    static void clearHook();
    // Throws StorageError when the hook asks for a failure.
    static void check(Operation operation, const QString& detail);
};

// Installs a hook for one scope, e.g. in a test.
class ScopedFault
{
public:
    explicit ScopedFault(FaultInjection::Hook hook) { FaultInjection::setHook(std::move(hook)); }
    ~ScopedFault() { FaultInjection::clearHook(); }
    ScopedFault(const ScopedFault&) = delete;
    ScopedFault& operator=(const ScopedFault&) = delete;
};

} // namespace carnet
