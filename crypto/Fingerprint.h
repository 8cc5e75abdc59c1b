#pragma once

#include <QByteArray>
#include <QString>

namespace carnet {

// A BLAKE2b-256 digest over a domain label and a public key, shown to people to compare keys.
class Fingerprint
{
public:
    static constexpr int Size = 32;

    // digest = BLAKE2b-256("carnet fingerprint v1\0" || domain || "\0" || publicKey)
    static Fingerprint of(const QByteArray& domain, const QByteArray& publicKey);

    const QByteArray& digest() const { return m_digest; }
    // Lower-case hex in groups of four, e.g. "3f2a 91c0 ..." (16 groups).
    QString toDisplayString() const;
    QString toHex() const;

    bool operator==(const Fingerprint& other) const = default;

private:
    QByteArray m_digest;
};

} // namespace carnet
