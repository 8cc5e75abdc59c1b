#pragma once

#include "SecretBytes.h"

#include <cstdint>

namespace carnet {

// Derives independent subkeys from one master key with crypto_kdf (BLAKE2b), e.g. the SQLCipher key from the data key.
class SubkeyDerivation
{
public:
    static constexpr int MasterKeySize = 32;

    // context is exactly 8 characters, e.g. "CARNETDB".
    static SecretBytes derive(const SecretBytes& masterKey, std::uint64_t subkeyId, const char (&context)[9],
                              int subkeySize = 32);
};

} // namespace carnet
