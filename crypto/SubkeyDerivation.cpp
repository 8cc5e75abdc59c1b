#include "SubkeyDerivation.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <cstddef>
#include <cstring>
#include <sodium.h>

namespace carnet {

static_assert(SubkeyDerivation::MasterKeySize == crypto_kdf_KEYBYTES);
static_assert(crypto_kdf_CONTEXTBYTES == 8);

SecretBytes SubkeyDerivation::derive(const SecretBytes& masterKey, std::uint64_t subkeyId, const char (&context)[9],
                                     int subkeySize)
{
    ensureSodiumInitialised();
    if (masterKey.size() != static_cast<std::size_t>(MasterKeySize)) {
        throw CryptoError("SubkeyDerivation: master key must be 32 bytes");
    }
    if (subkeySize < static_cast<int>(crypto_kdf_BYTES_MIN) || subkeySize > static_cast<int>(crypto_kdf_BYTES_MAX)) {
        throw CryptoError("SubkeyDerivation: subkey size must be between 16 and 64 bytes");
    }
    // A shorter context would be padded with whatever follows it; require all eight characters.
    const auto* terminator = static_cast<const char*>(std::memchr(context, '\0', sizeof(context)));
    if (terminator == nullptr || terminator - context != static_cast<std::ptrdiff_t>(crypto_kdf_CONTEXTBYTES)) {
        throw CryptoError("SubkeyDerivation: context must be exactly 8 characters");
    }

    SecretBytes subkey(static_cast<std::size_t>(subkeySize));
    if (crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkeyId, context, masterKey.data()) != 0) {
        throw CryptoError("SubkeyDerivation: crypto_kdf_derive_from_key failed");
    }
    return subkey;
}

} // namespace carnet
