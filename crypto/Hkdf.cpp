#include "Hkdf.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <algorithm>
#include <sodium.h>

namespace carnet {

namespace {

static_assert(Hkdf::HashSize == crypto_auth_hmacsha256_BYTES);

// The streaming state holds key-derived pads, so it lives on the stack only as long as one call and is wiped.
void hmac(const unsigned char* key, std::size_t keySize, const QByteArray& first, const QByteArray& second,
          unsigned char counter, bool withCounter, unsigned char* out)
{
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, keySize);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(first.constData()),
                                  static_cast<unsigned long long>(first.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(second.constData()),
                                  static_cast<unsigned long long>(second.size()));
    if (withCounter) {
        crypto_auth_hmacsha256_update(&state, &counter, 1);
    }
    crypto_auth_hmacsha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

} // namespace

SecretBytes Hkdf::sha256(const SecretBytes& inputKey, const QByteArray& salt, const QByteArray& info, int length)
{
    ensureSodiumInitialised();
    if (length <= 0 || length > 255 * HashSize) {
        throw CryptoError("HKDF-SHA-256: output length must be between 1 and 8160 bytes");
    }
    // HMAC pads its key with zeros to the block size, so an empty salt and HashSize zero bytes give the same PRK.
    SecretBytes pseudoRandomKey(HashSize);
    const QByteArray inputKeyBytes = QByteArray::fromRawData(inputKey.chars(), static_cast<qsizetype>(inputKey.size()));
    hmac(reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<std::size_t>(salt.size()), inputKeyBytes,
         QByteArray(), 0, false, pseudoRandomKey.data());

    SecretBytes output(static_cast<std::size_t>(length));
    SecretBytes block(HashSize);
    QByteArray previous; // T(i-1): a view into `block`, empty for T(0)
    std::size_t written = 0;
    for (unsigned char counter = 1; written < output.size(); ++counter) {
        hmac(pseudoRandomKey.data(), pseudoRandomKey.size(), previous, info, counter, true, block.data());
        const std::size_t take = std::min<std::size_t>(HashSize, output.size() - written);
        std::copy_n(block.data(), take, output.data() + written);
        written += take;
        previous = QByteArray::fromRawData(block.chars(), HashSize);
    }
    return output;
}

QByteArray Hkdf::hmacSha256(const SecretBytes& key, const QByteArray& message)
{
    ensureSodiumInitialised();
    QByteArray mac(HashSize, Qt::Uninitialized);
    hmac(key.data(), key.size(), message, QByteArray(), 0, false, reinterpret_cast<unsigned char*>(mac.data()));
    return mac;
}

} // namespace carnet
