#pragma once

#include "AgeIdentity.h"
#include "AgeRecipient.h"
#include "Fingerprint.h"
#include "MinisignKeyPair.h"
#include "MinisignPublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carnet {

class Database;

// The vault's own keys as a share needs them: the Ed25519 key that signs (in minisign form), the X25519 key that
// receives (as an age identity), and the fingerprint people compare. Loaded from table vault_identity.
class VaultIdentity
{
    Q_DECLARE_TR_FUNCTIONS(VaultIdentity)

public:
    // Fingerprint domains: the vault fingerprint covers the signing key; an age recipient's covers its X25519 key.
    static constexpr char SigningDomain[] = "ed25519";
    static constexpr char RecipientDomain[] = "x25519";

    // Throws ShareError(Malformed) when the vault has no identity row or its halves do not match.
    static VaultIdentity load(Database& db);

    VaultIdentity(VaultIdentity&&) noexcept = default;
    VaultIdentity& operator=(VaultIdentity&&) noexcept = default;

    const MinisignKeyPair& minisignKeyPair() const { return m_minisign; }
    MinisignPublicKey minisignPublicKey() const { return m_minisign.publicKey(); }
    // The base64 line `minisign -P` takes.
    QString minisignPublicKeyText() const;
    const AgeIdentity& ageIdentity() const { return m_age; }
    AgeRecipient ageRecipient() const { return m_age.recipient(); }
    // The vault fingerprint: fingerprintOfSigningKey() of its Ed25519 key.
    Fingerprint fingerprint() const;

    // minisign names a key by an 8-byte id that the vault does not store; deriving it from the public key keeps it
    // stable across exports: the first 8 bytes of BLAKE2b-256("carnet minisign key id v1\0" || publicKey).
    static QByteArray minisignKeyIdFor(const QByteArray& ed25519PublicKey);
    static Fingerprint fingerprintOfSigningKey(const QByteArray& ed25519PublicKey);
    static Fingerprint fingerprintOfRecipient(const AgeRecipient& recipient);

private:
    VaultIdentity(MinisignKeyPair minisign, AgeIdentity age);

    MinisignKeyPair m_minisign;
    AgeIdentity m_age;
};

} // namespace carnet
