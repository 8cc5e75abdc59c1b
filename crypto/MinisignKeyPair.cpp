#include "MinisignKeyPair.h"

#include "AgeError.h"
#include "CryptoError.h"
#include "DeviceReader.h"
#include "Hash.h"
#include "MinisignError.h"
#include "Random.h"
#include "SecretBytes.h"

#include <QBuffer>
#include <utility>

namespace carnet {

namespace {

constexpr int ReadChunk = 64 * 1024;

void requireCommentLine(const QByteArray& comment, int maxSize, const char* which)
{
    if (comment.contains('\n') || comment.contains('\r') || comment.contains('\0')) {
        throw CryptoError(std::string("A minisign ") + which + " comment must be a single line");
    }
    if (comment.size() > maxSize) {
        throw CryptoError(std::string("A minisign ") + which + " comment is longer than minisign accepts");
    }
}

} // namespace

MinisignKeyPair::MinisignKeyPair(SigningKeyPair signingKey, const QByteArray& keyId)
    : m_signingKey(std::move(signingKey))
    , m_keyId(keyId)
{
    if (keyId.size() != KeyIdSize) {
        throw CryptoError("A minisign key id is 8 bytes");
    }
}

MinisignKeyPair MinisignKeyPair::generate()
{
    return MinisignKeyPair(SigningKeyPair::generate(), randomKeyId());
}

QByteArray MinisignKeyPair::randomKeyId()
{
    return Random::bytes(KeyIdSize);
}

MinisignPublicKey MinisignKeyPair::publicKey() const
{
    return MinisignPublicKey(m_keyId, m_signingKey.publicKey());
}

MinisignSignature MinisignKeyPair::sign(QIODevice& data, const QByteArray& trustedComment,
                                        const QByteArray& untrustedComment) const
{
    requireCommentLine(trustedComment, MinisignSignature::MaxTrustedCommentSize, "trusted");
    requireCommentLine(untrustedComment, MinisignSignature::MaxUntrustedCommentSize, "untrusted");

    Blake2bStream hash(64);
    SecretBytes buffer(ReadChunk);
    try {
        for (;;) {
            const qint64 got = DeviceReader::fill(data, reinterpret_cast<char*>(buffer.data()), ReadChunk);
            hash.update(buffer.chars(), static_cast<std::size_t>(got));
            if (got < ReadChunk) {
                break;
            }
        }
    } catch (const AgeError&) {
        throw MinisignError(MinisignError::Kind::ReadFailed, data.errorString());
    }

    MinisignSignature signature;
    signature.m_algorithm = MinisignSignature::Algorithm::Prehashed;
    signature.m_keyId = m_keyId;
    signature.m_signature = m_signingKey.signDetached(hash.finish());
    signature.m_untrustedComment = untrustedComment;
    signature.m_trustedComment = trustedComment;
    signature.m_globalSignature = m_signingKey.signDetached(signature.m_signature + trustedComment);
    return signature;
}

MinisignSignature MinisignKeyPair::sign(const QByteArray& data, const QByteArray& trustedComment,
                                        const QByteArray& untrustedComment) const
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return sign(buffer, trustedComment, untrustedComment);
}

} // namespace carnet
