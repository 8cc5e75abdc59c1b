// Fuzz target: a whole .carnet-share opened as hostile bytes, once with a fixed age identity and once with a
// passphrase (scrypt capped low). Every refusal must be a ShareError; anything else is a finding.
#include "FuzzKeys.h"
#include "ShareError.h"
#include "SharePackageReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using carnet::fuzz::FuzzKeys;

namespace {

const carnet::SharePackageReader& identityReader()
{
    static const carnet::SharePackageReader reader = [] {
        carnet::SharePackageReader r;
        r.addIdentity(FuzzKeys::identity());
        return r;
    }();
    return reader;
}

const carnet::SharePackageReader& passphraseReader()
{
    static const carnet::SharePackageReader reader = [] {
        carnet::SharePackageReader r;
        r.setPassphrase(FuzzKeys::passphrase());
        r.setMaxScryptLogN(FuzzKeys::ScryptLogN);
        return r;
    }();
    return reader;
}

void open(const carnet::SharePackageReader& reader, const QByteArray& file)
{
    try {
        const carnet::OpenedShare share = reader.openBytes(file);
        static_cast<void>(share);
    } catch (const carnet::ShareError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray file = FuzzKeys::bytes(data, size);
    open(identityReader(), file);
    open(passphraseReader(), file);
    return 0;
}
