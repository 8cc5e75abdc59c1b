#pragma once

#include "SecretBytes.h"

#include <QByteArray>

namespace carnet {

// HKDF-SHA-256 (RFC 5869) and HMAC-SHA-256 over libsodium's crypto_auth_hmacsha256; 1.0.18 has no HKDF itself.
class Hkdf
{
public:
    static constexpr int HashSize = 32;

    // Extract with `salt` (an empty salt means HashSize zero bytes, as the RFC says), then expand with `info`.
    static SecretBytes sha256(const SecretBytes& inputKey, const QByteArray& salt, const QByteArray& info,
                              int length = HashSize);
    // HMAC-SHA-256 with a key of any length.
    static QByteArray hmacSha256(const SecretBytes& key, const QByteArray& message);
};

} // namespace carnet
