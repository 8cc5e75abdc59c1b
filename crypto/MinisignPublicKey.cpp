#include "MinisignPublicKey.h"

#include "AgeError.h"
#include "Base64.h"
#include "CryptoError.h"
#include "DeviceReader.h"
#include "Hash.h"
#include "MinisignError.h"
#include "SecretBytes.h"
#include "SigningKeyPair.h"

#include <QBuffer>
#include <algorithm>

namespace carnet {

namespace {

constexpr char KeyAlgorithm[] = "Ed";
constexpr char CommentPrefix[] = "untrusted comment: ";
constexpr int ReadChunk = 64 * 1024;

[[noreturn]] void malformed(const char* why)
{
    throw MinisignError(MinisignError::Kind::MalformedPublicKey, QCoreApplication::translate("MinisignPublicKey", why));
}

// BLAKE2b-512 of the device's remaining content, as minisign's prehashed mode signs.
QByteArray prehash(QIODevice& data)
{
    Blake2bStream hash(64);
    // The signed files carry health data; keep the read buffer in guarded, wiped memory.
    SecretBytes buffer(ReadChunk);
    for (;;) {
        const qint64 got = DeviceReader::fill(data, reinterpret_cast<char*>(buffer.data()), ReadChunk);
        hash.update(buffer.chars(), static_cast<std::size_t>(got));
        if (got < ReadChunk) {
            return hash.finish();
        }
    }
}

QByteArray readAllCapped(QIODevice& data, qint64 cap)
{
    QByteArray message;
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = DeviceReader::fill(data, buffer.data(), ReadChunk);
        if (message.size() + got > cap) {
            throw MinisignError(MinisignError::Kind::LegacyMessageTooLarge);
        }
        message.append(buffer.constData(), static_cast<qsizetype>(got));
        if (got < ReadChunk) {
            return message;
        }
    }
}

} // namespace

MinisignPublicKey::MinisignPublicKey(const QByteArray& keyId, const QByteArray& publicKey)
    : m_keyId(keyId)
    , m_publicKey(publicKey)
{
    if (keyId.size() != KeyIdSize || publicKey.size() != PublicKeySize) {
        throw CryptoError("A minisign public key is an 8-byte key id and a 32-byte Ed25519 key");
    }
}

MinisignPublicKey MinisignPublicKey::parse(const QByteArray& text)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    for (QByteArray& line : lines) {
        line = line.trimmed();
    }
    QByteArray encoded;
    if (lines.size() == 2 && lines.at(0).startsWith(CommentPrefix)) {
        encoded = lines.at(1);
    } else if (lines.size() == 1) {
        encoded = lines.at(0);
    } else {
        malformed(QT_TRANSLATE_NOOP("MinisignPublicKey", "expected a comment line and a key line, or a key line"));
    }
    const std::optional<QByteArray> decoded = Base64::decode(encoded);
    if (!decoded || decoded->size() != 2 + KeyIdSize + PublicKeySize) {
        malformed(QT_TRANSLATE_NOOP("MinisignPublicKey", "the key line is not base64 of 42 bytes"));
    }
    if (decoded->left(2) != KeyAlgorithm) {
        throw MinisignError(MinisignError::Kind::UnsupportedAlgorithm, QString::fromLatin1(decoded->left(2).toHex()));
    }
    return MinisignPublicKey(decoded->mid(2, KeyIdSize), decoded->mid(2 + KeyIdSize));
}

QByteArray MinisignPublicKey::toBase64() const
{
    return Base64::encode(KeyAlgorithm + m_keyId + m_publicKey);
}

QByteArray MinisignPublicKey::toFileText() const
{
    return CommentPrefix + QByteArray("minisign public key ") + keyIdHex().toLatin1() + '\n' + toBase64() + '\n';
}

QString MinisignPublicKey::keyIdHex() const
{
    QByteArray reversed(m_keyId.size(), Qt::Uninitialized);
    std::reverse_copy(m_keyId.cbegin(), m_keyId.cend(), reversed.begin());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QByteArray MinisignPublicKey::verify(QIODevice& data, const MinisignSignature& signature) const
{
    if (signature.m_keyId != m_keyId) {
        MinisignPublicKey other(signature.m_keyId, m_publicKey);
        throw MinisignError(MinisignError::Kind::KeyIdMismatch,
                            QCoreApplication::translate("MinisignPublicKey", "signed by key %1, expected key %2")
                                .arg(other.keyIdHex(), keyIdHex()));
    }
    QByteArray signedMessage;
    try {
        signedMessage = signature.m_algorithm == MinisignSignature::Algorithm::Prehashed
            ? prehash(data)
            : readAllCapped(data, MaxLegacyMessageSize);
    } catch (const AgeError&) {
        throw MinisignError(MinisignError::Kind::ReadFailed, data.errorString());
    }
    if (!SigningKeyPair::verifyDetached(signature.m_signature, signedMessage, m_publicKey)) {
        throw MinisignError(MinisignError::Kind::InvalidSignature);
    }
    if (!SigningKeyPair::verifyDetached(signature.m_globalSignature, signature.m_signature + signature.m_trustedComment,
                                        m_publicKey)) {
        throw MinisignError(MinisignError::Kind::InvalidTrustedComment);
    }
    return signature.m_trustedComment;
}

QByteArray MinisignPublicKey::verify(const QByteArray& data, const MinisignSignature& signature) const
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return verify(buffer, signature);
}

} // namespace carnet
