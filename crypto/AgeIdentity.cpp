#include "AgeIdentity.h"

#include "AgeError.h"
#include "AgeHeader.h"
#include "Base64.h"
#include "Bech32.h"
#include "Hkdf.h"
#include "Sodium.h"

#include <QDateTime>
#include <algorithm>
#include <sodium.h>
#include <utility>

namespace carnet {

namespace {

constexpr char HumanReadablePart[] = "age-secret-key-";
constexpr char StanzaInfo[] = "age-encryption.org/v1/X25519";

void wipe(QByteArray& buffer)
{
    if (!buffer.isEmpty()) {
        sodium_memzero(buffer.data(), static_cast<std::size_t>(buffer.size()));
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::optional<AgeIdentity> parseAscii(const char* text, std::size_t size)
{
    std::size_t begin = 0;
    std::size_t end = size;
    while (begin < end && isSpace(text[begin])) {
        ++begin;
    }
    while (end > begin && isSpace(text[end - 1])) {
        --end;
    }
    QByteArray ascii(text + begin, static_cast<qsizetype>(end - begin));
    // age compares the human-readable part case-sensitively: identities are upper case.
    bool upperCase = true;
    for (const char c : std::as_const(ascii)) {
        upperCase = upperCase && !(c >= 'a' && c <= 'z');
    }
    std::optional<Bech32::Decoded> decoded = upperCase ? Bech32::decode(ascii) : std::nullopt;
    wipe(ascii);
    if (!decoded) {
        return std::nullopt;
    }
    std::optional<AgeIdentity> identity;
    if (decoded->humanReadablePart == HumanReadablePart && decoded->data.size() == AgreementKeyPair::KeySize) {
        identity.emplace(AgreementKeyPair::fromSecretKey(SecretBytes::copyOf(decoded->data)));
    }
    wipe(decoded->data);
    return identity;
}

// Details are marked with QT_TRANSLATE_NOOP at each call and translated here.
[[noreturn]] void malformed(const char* why)
{
    throw AgeError(AgeError::Kind::MalformedHeader, QCoreApplication::translate("AgeIdentity", why));
}

} // namespace

AgeIdentity::AgeIdentity(AgreementKeyPair keyPair)
    : m_keyPair(std::move(keyPair))
{
}

AgeIdentity AgeIdentity::generate()
{
    return AgeIdentity(AgreementKeyPair::generate());
}

std::optional<AgeIdentity> AgeIdentity::parse(const SecretBytes& text)
{
    return parseAscii(text.chars(), text.size());
}

std::optional<AgeIdentity> AgeIdentity::parse(const QString& text)
{
    return parse(SecretBytes::fromUtf8(text));
}

std::optional<std::vector<AgeIdentity>> AgeIdentity::parseIdentityFile(const SecretBytes& contents)
{
    std::vector<AgeIdentity> identities;
    const char* text = contents.chars();
    std::size_t lineStart = 0;
    while (lineStart < contents.size()) {
        std::size_t lineEnd = lineStart;
        while (lineEnd < contents.size() && text[lineEnd] != '\n') {
            ++lineEnd;
        }
        std::size_t first = lineStart;
        while (first < lineEnd && isSpace(text[first])) {
            ++first;
        }
        if (first < lineEnd && text[first] != '#') {
            std::optional<AgeIdentity> identity = parseAscii(text + lineStart, lineEnd - lineStart);
            if (!identity) {
                return std::nullopt;
            }
            identities.push_back(std::move(*identity));
        }
        lineStart = lineEnd + 1;
    }
    if (identities.empty()) {
        return std::nullopt;
    }
    return identities;
}

SecretBytes AgeIdentity::toSecretString() const
{
    QByteArray secret(m_keyPair.secretKey().chars(), static_cast<qsizetype>(m_keyPair.secretKey().size()));
    QByteArray encoded = Bech32::encode(HumanReadablePart, secret).toUpper();
    SecretBytes result = SecretBytes::copyOf(encoded);
    wipe(secret);
    wipe(encoded);
    return result;
}

SecretBytes AgeIdentity::toIdentityFile() const
{
    const QByteArray comments = "# created: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()
        + "\n# public key: " + recipient().toString().toLatin1() + '\n';
    const SecretBytes key = toSecretString();
    SecretBytes file(static_cast<std::size_t>(comments.size()) + key.size() + 1);
    std::copy_n(comments.constData(), comments.size(), file.data());
    std::copy_n(key.data(), key.size(), file.data() + comments.size());
    file.data()[file.size() - 1] = '\n';
    return file;
}

AgeIdentity AgeIdentity::clone() const
{
    return AgeIdentity(AgreementKeyPair::fromSecretKey(m_keyPair.secretKey()));
}

AgeRecipient AgeIdentity::recipient() const
{
    return AgeRecipient::fromPublicKey(m_keyPair.publicKey());
}

std::optional<SecretBytes> AgeIdentity::unwrapFileKey(const AgeStanza& stanza) const
{
    if (stanza.arguments.isEmpty() || stanza.arguments.first() != "X25519") {
        return std::nullopt;
    }
    if (stanza.arguments.size() != 2) {
        malformed(QT_TRANSLATE_NOOP("AgeIdentity", "an X25519 stanza must have exactly two arguments"));
    }
    const std::optional<QByteArray> share = Base64::decodeUnpadded(stanza.arguments.at(1));
    if (!share || share->size() != AgreementKeyPair::KeySize) {
        malformed(QT_TRANSLATE_NOOP("AgeIdentity", "an X25519 share must be canonical base64 of 32 bytes"));
    }
    // Checked before any decryption attempt, as the specification asks, against partitioning oracles.
    const auto expectedBodySize
        = static_cast<qsizetype>(AgeHeader::FileKeySize + crypto_aead_chacha20poly1305_ietf_ABYTES);
    if (stanza.body.size() != expectedBodySize) {
        malformed(QT_TRANSLATE_NOOP("AgeIdentity", "an X25519 stanza body must be 32 bytes"));
    }
    const std::optional<SecretBytes> shared = m_keyPair.sharedSecret(*share);
    if (!shared) {
        malformed(QT_TRANSLATE_NOOP("AgeIdentity", "the X25519 share is a low-order point"));
    }
    const SecretBytes wrapKey = Hkdf::sha256(*shared, *share + m_keyPair.publicKey(), StanzaInfo);
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
