#pragma once

#include <QByteArray>
#include <optional>

namespace carnet {

// Bech32 (BIP 173) as age uses it for keys: no length limit, one case throughout, checksum over the lower case.
class Bech32
{
public:
    struct Decoded
    {
        QByteArray humanReadablePart; // always lower case
        QByteArray data;
    };

    // 8-bit data in, lower-case text out (age upper-cases secret keys itself).
    static QByteArray encode(const QByteArray& humanReadablePart, const QByteArray& data);
    // Empty on a bad checksum, mixed case, a character outside the alphabet, an empty human-readable part,
    // or padding bits that are not zero (each byte string has exactly one accepted spelling per case).
    static std::optional<Decoded> decode(const QByteArray& text);

    // The 5-bit layer under encode()/decode(), for formats that pack their own data (BIP 173's addresses).
    static QByteArray encodeWords(const QByteArray& humanReadablePart, const QByteArray& words);
    static std::optional<Decoded> decodeWords(const QByteArray& text);
    static QByteArray toWords(const QByteArray& bytes);
    // Empty if more than four padding bits are left or any of them is set.
    static std::optional<QByteArray> fromWords(const QByteArray& words);
};

} // namespace carnet
