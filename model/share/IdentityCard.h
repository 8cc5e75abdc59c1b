#pragma once

#include "AgeRecipient.h"
#include "Fingerprint.h"
#include "MinisignPublicKey.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

class VaultIdentity;

// A vault's public keys as one short text (shown as a QR code) that another Carnet can read to send shares to this
// vault and to check shares that come from it. Format: docs/identity-card.md.
class IdentityCard
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCard)

public:
    static constexpr char Magic[] = "carnet-identity";
    static constexpr int Version = 1;
    // A card is four short lines; anything longer is not one, and parse() stops before reading it.
    static constexpr qsizetype MaxTextSize = 1024;

    IdentityCard(AgeRecipient ageRecipient, MinisignPublicKey minisignPublicKey);
    static IdentityCard fromVault(const VaultIdentity& identity);

    const AgeRecipient& ageRecipient() const { return m_ageRecipient; }
    const MinisignPublicKey& minisignPublicKey() const { return m_minisignPublicKey; }
    // The vault fingerprint, of the signing key (VaultIdentity::fingerprintOfSigningKey).
    Fingerprint fingerprint() const;

    // "carnet-identity:v1\nage:age1…\nminisign:RW…\nfingerprint:<64 hex>\n"
    QString toText() const;
    // Throws ShareError: UnsupportedVersion for a card of a later version, Invalid for anything else that is not a
    // well-formed card, including one whose fingerprint does not match its signing key.
    static IdentityCard parse(const QString& text);

    bool operator==(const IdentityCard& other) const = default;

private:
    AgeRecipient m_ageRecipient;
    MinisignPublicKey m_minisignPublicKey;
};

} // namespace carnet
