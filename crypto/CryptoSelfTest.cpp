#include "CryptoSelfTest.h"

#include "Aead.h"
#include "AgreementKeyPair.h"
#include "CryptoError.h"
#include "Hash.h"
#include "SecretBytes.h"
#include "SigningKeyPair.h"
#include "Sodium.h"

#include <exception>

namespace carnet {

namespace {

SecretBytes secretFromHex(const char* hex)
{
    QByteArray bytes = QByteArray::fromHex(hex);
    SecretBytes secret = SecretBytes::copyOf(bytes);
    bytes.fill('\0');
    return secret;
}

// RFC 8032 section 7.1, TEST 1 (empty message).
QString checkEd25519()
{
    const SigningKeyPair pair
        = SigningKeyPair::fromSeed(secretFromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    const QByteArray expectedPublicKey
        = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray expectedSignature
        = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                              "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    if (pair.publicKey() != expectedPublicKey) {
        return QStringLiteral("Ed25519 public key (RFC 8032 test 1)");
    }
    const QByteArray signature = pair.signDetached(QByteArray());
    if (signature != expectedSignature) {
        return QStringLiteral("Ed25519 signature (RFC 8032 test 1)");
    }
    if (!SigningKeyPair::verifyDetached(signature, QByteArray(), expectedPublicKey)
        || SigningKeyPair::verifyDetached(signature, QByteArrayLiteral("x"), expectedPublicKey)) {
        return QStringLiteral("Ed25519 verification (RFC 8032 test 1)");
    }
    return QString();
}

// RFC 7693 Appendix A.
QString checkBlake2b()
{
    const QByteArray expected = QByteArray::fromHex("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                                                    "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    if (Hash::blake2b(QByteArrayLiteral("abc"), 64) != expected) {
        return QStringLiteral("BLAKE2b-512 (RFC 7693 appendix A)");
    }
    return QString();
}

// draft-irtf-cfrg-xchacha-03, section A.3.1.
QString checkXChaCha20Poly1305()
{
    const SecretBytes key = secretFromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray associatedData = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray plaintext = QByteArrayLiteral("Ladies and Gentlemen of the class of '99: If I could offer you "
                                                   "only one tip for the future, sunscreen would be it.");
    const QByteArray expected = QByteArray::fromHex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                                                    "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                                                    "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                                                    "21f9664c97637da9768812f615c68b13b52e"
                                                    "c0875924c1c7987947deafd8780acf49");
    const QByteArray ciphertext = Aead::encrypt(plaintext, associatedData, nonce, key);
    if (ciphertext != expected) {
        return QStringLiteral("XChaCha20-Poly1305 encryption (draft-irtf-cfrg-xchacha A.3.1)");
    }
    if (Aead::decrypt(ciphertext, associatedData, nonce, key) != plaintext) {
        return QStringLiteral("XChaCha20-Poly1305 decryption (draft-irtf-cfrg-xchacha A.3.1)");
    }
    QByteArray tampered = ciphertext;
    tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 0x01);
    if (Aead::decrypt(tampered, associatedData, nonce, key).has_value()) {
        return QStringLiteral("XChaCha20-Poly1305 accepted a forged tag");
    }
    return QString();
}

// RFC 7748 section 6.1.
QString checkX25519()
{
    const AgreementKeyPair alice = AgreementKeyPair::fromSecretKey(
        secretFromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    if (alice.publicKey() != QByteArray::fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")) {
        return QStringLiteral("X25519 public key (RFC 7748 section 6.1)");
    }
    const auto shared
        = alice.sharedSecret(QByteArray::fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"));
    const SecretBytes expected = secretFromHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    if (!shared || !shared->equals(expected)) {
        return QStringLiteral("X25519 shared secret (RFC 7748 section 6.1)");
    }
    return QString();
}

} // namespace

QString CryptoSelfTest::run()
{
    try {
        ensureSodiumInitialised();
        for (const auto check : {checkEd25519, checkBlake2b, checkXChaCha20Poly1305, checkX25519}) {
            const QString failure = check();
            if (!failure.isEmpty()) {
                return failure;
            }
        }
    } catch (const CryptoError& error) {
        return QStringLiteral("crypto self-test error: %1").arg(QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        return QStringLiteral("crypto self-test error: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    return QString();
}

} // namespace carnet
