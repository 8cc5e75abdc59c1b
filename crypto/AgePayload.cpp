#include "AgePayload.h"

#include "AgeError.h"
#include "DeviceReader.h"
#include "Hkdf.h"
#include "Random.h"
#include "Sodium.h"

#include <QIODevice>
#include <array>
#include <cstdint>
#include <sodium.h>
#include <utility>

namespace carnet {

namespace {

using ChunkNonce = std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES>;
static_assert(AgePayload::TagSize == crypto_aead_chacha20poly1305_ietf_ABYTES);

// 11-byte big-endian counter, then 0x01 for the final chunk and 0x00 before it.
ChunkNonce chunkNonce(std::uint64_t counter, bool last)
{
    ChunkNonce nonce {};
    for (int i = 0; i < 8; ++i) {
        nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    }
    nonce[11] = last ? 1 : 0;
    return nonce;
}

SecretBytes payloadKey(const SecretBytes& fileKey, const QByteArray& nonce)
{
    return Hkdf::sha256(fileKey, nonce, QByteArrayLiteral("payload"));
}

void writeAll(QIODevice& out, const char* data, qint64 size)
{
    if (size > 0 && out.write(data, size) != size) {
        throw AgeError(AgeError::Kind::WriteFailed, out.errorString());
    }
}

// Opens one chunk into `plaintext`; returns its length, or -1 if it does not authenticate with this flag.
qint64 openChunk(const SecretBytes& key, const QByteArray& chunk, std::uint64_t counter, bool last,
                 SecretBytes& plaintext)
{
    const ChunkNonce nonce = chunkNonce(counter, last);
    unsigned long long length = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(
            plaintext.data(), &length, nullptr, reinterpret_cast<const unsigned char*>(chunk.constData()),
            static_cast<unsigned long long>(chunk.size()), nullptr, 0, nonce.data(), key.data())
        != 0) {
        return -1;
    }
    return static_cast<qint64>(length);
}

[[noreturn]] void fail(AgeError::Kind kind, const char* why)
{
    throw AgeError(kind, QCoreApplication::translate("AgePayload", why));
}

} // namespace

void AgePayload::encrypt(const SecretBytes& fileKey, QIODevice& plaintext, QIODevice& out)
{
    ensureSodiumInitialised();
    const QByteArray nonce = Random::bytes(NonceSize);
    writeAll(out, nonce.constData(), nonce.size());
    const SecretBytes key = payloadKey(fileKey, nonce);

    // Plaintext is health data: both chunk buffers live in guarded, wiped memory.
    SecretBytes current(ChunkSize);
    SecretBytes next(ChunkSize);
    QByteArray sealed(ChunkSize + TagSize, Qt::Uninitialized);
    qint64 currentSize = DeviceReader::fill(plaintext, reinterpret_cast<char*>(current.data()), ChunkSize);
    for (std::uint64_t counter = 0;; ++counter) {
        // A full chunk is the last one only if nothing follows it, so read one chunk ahead.
        const qint64 nextSize = currentSize == ChunkSize
            ? DeviceReader::fill(plaintext, reinterpret_cast<char*>(next.data()), ChunkSize)
            : 0;
        const bool last = nextSize == 0;
        const ChunkNonce chunk = chunkNonce(counter, last);
        unsigned long long sealedSize = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize,
                                                  current.data(), static_cast<unsigned long long>(currentSize), nullptr,
                                                  0, nullptr, chunk.data(), key.data());
        writeAll(out, sealed.constData(), static_cast<qint64>(sealedSize));
        if (last) {
            break;
        }
        std::swap(current, next);
        currentSize = nextSize;
    }
}

void AgePayload::decrypt(const SecretBytes& fileKey, QIODevice& ciphertext, QIODevice& out)
{
    ensureSodiumInitialised();
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    if (DeviceReader::fill(ciphertext, nonce.data(), NonceSize) != NonceSize) {
        fail(AgeError::Kind::TruncatedPayload, QT_TRANSLATE_NOOP("AgePayload", "the payload nonce is missing"));
    }
    const SecretBytes key = payloadKey(fileKey, nonce);

    constexpr qint64 SealedChunkSize = ChunkSize + TagSize;
    SecretBytes plaintext(ChunkSize);
    QByteArray chunk(SealedChunkSize, Qt::Uninitialized);
    // One byte read past a full chunk tells whether it can be the last; it starts the next chunk.
    bool haveLookahead = false;
    char lookahead = 0;
    for (std::uint64_t counter = 0;; ++counter) {
        chunk.resize(SealedChunkSize);
        qint64 size = 0;
        if (haveLookahead) {
            chunk[0] = lookahead;
            size = 1;
        }
        size += DeviceReader::fill(ciphertext, chunk.data() + size, SealedChunkSize - size);
        chunk.truncate(static_cast<qsizetype>(size));

        if (size == 0) {
            fail(AgeError::Kind::TruncatedPayload,
                 QT_TRANSLATE_NOOP("AgePayload", "the payload ends without a final chunk"));
        }
        if (size < TagSize) {
            fail(AgeError::Kind::TruncatedPayload,
                 QT_TRANSLATE_NOOP("AgePayload", "the last chunk is shorter than its authentication tag"));
        }

        bool last = true;
        qint64 length = -1;
        if (size < SealedChunkSize) {
            // The device ended inside this chunk, so it has to be the final one.
            length = openChunk(key, chunk, counter, true, plaintext);
            if (length < 0) {
                fail(AgeError::Kind::DamagedChunk,
                     QT_TRANSLATE_NOOP("AgePayload", "a payload chunk fails authentication"));
            }
        } else {
            haveLookahead = DeviceReader::fill(ciphertext, &lookahead, 1) == 1;
            if (haveLookahead) {
                last = false;
                length = openChunk(key, chunk, counter, false, plaintext);
                if (length < 0) {
                    if (openChunk(key, chunk, counter, true, plaintext) >= 0) {
                        fail(AgeError::Kind::TrailingData,
                             QT_TRANSLATE_NOOP("AgePayload", "there is data after the final chunk"));
                    }
                    fail(AgeError::Kind::DamagedChunk,
                         QT_TRANSLATE_NOOP("AgePayload", "a payload chunk fails authentication"));
                }
            } else {
                length = openChunk(key, chunk, counter, true, plaintext);
                if (length < 0) {
                    if (openChunk(key, chunk, counter, false, plaintext) >= 0) {
                        fail(AgeError::Kind::TruncatedPayload,
                             QT_TRANSLATE_NOOP("AgePayload", "the payload ends without a final chunk"));
                    }
                    fail(AgeError::Kind::DamagedChunk,
                         QT_TRANSLATE_NOOP("AgePayload", "a payload chunk fails authentication"));
                }
            }
        }
        if (last && length == 0 && counter > 0) {
            fail(AgeError::Kind::DamagedChunk,
                 QT_TRANSLATE_NOOP("AgePayload", "the final chunk is empty although the payload is not"));
        }
        writeAll(out, plaintext.chars(), length);
        if (last) {
            return;
        }
    }
}

} // namespace carnet
