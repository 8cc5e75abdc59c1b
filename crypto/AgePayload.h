#pragma once

#include "SecretBytes.h"

class QIODevice;

namespace carnet {

// age's STREAM payload: a 16-byte nonce, then 64 KiB ChaCha20-Poly1305 chunks whose nonce is an 11-byte
// big-endian counter and a last-chunk flag. Only an empty plaintext has an empty final chunk.
class AgePayload
{
public:
    static constexpr int NonceSize = 16;
    static constexpr int ChunkSize = 64 * 1024;
    static constexpr int TagSize = 16;

    // Streams `plaintext` to `out`. Throws AgeError(ReadFailed / WriteFailed).
    static void encrypt(const SecretBytes& fileKey, QIODevice& plaintext, QIODevice& out);
    // Streams the payload from `ciphertext` to `out`, writing each chunk once it is authenticated, and requires
    // the device to end right after the final chunk. Throws AgeError (TruncatedPayload, TrailingData,
    // DamagedChunk, ReadFailed, WriteFailed); `out` may then hold a prefix that must be discarded.
    static void decrypt(const SecretBytes& fileKey, QIODevice& ciphertext, QIODevice& out);
};

} // namespace carnet
