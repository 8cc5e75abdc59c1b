#include "AgeScryptRecipient.h"

#include "AgeError.h"
#include "AgeHeader.h"
#include "Base64.h"
#include "Random.h"
#include "Sodium.h"

#include <algorithm>
#include <cstdint>
#include <sodium.h>

namespace carnet {

namespace {

constexpr char SaltLabel[] = "age-encryption.org/v1/scrypt";
constexpr int WrapKeySize = 32;

// scrypt(N = 2^logN, r = 8, p = 1, dkLen = 32) as age uses it, through libsodium's low-level entry point.
SecretBytes deriveWrapKey(const SecretBytes& passphrase, const QByteArray& salt, int logN)
{
    ensureSodiumInitialised();
    const QByteArray labelledSalt = QByteArray(SaltLabel) + salt;
    SecretBytes wrapKey(WrapKeySize);
    if (crypto_pwhash_scryptsalsa208sha256_ll(passphrase.data(), passphrase.size(),
                                              reinterpret_cast<const std::uint8_t*>(labelledSalt.constData()),
                                              static_cast<std::size_t>(labelledSalt.size()), std::uint64_t {1} << logN,
                                              8, 1, wrapKey.data(), wrapKey.size())
        != 0) {
        throw AgeError(
            AgeError::Kind::ScryptWorkFactorTooHigh,
            QCoreApplication::translate("AgeScryptRecipient", "not enough memory for scrypt with log2(N) = %1")
                .arg(logN));
    }
    return wrapKey;
}

// Details are marked with QT_TRANSLATE_NOOP at each call and translated here.
[[noreturn]] void malformed(const char* why)
{
    throw AgeError(AgeError::Kind::MalformedHeader, QCoreApplication::translate("AgeScryptRecipient", why));
}

// The work factor is decimal without sign or leading zeros, as the specification's ^[1-9][0-9]*$ says.
int parseLogN(const QByteArray& text)
{
    if (text.isEmpty() || text.at(0) < '1' || text.at(0) > '9') {
        malformed(QT_TRANSLATE_NOOP("AgeScryptRecipient",
                                    "the scrypt work factor is not a decimal number without leading zeros"));
    }
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            malformed(QT_TRANSLATE_NOOP("AgeScryptRecipient",
                                        "the scrypt work factor is not a decimal number without leading zeros"));
        }
        // Anything past two digits is far above any accepted limit; saturate instead of overflowing.
        value = std::min(value * 10 + (c - '0'), 1000);
    }
    return value;
}

} // namespace

bool AgeScryptRecipient::isScryptStanza(const AgeStanza& stanza)
{
    return !stanza.arguments.isEmpty() && stanza.arguments.first() == "scrypt";
}

AgeStanza AgeScryptRecipient::wrapFileKey(const SecretBytes& fileKey, const SecretBytes& passphrase, int logN)
{
    if (passphrase.isEmpty()) {
        throw CryptoError("An age passphrase must not be empty");
    }
    if (logN < MinLogN || logN > MaxLogN) {
        throw CryptoError("The age scrypt work factor must be between 1 and 22");
    }
    const QByteArray salt = Random::bytes(SaltSize);
    const SecretBytes wrapKey = deriveWrapKey(passphrase, salt, logN);
    QByteArray body(static_cast<qsizetype>(fileKey.size() + crypto_aead_chacha20poly1305_ietf_ABYTES),
                    Qt::Uninitialized);
    const unsigned char zeroNonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()), nullptr, fileKey.data(),
                                              fileKey.size(), nullptr, 0, nullptr, zeroNonce, wrapKey.data());
    AgeStanza stanza;
    stanza.arguments = {QByteArrayLiteral("scrypt"), Base64::encodeUnpadded(salt), QByteArray::number(logN)};
    stanza.body = body;
    return stanza;
}

std::optional<SecretBytes> AgeScryptRecipient::unwrapFileKey(const AgeStanza& stanza, const SecretBytes& passphrase,
                                                             int maxLogN)
{
    if (!isScryptStanza(stanza)) {
        return std::nullopt;
    }
    if (stanza.arguments.size() != 3) {
        malformed(QT_TRANSLATE_NOOP("AgeScryptRecipient", "an scrypt stanza must have exactly three arguments"));
    }
    const std::optional<QByteArray> salt = Base64::decodeUnpadded(stanza.arguments.at(1));
    if (!salt || salt->size() != SaltSize) {
        malformed(QT_TRANSLATE_NOOP("AgeScryptRecipient", "an scrypt salt must be canonical base64 of 16 bytes"));
    }
    const int logN = parseLogN(stanza.arguments.at(2));
    if (logN > maxLogN || logN > MaxLogN) {
        throw AgeError(AgeError::Kind::ScryptWorkFactorTooHigh,
                       QCoreApplication::translate("AgeScryptRecipient", "log2(N) = %1, the limit is %2")
                           .arg(logN)
                           .arg(std::min(maxLogN, int {MaxLogN})));
    }
    // Checked before the expensive derivation and any decryption attempt.
    const auto expectedBodySize
        = static_cast<qsizetype>(AgeHeader::FileKeySize + crypto_aead_chacha20poly1305_ietf_ABYTES);
    if (stanza.body.size() != expectedBodySize) {
        malformed(QT_TRANSLATE_NOOP("AgeScryptRecipient", "an scrypt stanza body must be 32 bytes"));
    }
    const SecretBytes wrapKey = deriveWrapKey(passphrase, *salt, logN);
    SecretBytes fileKey(AgeHeader::FileKeySize);
    const unsigned char zeroNonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    if (crypto_aead_chacha20poly1305_ietf_decrypt(
            fileKey.data(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(stanza.body.constData()),
            static_cast<unsigned long long>(stanza.body.size()), nullptr, 0, zeroNonce, wrapKey.data())
        != 0) {
        return std::nullopt;
    }
    return fileKey;
}

} // namespace carnet
