#include "KeySlot.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

static_assert(KeySlot::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

void requireKek(const SecretBytes& kek)
{
    if (kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        throw CryptoError("KeySlot: key-encryption key must be 32 bytes");
    }
}

} // namespace

QByteArray KeySlot::wrap(const SecretBytes& dataKey, const SecretBytes& kek, const QByteArray& associatedData)
{
    ensureSodiumInitialised();
    requireKek(kek);

    QByteArray wrapped(NonceSize + static_cast<qsizetype>(dataKey.size()) + TagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(wrapped.data());
    // 192-bit random nonces cannot collide in practice, so rewrapping under the same KEK is safe.
    randombytes_buf(out, NonceSize);

    unsigned long long ciphertextLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + NonceSize, &ciphertextLength, dataKey.data(), dataKey.size(), bytesOf(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, out, kek.data());
    if (ciphertextLength != dataKey.size() + TagSize) {
        throw CryptoError("KeySlot: encryption produced an unexpected length");
    }
    return wrapped;
}

std::optional<SecretBytes> KeySlot::unwrap(const QByteArray& wrapped, const SecretBytes& kek,
                                           const QByteArray& associatedData)
{
    ensureSodiumInitialised();
    requireKek(kek);
    if (wrapped.size() < NonceSize + TagSize) {
        return std::nullopt;
    }

    const unsigned char* in = bytesOf(wrapped);
    const auto ciphertextLength = static_cast<std::size_t>(wrapped.size() - NonceSize);
    // Decrypt straight into secure memory so the data key never sits in an ordinary buffer.
    SecretBytes dataKey(ciphertextLength - TagSize);
    unsigned long long plaintextLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &plaintextLength, nullptr, in + NonceSize, ciphertextLength, bytesOf(associatedData),
            static_cast<unsigned long long>(associatedData.size()), in, kek.data())
        != 0) {
        return std::nullopt;
    }
    return dataKey;
}

} // namespace carnet
