#pragma once

#include "MinisignSignature.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace carnet {

// A minisign public key: an Ed25519 key and the 8-byte key id that signatures name. Checks signatures.
class MinisignPublicKey
{
public:
    static constexpr int KeyIdSize = 8;
    static constexpr int PublicKeySize = 32;
    // A legacy ("Ed") signature covers the whole file, which must then be held in memory; cap it.
    static constexpr qint64 MaxLegacyMessageSize = 64 * 1024 * 1024;

    // Throws CryptoError unless keyId is 8 bytes and publicKey 32.
    MinisignPublicKey(const QByteArray& keyId, const QByteArray& publicKey);

    // The two-line minisign.pub text, or the base64 line alone (what `minisign -P` takes); surrounding
    // whitespace ignored. Throws MinisignError(MalformedPublicKey / UnsupportedAlgorithm).
    static MinisignPublicKey parse(const QByteArray& text);

    // base64("Ed" || key id || public key), the value for `minisign -P`.
    QByteArray toBase64() const;
    // "untrusted comment: minisign public key <KEYID>\n<base64>\n", as minisign writes minisign.pub.
    QByteArray toFileText() const;
    // The key id as minisign prints it: 16 upper-case hex digits of the id read as a little-endian number.
    QString keyIdHex() const;

    const QByteArray& keyId() const { return m_keyId; }
    const QByteArray& publicKey() const { return m_publicKey; }

    // Reads `data` to its end and checks the signature, then the trusted comment's signature; returns the
    // trusted comment only if both hold. Throws MinisignError (KeyIdMismatch, InvalidSignature,
    // InvalidTrustedComment, LegacyMessageTooLarge, ReadFailed).
    QByteArray verify(QIODevice& data, const MinisignSignature& signature) const;
    QByteArray verify(const QByteArray& data, const MinisignSignature& signature) const;

    bool operator==(const MinisignPublicKey& other) const = default;

private:
    QByteArray m_keyId;
    QByteArray m_publicKey;
};

} // namespace carnet
