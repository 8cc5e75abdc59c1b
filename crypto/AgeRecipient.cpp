#include "AgeRecipient.h"

#include "AgreementKeyPair.h"
#include "Base64.h"
#include "Bech32.h"
#include "CryptoError.h"
#include "Hkdf.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

constexpr char HumanReadablePart[] = "age";
constexpr char StanzaInfo[] = "age-encryption.org/v1/X25519";

} // namespace

std::optional<AgeRecipient> AgeRecipient::parse(const QString& text)
{
    const QByteArray ascii = text.trimmed().toLatin1();
    // age compares the human-readable part case-sensitively: recipients are lower case.
    if (ascii != ascii.toLower()) {
        return std::nullopt;
    }
    const std::optional<Bech32::Decoded> decoded = Bech32::decode(ascii);
    if (!decoded || decoded->humanReadablePart != HumanReadablePart || decoded->data.size() != KeySize) {
        return std::nullopt;
    }
    AgeRecipient recipient;
    recipient.m_publicKey = decoded->data;
    return recipient;
}

AgeRecipient AgeRecipient::fromPublicKey(const QByteArray& publicKey)
{
    if (publicKey.size() != KeySize) {
        throw CryptoError("An age recipient is a 32-byte X25519 public key");
    }
    AgeRecipient recipient;
    recipient.m_publicKey = publicKey;
    return recipient;
}

QString AgeRecipient::toString() const
{
    return QString::fromLatin1(Bech32::encode(HumanReadablePart, m_publicKey));
}

AgeStanza AgeRecipient::wrapFileKey(const SecretBytes& fileKey) const
{
    ensureSodiumInitialised();
    const AgreementKeyPair ephemeral = AgreementKeyPair::generate();
    const std::optional<SecretBytes> shared = ephemeral.sharedSecret(m_publicKey);
    if (!shared) {
        throw CryptoError("This age recipient is not a usable X25519 key (low-order point)");
    }
    const SecretBytes wrapKey = Hkdf::sha256(*shared, ephemeral.publicKey() + m_publicKey, StanzaInfo);

    QByteArray body(static_cast<qsizetype>(fileKey.size() + crypto_aead_chacha20poly1305_ietf_ABYTES),
                    Qt::Uninitialized);
    const unsigned char zeroNonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()), nullptr, fileKey.data(),
                                              fileKey.size(), nullptr, 0, nullptr, zeroNonce, wrapKey.data());
    AgeStanza stanza;
    stanza.arguments = {QByteArrayLiteral("X25519"), Base64::encodeUnpadded(ephemeral.publicKey())};
    stanza.body = body;
    return stanza;
}

} // namespace carnet
