#pragma once

#include "AgeStanza.h"
#include "SecretBytes.h"

#include <optional>

namespace carnet {

// age's passphrase recipient: the file key wrapped under scrypt(passphrase), in an "scrypt" stanza.
class AgeScryptRecipient
{
public:
    static constexpr int SaltSize = 16;
    static constexpr int MinLogN = 1;
    // age's own ceiling; 2^22 with r = 8 already needs 4 GiB of memory.
    static constexpr int MaxLogN = 22;

    // Throws CryptoError for an empty passphrase or logN outside [MinLogN, MaxLogN].
    static AgeStanza wrapFileKey(const SecretBytes& fileKey, const SecretBytes& passphrase, int logN);
    // Empty if the stanza is not "scrypt" or the passphrase does not open it. Throws AgeError: MalformedHeader
    // for a malformed stanza, ScryptWorkFactorTooHigh above maxLogN or when memory runs out.
    static std::optional<SecretBytes> unwrapFileKey(const AgeStanza& stanza, const SecretBytes& passphrase,
                                                    int maxLogN);

    static bool isScryptStanza(const AgeStanza& stanza);
};

} // namespace carnet
