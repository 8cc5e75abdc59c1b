#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace carnet {

// The public keys a care-team member gives as text, for sharing: an age X25519 recipient ("age1…", Bech32), a
// minisign public key (base64 of "Ed", key id, Ed25519 key) and a fingerprint to compare by eye. Parsed with
// explicit bounds; anything that does not decode exactly is refused.
class PublicKeyText
{
    Q_DECLARE_TR_FUNCTIONS(PublicKeyText)

public:
    static constexpr int AgeRecipientLength = 62; // "age1" + 52 data characters + 6 checksum characters
    static constexpr int X25519KeySize = 32;
    static constexpr int MinisignKeySize = 42; // "Ed" + 8-byte key id + 32-byte Ed25519 public key
    static constexpr int MinisignKeyIdSize = 8;
    static constexpr int Ed25519KeySize = 32;
    static constexpr int FingerprintHexDigits = 64;

    // The X25519 public key in an age recipient: "age1" prefix, Bech32 characters, length and checksum all checked.
    // Upper case is accepted and means the same key. nullopt when anything is off.
    static std::optional<QByteArray> decodeAgeRecipient(const QString& text);
    // The lower-case "age1…" text for a 32-byte X25519 public key.
    static QString encodeAgeRecipient(const QByteArray& publicKey);

    // The 42 decoded bytes of a minisign public key, given as its base64 line or as the whole .pub file (the
    // "untrusted comment:" line is skipped). nullopt unless it decodes to 42 bytes starting with "Ed".
    static std::optional<QByteArray> decodeMinisignKey(const QString& text);
    static QString encodeMinisignKey(const QByteArray& keyId, const QByteArray& publicKey);
    // The key id as minisign prints it (upper-case hex, reversed byte order, e.g. "EB25A5F16A59FB3E").
    static QString minisignKeyId(const QByteArray& decodedKey);

    // 64 hex digits in any grouping (spaces, colons, dashes) → "3f2a 91c0 …" (16 groups of 4, lower case).
    static std::optional<QString> normalizeFingerprint(const QString& text);

    // Each returns the stored form (trimmed, lower case for age, the base64 line for minisign, grouped for the
    // fingerprint) or throws RecordError(Invalid) saying what is wrong. An empty text returns an empty string.
    static QString checkedAgeRecipient(const QString& text);
    static QString checkedMinisignKey(const QString& text);
    static QString checkedFingerprint(const QString& text);
};

} // namespace carnet
