#include "Hash.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

void requireOutputSize(int outputSize)
{
    if (outputSize < static_cast<int>(crypto_generichash_BYTES_MIN)
        || outputSize > static_cast<int>(crypto_generichash_BYTES_MAX)) {
        throw CryptoError("BLAKE2b output size must be between 16 and 64 bytes");
    }
}

QByteArray generichash(const QByteArray& data, const unsigned char* key, std::size_t keySize, int outputSize)
{
    ensureSodiumInitialised();
    requireOutputSize(outputSize);
    QByteArray digest(outputSize, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<std::size_t>(outputSize),
                           reinterpret_cast<const unsigned char*>(data.constData()),
                           static_cast<unsigned long long>(data.size()), key, keySize)
        != 0) {
        throw CryptoError("BLAKE2b failed");
    }
    return digest;
}

} // namespace

QByteArray Hash::blake2b(const QByteArray& data, int outputSize)
{
    return generichash(data, nullptr, 0, outputSize);
}

QByteArray Hash::blake2bKeyed(const QByteArray& data, const SecretBytes& key, int outputSize)
{
    // An empty key would silently fall back to the unkeyed hash, which a MAC must never do.
    if (key.size() < crypto_generichash_KEYBYTES_MIN || key.size() > crypto_generichash_KEYBYTES_MAX) {
        throw CryptoError("BLAKE2b key must be between 16 and 64 bytes");
    }
    return generichash(data, key.data(), key.size(), outputSize);
}

// crypto_generichash_state is declared CRYPTO_ALIGN(64); C++17 aligned new honours that for this struct.
struct Blake2bStream::State
{
    crypto_generichash_state hashState;
    bool finished = false;
};

Blake2bStream::Blake2bStream(int outputSize)
    : m_state(nullptr)
    , m_outputSize(outputSize)
{
    ensureSodiumInitialised();
    requireOutputSize(outputSize);
    m_state = new State;
    if (crypto_generichash_init(&m_state->hashState, nullptr, 0, static_cast<std::size_t>(outputSize)) != 0) {
        delete m_state;
        throw CryptoError("BLAKE2b initialisation failed");
    }
}

Blake2bStream::~Blake2bStream()
{
    // The state holds a digest of what may be health data; do not leave it in freed heap memory.
    sodium_memzero(m_state, sizeof(State));
    delete m_state;
}

void Blake2bStream::update(const QByteArray& data)
{
    update(data.constData(), static_cast<std::size_t>(data.size()));
}

void Blake2bStream::update(const char* data, std::size_t size)
{
    if (m_state->finished) {
        throw CryptoError("Blake2bStream::update after finish");
    }
    if (size == 0) {
        return;
    }
    if (crypto_generichash_update(&m_state->hashState, reinterpret_cast<const unsigned char*>(data),
                                  static_cast<unsigned long long>(size))
        != 0) {
        throw CryptoError("BLAKE2b update failed");
    }
}

QByteArray Blake2bStream::finish()
{
    if (m_state->finished) {
        throw CryptoError("Blake2bStream::finish called twice");
    }
    m_state->finished = true;
    QByteArray digest(m_outputSize, Qt::Uninitialized);
    if (crypto_generichash_final(&m_state->hashState, reinterpret_cast<unsigned char*>(digest.data()),
                                 static_cast<std::size_t>(m_outputSize))
        != 0) {
        throw CryptoError("BLAKE2b finalisation failed");
    }
    return digest;
}

} // namespace carnet
