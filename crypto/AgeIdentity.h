#pragma once

#include "AgeRecipient.h"
#include "AgeStanza.h"
#include "AgreementKeyPair.h"
#include "SecretBytes.h"

#include <QString>
#include <optional>
#include <vector>

namespace carnet {

// The secret half of an age X25519 key, written "AGE-SECRET-KEY-1…": opens files sent to its recipient.
class AgeIdentity
{
public:
    explicit AgeIdentity(AgreementKeyPair keyPair);
    static AgeIdentity generate();

    // One key in the upper-case Bech32 form age writes (surrounding whitespace ignored); empty on anything else.
    static std::optional<AgeIdentity> parse(const SecretBytes& text);
    static std::optional<AgeIdentity> parse(const QString& text);
    // Every key of an identity file as age-keygen writes it: "#" comment lines and blank lines are skipped;
    // empty if any other line is not a key or if there is no key at all.
    static std::optional<std::vector<AgeIdentity>> parseIdentityFile(const SecretBytes& contents);

    // "AGE-SECRET-KEY-1…" as ASCII.
    SecretBytes toSecretString() const;
    // An identity file that `age -d -i FILE` reads: creation time and public key as comments, then the key.
    SecretBytes toIdentityFile() const;

    AgeRecipient recipient() const;
    const AgreementKeyPair& keyPair() const { return m_keyPair; }
    // Identities are move-only (they own secret memory); this makes a second, independent copy.
    AgeIdentity clone() const;

    // The file key from an "X25519" stanza addressed to this identity; empty if the stanza is of another type
    // or does not open with this key. Throws AgeError(MalformedHeader) on a malformed X25519 stanza or a
    // low-order share, which the age specification says must abort decryption.
    std::optional<SecretBytes> unwrapFileKey(const AgeStanza& stanza) const;

private:
    AgreementKeyPair m_keyPair;
};

} // namespace carnet
