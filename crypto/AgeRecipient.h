#pragma once

#include "AgeStanza.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace carnet {

// The public half of an age X25519 key, written "age1…": what a file is encrypted to.
class AgeRecipient
{
public:
    static constexpr int KeySize = 32;

    // Accepts the lower-case Bech32 form age writes (surrounding whitespace ignored); empty on anything else.
    static std::optional<AgeRecipient> parse(const QString& text);
    // Throws CryptoError unless publicKey is 32 bytes.
    static AgeRecipient fromPublicKey(const QByteArray& publicKey);

    QString toString() const;
    const QByteArray& publicKey() const { return m_publicKey; }

    // An "X25519" stanza wrapping fileKey for this recipient with a fresh ephemeral key.
    AgeStanza wrapFileKey(const SecretBytes& fileKey) const;

    bool operator==(const AgeRecipient& other) const = default;

private:
    QByteArray m_publicKey;
};

} // namespace carnet
