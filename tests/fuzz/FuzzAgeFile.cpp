// Fuzz target: an age file, binary or ASCII-armored, decrypted with a fixed X25519 identity and with a passphrase
// (scrypt capped low); the header parser and the armor reader are also run on their own. Refusals must be
// AgeErrors (the armor reader only reports failure); anything else is a finding.
#include "AgeArmorReader.h"
#include "AgeDecryptor.h"
#include "AgeError.h"
#include "AgeHeader.h"
#include "FuzzKeys.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using carnet::fuzz::FuzzKeys;

namespace {

const carnet::AgeDecryptor& identityDecryptor()
{
    static const carnet::AgeDecryptor decryptor = [] {
        carnet::AgeDecryptor d;
        d.addIdentity(FuzzKeys::identity());
        return d;
    }();
    return decryptor;
}

const carnet::AgeDecryptor& passphraseDecryptor()
{
    static const carnet::AgeDecryptor decryptor = [] {
        carnet::AgeDecryptor d;
        d.setPassphrase(FuzzKeys::passphrase());
        d.setMaxScryptLogN(FuzzKeys::ScryptLogN);
        return d;
    }();
    return decryptor;
}

void decrypt(const carnet::AgeDecryptor& decryptor, const QByteArray& file)
{
    try {
        const QByteArray plaintext = decryptor.decrypt(file);
        static_cast<void>(plaintext);
    } catch (const carnet::AgeError&) {
    }
}

void readHeader(QByteArray file)
{
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    try {
        const carnet::AgeHeader header = carnet::AgeHeader::read(buffer);
        if (header.stanzas().size() > carnet::AgeHeader::MaxStanzas)
            std::abort();
    } catch (const carnet::AgeError&) {
    }
}

void readArmor(QByteArray file)
{
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    carnet::AgeArmorReader armor(buffer);
    char chunk[4096];
    qint64 total = 0;
    for (;;) {
        const qint64 got = armor.read(chunk, sizeof chunk);
        if (got <= 0)
            break;
        total += got;
        // Base64 never decodes to more bytes than it was given.
        if (total > file.size())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray file = FuzzKeys::bytes(data, size);
    decrypt(identityDecryptor(), file);
    decrypt(passphraseDecryptor(), file);
    readHeader(file);
    readArmor(file);
    return 0;
}
