#pragma once

#include <QtGlobal>

class QIODevice;

namespace carnet {

// Reads a QIODevice to a given length or its end, waiting for data on sequential devices (pipes, processes).
class DeviceReader
{
public:
    // Bytes read: fewer than `size` only at the end of the device. Throws AgeError(ReadFailed) on a device error.
    static qint64 fill(QIODevice& device, char* buffer, qint64 size);
    // The next byte without consuming it, or -1 at the end. Throws AgeError(ReadFailed) on a device error.
    static int peekByte(QIODevice& device);
    // The next byte, or -1 at the end. Throws AgeError(ReadFailed) on a device error.
    static int readByte(QIODevice& device);
};

} // namespace carnet
