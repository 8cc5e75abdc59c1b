#include "Aead.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

static_assert(Aead::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Aead::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Aead::TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Key and nonce sizes are fixed by the file formats, so a wrong size is a bug in the caller, not bad input:
// parsers must check a nonce they read before calling here.
void requireSizes(const QByteArray& nonce, const SecretBytes& key)
{
    if (key.size() != static_cast<std::size_t>(Aead::KeySize)) {
        throw CryptoError("Aead: key must be 32 bytes");
    }
    if (nonce.size() != Aead::NonceSize) {
        throw CryptoError("Aead: nonce must be 24 bytes");
    }
}

} // namespace

QByteArray Aead::encrypt(const QByteArray& plaintext, const QByteArray& associatedData, const QByteArray& nonce,
                         const SecretBytes& key)
{
    ensureSodiumInitialised();
    requireSizes(nonce, key);

    QByteArray ciphertext(plaintext.size() + TagSize, Qt::Uninitialized);
    unsigned long long ciphertextLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(ciphertext.data()), &ciphertextLength, bytesOf(plaintext),
        static_cast<unsigned long long>(plaintext.size()), bytesOf(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytesOf(nonce), key.data());
    if (ciphertextLength != static_cast<unsigned long long>(ciphertext.size())) {
        throw CryptoError("Aead: encryption produced an unexpected length");
    }
    return ciphertext;
}

std::optional<QByteArray> Aead::decrypt(const QByteArray& ciphertext, const QByteArray& associatedData,
                                        const QByteArray& nonce, const SecretBytes& key)
{
    ensureSodiumInitialised();
    requireSizes(nonce, key);
    if (ciphertext.size() < TagSize) {
        return std::nullopt;
    }

    QByteArray plaintext(ciphertext.size() - TagSize, Qt::Uninitialized);
    unsigned long long plaintextLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plaintext.data()), &plaintextLength, nullptr, bytesOf(ciphertext),
            static_cast<unsigned long long>(ciphertext.size()), bytesOf(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytesOf(nonce), key.data())
        != 0) {
        return std::nullopt;
    }
    return plaintext;
}

} // namespace carnet
