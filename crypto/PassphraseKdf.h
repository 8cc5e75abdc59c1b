#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace carnet {

// Argon2id parameters as stored in a keyring.
struct KdfParams
{
    static constexpr std::uint8_t Argon2id13 = 2; // crypto_pwhash_ALG_ARGON2ID13

    std::uint8_t algorithm = Argon2id13;
    std::uint32_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;

    bool operator==(const KdfParams&) const = default;
};

// Turns a passphrase into a 32-byte key-encryption key with Argon2id (crypto_pwhash).
class PassphraseKdf
{
public:
    enum class Profile { Interactive, Moderate, Sensitive };

    static constexpr int SaltSize = 16;
    static constexpr int KeySize = 32;

    static KdfParams profile(Profile profile);
    static std::optional<Profile> profileFromName(const QString& name);
    static QString profileName(Profile profile);

    // The weakest parameters Carnet will accept when opening a keyring (the interactive profile: 64 MiB, 2 ops).
    static KdfParams floor();
    // Rejects parameters below floor() or absurdly high ones (a damaged or hostile keyring).
    static bool isAcceptable(const KdfParams& params);

    // Raises opsLimit from `start` until one derivation takes about targetMillis on this machine.
    static KdfParams calibrate(const KdfParams& start, int targetMillis = 1000);

    // Throws CryptoError if derivation fails (out of memory, bad parameters).
    static SecretBytes derive(const SecretBytes& passphrase, const QByteArray& salt, const KdfParams& params);
};

} // namespace carnet
