#include "VaultLock.h"

#include "VaultError.h"

#include <QCoreApplication>
#include <QDir>

namespace carnet {

VaultLock::VaultLock(const QString& folder)
    : m_lock(std::make_unique<QLockFile>(QDir(folder).filePath(QLatin1String(FileName))))
{
    // A lock never goes stale by age: QLockFile still reclaims it when the holder's PID is gone.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        throw VaultError(VaultError::Kind::InUse,
                         QCoreApplication::translate("VaultLock",
                                                     "The vault is in use by another Carnet process (PID %1). "
                                                     "Close it there first.")
                             .arg(pid));
    }
    case QLockFile::PermissionError:
        throw VaultError(VaultError::Kind::Other,
                         QCoreApplication::translate("VaultLock", "Cannot create the lock file in %1: permission denied.")
                             .arg(QDir::toNativeSeparators(folder)));
    default:
        throw VaultError(VaultError::Kind::Other,
                         QCoreApplication::translate("VaultLock", "Cannot lock the vault in %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
}

VaultLock::~VaultLock()
{
    m_lock->unlock();
}

} // namespace carnet
