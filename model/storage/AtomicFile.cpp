#include "AtomicFile.h"

#include "FaultInjection.h"
#include "SqliteApi.h"
#include "StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace carnet {

namespace {

[[noreturn]] void fail(const QString& what, const QFileDevice& file)
{
    const bool full = file.error() == QFileDevice::ResourceError || errno == ENOSPC;
    throw StorageError((what + QStringLiteral(": ") + file.errorString()).toStdString(), full ? SQLITE_FULL : SQLITE_IOERR);
}

void writeWhole(const QString& path, const QByteArray& content)
{
    FaultInjection::check(FaultInjection::Operation::FileWrite, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path), file);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size())
        fail(QStringLiteral("cannot write %1").arg(path), file);
    if (!file.flush())
        fail(QStringLiteral("cannot write %1").arg(path), file);
    FaultInjection::check(FaultInjection::Operation::FileSync, path);
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        file.cancelWriting();
        throw StorageError(("cannot sync " + path).toStdString(), SQLITE_IOERR_FSYNC);
    }
#endif
    FaultInjection::check(FaultInjection::Operation::FileRename, path);
    if (!file.commit())
        fail(QStringLiteral("cannot replace %1").arg(path), file);
}

} // namespace

void AtomicFile::write(const QString& path, const QByteArray& content, const QString& backupSuffix)
{
    if (!backupSuffix.isEmpty() && QFileInfo::exists(path)) {
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1").arg(path), current);
        writeWhole(path + backupSuffix, current.readAll());
    }
    writeWhole(path, content);
    syncDirectory(QFileInfo(path).absolutePath());
}

void AtomicFile::syncDirectory(const QString& dirPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(dirPath)
#endif
}

} // namespace carnet
