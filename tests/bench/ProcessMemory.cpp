#include "ProcessMemory.h"

#include <QFile>

namespace carnet::bench {

namespace {

qint64 statusField(const QByteArray& name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so atEnd() is true at once; readAll() reads on until the real end.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith(name + ':'))
            continue;
        const QList<QByteArray> parts = line.mid(name.size() + 1).simplified().split(' ');
        return parts.isEmpty() ? -1 : parts.first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 ProcessMemory::peakResidentKiB()
{
    return statusField("VmHWM");
}

qint64 ProcessMemory::residentKiB()
{
    return statusField("VmRSS");
}

bool ProcessMemory::resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly))
        return false;
    return clearRefs.write("5") == 1;
}

} // namespace carnet::bench
