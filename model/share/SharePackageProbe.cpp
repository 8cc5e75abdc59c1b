#include "SharePackageProbe.h"

#include "AgeError.h"
#include "AgeHeader.h"
#include "AgeScryptRecipient.h"

#include <QBuffer>
#include <QFile>
#include <algorithm>

namespace carnet {

namespace {

SharePackageProbe::Lock lockOfDevice(QIODevice& in)
{
    try {
        const AgeHeader header = AgeHeader::read(in);
        const QList<AgeStanza>& stanzas = header.stanzas();
        if (stanzas.isEmpty())
            return SharePackageProbe::Lock::Unknown;
        if (std::any_of(stanzas.cbegin(), stanzas.cend(), &AgeScryptRecipient::isScryptStanza))
            return SharePackageProbe::Lock::Passphrase;
        return SharePackageProbe::Lock::Keys;
    } catch (const AgeError&) {
        return SharePackageProbe::Lock::Unknown;
    }
}

} // namespace

SharePackageProbe::Lock SharePackageProbe::lockOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Lock::Unknown;
    return lockOfDevice(file);
}

SharePackageProbe::Lock SharePackageProbe::lockOfBytes(const QByteArray& file)
{
    QByteArray copy = file;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return lockOfDevice(buffer);
}

} // namespace carnet
