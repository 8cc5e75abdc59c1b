#include "VaultIdentity.h"

#include "Database.h"
#include "Hash.h"
#include "ShareError.h"

namespace carnet {

namespace {

// Takes a secret column out of a row into locked memory and wipes the ordinary copy the statement handed back.
SecretBytes takeSecret(QByteArray& column)
{
    SecretBytes secret = SecretBytes::copyOf(column);
    column.fill('\0');
    return secret;
}

} // namespace

VaultIdentity::VaultIdentity(MinisignKeyPair minisign, AgeIdentity age)
    : m_minisign(std::move(minisign))
    , m_age(std::move(age))
{
}

VaultIdentity VaultIdentity::load(Database& db)
{
    Statement select = db.prepare(QStringLiteral(
        "SELECT signing_public, signing_secret, agreement_public, agreement_secret FROM vault_identity WHERE id = 1"));
    if (!select.step())
        throw ShareError(ShareError::Kind::Malformed, tr("This vault has no identity keys."));
    const QByteArray signingPublic = select.blob(0);
    QByteArray signingSecretColumn = select.blob(1);
    const QByteArray agreementPublic = select.blob(2);
    QByteArray agreementSecretColumn = select.blob(3);
    if (signingSecretColumn.size() != SigningKeyPair::SecretKeySize
        || agreementSecretColumn.size() != AgreementKeyPair::KeySize) {
        signingSecretColumn.fill('\0');
        agreementSecretColumn.fill('\0');
        throw ShareError(ShareError::Kind::Malformed, tr("This vault's identity keys are damaged."));
    }
    SigningKeyPair signing = SigningKeyPair::fromSecretKey(takeSecret(signingSecretColumn));
    AgreementKeyPair agreement = AgreementKeyPair::fromSecretKey(takeSecret(agreementSecretColumn));
    if (signing.publicKey() != signingPublic || agreement.publicKey() != agreementPublic)
        throw ShareError(ShareError::Kind::Malformed, tr("This vault's identity keys are damaged."));
    const QByteArray keyId = minisignKeyIdFor(signing.publicKey());
    return VaultIdentity(MinisignKeyPair(std::move(signing), keyId), AgeIdentity(std::move(agreement)));
}

QString VaultIdentity::minisignPublicKeyText() const
{
    return QString::fromLatin1(minisignPublicKey().toBase64());
}

Fingerprint VaultIdentity::fingerprint() const
{
    return fingerprintOfSigningKey(m_minisign.signingKey().publicKey());
}

QByteArray VaultIdentity::minisignKeyIdFor(const QByteArray& ed25519PublicKey)
{
    static constexpr char Domain[] = "carnet minisign key id v1";
    QByteArray input(Domain, sizeof(Domain)); // with its NUL, so no key can extend the domain
    input.append(ed25519PublicKey);
    return Hash::blake2b(input, 32).left(MinisignKeyPair::KeyIdSize);
}

Fingerprint VaultIdentity::fingerprintOfSigningKey(const QByteArray& ed25519PublicKey)
{
    return Fingerprint::of(QByteArray(SigningDomain), ed25519PublicKey);
}

Fingerprint VaultIdentity::fingerprintOfRecipient(const AgeRecipient& recipient)
{
    return Fingerprint::of(QByteArray(RecipientDomain), recipient.publicKey());
}

} // namespace carnet
