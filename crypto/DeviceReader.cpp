#include "DeviceReader.h"

#include "AgeError.h"

#include <QIODevice>

namespace carnet {

namespace {

// A sequential device returns 0 both when it is drained for now and when it has ended; only waiting tells them apart.
bool waitForMore(QIODevice& device)
{
    return device.isSequential() && device.waitForReadyRead(-1);
}

[[noreturn]] void throwReadFailed(QIODevice& device)
{
    throw AgeError(AgeError::Kind::ReadFailed, device.errorString());
}

} // namespace

qint64 DeviceReader::fill(QIODevice& device, char* buffer, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = device.read(buffer + total, size - total);
        if (got < 0) {
            throwReadFailed(device);
        }
        if (got == 0 && !waitForMore(device)) {
            break;
        }
        total += got;
    }
    return total;
}

int DeviceReader::peekByte(QIODevice& device)
{
    for (;;) {
        char byte = 0;
        const qint64 got = device.peek(&byte, 1);
        if (got < 0) {
            throwReadFailed(device);
        }
        if (got == 1) {
            return static_cast<unsigned char>(byte);
        }
        if (!waitForMore(device)) {
            return -1;
        }
    }
}

int DeviceReader::readByte(QIODevice& device)
{
    char byte = 0;
    return fill(device, &byte, 1) == 1 ? static_cast<unsigned char>(byte) : -1;
}

} // namespace carnet
