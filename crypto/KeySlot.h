#pragma once

#include "SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace carnet {

// Wraps a data key under a key-encryption key with XChaCha20-Poly1305; the associated data binds it to its header.
class KeySlot
{
public:
    static constexpr int NonceSize = 24;
    static constexpr int TagSize = 16;

    // Returns nonce || ciphertext || tag.
    static QByteArray wrap(const SecretBytes& dataKey, const SecretBytes& kek, const QByteArray& associatedData);
    // Empty when the tag does not verify (wrong key, altered bytes or associated data).
    static std::optional<SecretBytes> unwrap(const QByteArray& wrapped, const SecretBytes& kek,
                                             const QByteArray& associatedData);
};

} // namespace carnet
