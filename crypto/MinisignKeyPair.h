#pragma once

#include "MinisignPublicKey.h"
#include "MinisignSignature.h"
#include "SigningKeyPair.h"

#include <QByteArray>

class QIODevice;

namespace carnet {

// Signs in minisign's format with an Ed25519 key and its 8-byte key id: prehashed ("ED") signatures only.
class MinisignKeyPair
{
public:
    static constexpr int KeyIdSize = 8;
    static constexpr char DefaultUntrustedComment[] = "signature from carnet secret key";

    // Throws CryptoError unless keyId is 8 bytes. Keep the key id with the key: signatures name it.
    MinisignKeyPair(SigningKeyPair signingKey, const QByteArray& keyId);
    // A fresh Ed25519 key with a random key id.
    static MinisignKeyPair generate();
    static QByteArray randomKeyId();

    MinisignPublicKey publicKey() const;
    const SigningKeyPair& signingKey() const { return m_signingKey; }
    const QByteArray& keyId() const { return m_keyId; }

    // Reads `data` to its end and signs BLAKE2b-512 of it; the trusted comment is signed with the signature.
    // Comments are one line each (no CR, LF or NUL) and at most MinisignSignature::Max…CommentSize bytes;
    // throws CryptoError otherwise, and MinisignError(ReadFailed) if the device fails.
    MinisignSignature sign(QIODevice& data, const QByteArray& trustedComment,
                           const QByteArray& untrustedComment = DefaultUntrustedComment) const;
    MinisignSignature sign(const QByteArray& data, const QByteArray& trustedComment,
                           const QByteArray& untrustedComment = DefaultUntrustedComment) const;

private:
    SigningKeyPair m_signingKey;
    QByteArray m_keyId;
};

} // namespace carnet
