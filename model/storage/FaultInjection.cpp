#include "FaultInjection.h"

#include "StorageError.h"
#include "SqliteApi.h"

#include <mutex>

namespace carnet {

namespace {
std::mutex g_hookMutex;
FaultInjection::Hook g_hook;

const char* operationName(FaultInjection::Operation operation)
{
    switch (operation) {
    case FaultInjection::Operation::DatabaseWrite:
        return "database write";
    case FaultInjection::Operation::FileWrite:
        return "file write";
    case FaultInjection::Operation::FileSync:
        return "file sync";
    case FaultInjection::Operation::FileRename:
        return "file rename";
    }
    return "storage operation";
}
} // namespace

void FaultInjection::setHook(Hook hook)
{
    std::lock_guard lock(g_hookMutex);
    g_hook = std::move(hook);
}

void FaultInjection::clearHook()
{
    std::lock_guard lock(g_hookMutex);
    g_hook = nullptr;
}

void FaultInjection::check(Operation operation, const QString& detail)
{
    Hook hook;
    {
        std::lock_guard lock(g_hookMutex);
        hook = g_hook;
    }
    if (!hook)
        return;
    const int code = hook(operation, detail);
    if (code != SQLITE_OK)
        throw StorageError(std::string(operationName(operation)) + " failed: " + sqlite3_errstr(code), code);
}

bool StorageError::isDiskFull() const
{
    return (m_sqliteCode & 0xff) == SQLITE_FULL;
}

bool StorageError::isNotADatabase() const
{
    return (m_sqliteCode & 0xff) == SQLITE_NOTADB;
}

bool StorageError::isBusy() const
{
    return (m_sqliteCode & 0xff) == SQLITE_BUSY || (m_sqliteCode & 0xff) == SQLITE_LOCKED;
}

} // namespace carnet
