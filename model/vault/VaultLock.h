#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace carnet {

// Keeps one process per vault: an exclusive lock file in the vault folder, released when destroyed.
class VaultLock
{
public:
    static constexpr const char* FileName = "vault.lock";

    // Throws VaultError(InUse) when another live process holds the lock.
    explicit VaultLock(const QString& folder);
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace carnet
