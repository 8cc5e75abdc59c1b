#include "Bech32.h"

#include "CryptoError.h"

#include <cstdint>
#include <sodium.h>
#include <utility>

namespace carnet {

namespace {

constexpr char Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int ChecksumLength = 6;

// Keys pass through here; scrub the scratch copies rather than leave them in freed heap memory.
void wipe(QByteArray& buffer)
{
    if (!buffer.isEmpty()) {
        sodium_memzero(buffer.data(), static_cast<std::size_t>(buffer.size()));
    }
}

int valueOf(char c)
{
    for (int i = 0; i < 32; ++i) {
        if (Charset[i] == c) {
            return i;
        }
    }
    return -1;
}

std::uint32_t polymod(const QByteArray& values)
{
    static constexpr std::uint32_t Generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t checksum = 1;
    for (const char value : values) {
        const std::uint32_t top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ static_cast<unsigned char>(value);
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1) {
                checksum ^= Generator[i];
            }
        }
    }
    return checksum;
}

QByteArray expandedHumanReadablePart(const QByteArray& humanReadablePart)
{
    QByteArray expanded;
    expanded.reserve(humanReadablePart.size() * 2 + 1);
    for (const char c : humanReadablePart) {
        expanded.append(static_cast<char>(static_cast<unsigned char>(c) >> 5));
    }
    expanded.append('\0');
    for (const char c : humanReadablePart) {
        expanded.append(static_cast<char>(static_cast<unsigned char>(c) & 0x1f));
    }
    return expanded;
}

bool isValidHumanReadablePart(const QByteArray& humanReadablePart)
{
    if (humanReadablePart.isEmpty()) {
        return false;
    }
    for (const char c : humanReadablePart) {
        if (c < 33 || c > 126 || (c >= 'A' && c <= 'Z')) {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray Bech32::encodeWords(const QByteArray& humanReadablePart, const QByteArray& words)
{
    if (!isValidHumanReadablePart(humanReadablePart)) {
        throw CryptoError("Bech32: the human-readable part must be non-empty printable lower-case ASCII");
    }
    QByteArray values = expandedHumanReadablePart(humanReadablePart) + words;
    values.append(QByteArray(ChecksumLength, '\0'));
    const std::uint32_t checksum = polymod(values) ^ 1;
    wipe(values);

    QByteArray text = humanReadablePart;
    text.reserve(humanReadablePart.size() + 1 + words.size() + ChecksumLength);
    text.append('1');
    for (const char word : words) {
        const auto value = static_cast<unsigned char>(word);
        if (value > 31) {
            throw CryptoError("Bech32: a word is wider than 5 bits");
        }
        text.append(Charset[value]);
    }
    for (int i = 0; i < ChecksumLength; ++i) {
        text.append(Charset[(checksum >> (5 * (ChecksumLength - 1 - i))) & 0x1f]);
    }
    return text;
}

std::optional<Bech32::Decoded> Bech32::decodeWords(const QByteArray& text)
{
    bool hasLower = false;
    bool hasUpper = false;
    for (const char c : text) {
        if (c < 33 || c > 126) {
            return std::nullopt;
        }
        hasLower = hasLower || (c >= 'a' && c <= 'z');
        hasUpper = hasUpper || (c >= 'A' && c <= 'Z');
    }
    if (hasLower && hasUpper) {
        return std::nullopt;
    }
    QByteArray lower = text.toLower();
    const qsizetype separator = lower.lastIndexOf('1');
    if (separator < 1 || lower.size() - separator - 1 < ChecksumLength) {
        wipe(lower);
        return std::nullopt;
    }

    Decoded decoded;
    decoded.humanReadablePart = lower.left(separator);
    QByteArray values;
    values.reserve(lower.size() - separator - 1);
    for (qsizetype i = separator + 1; i < lower.size(); ++i) {
        const int value = valueOf(lower.at(i));
        if (value < 0) {
            wipe(lower);
            wipe(values);
            return std::nullopt;
        }
        values.append(static_cast<char>(value));
    }
    wipe(lower);

    QByteArray checked = expandedHumanReadablePart(decoded.humanReadablePart) + values;
    const bool valid = polymod(checked) == 1;
    wipe(checked);
    if (!valid) {
        wipe(values);
        return std::nullopt;
    }
    decoded.data = values.left(values.size() - ChecksumLength);
    wipe(values);
    return decoded;
}

QByteArray Bech32::toWords(const QByteArray& bytes)
{
    QByteArray words;
    words.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = ((buffer << 8) | static_cast<unsigned char>(byte)) & 0xfff;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            words.append(static_cast<char>((buffer >> bits) & 0x1f));
        }
    }
    if (bits > 0) {
        words.append(static_cast<char>((buffer << (5 - bits)) & 0x1f));
    }
    buffer = 0;
    return words;
}

std::optional<QByteArray> Bech32::fromWords(const QByteArray& words)
{
    QByteArray bytes;
    bytes.reserve(words.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char word : words) {
        const auto value = static_cast<unsigned char>(word);
        if (value > 31) {
            wipe(bytes);
            return std::nullopt;
        }
        buffer = ((buffer << 5) | value) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    // BIP 173: at most four bits of padding, all zero; anything else is a different (or no) byte string.
    const bool canonical = bits <= 4 && (buffer & ((1u << bits) - 1u)) == 0;
    buffer = 0;
    if (!canonical) {
        wipe(bytes);
        return std::nullopt;
    }
    return bytes;
}

QByteArray Bech32::encode(const QByteArray& humanReadablePart, const QByteArray& data)
{
    QByteArray words = toWords(data);
    QByteArray text = encodeWords(humanReadablePart, words);
    wipe(words);
    return text;
}

std::optional<Bech32::Decoded> Bech32::decode(const QByteArray& text)
{
    std::optional<Decoded> decoded = decodeWords(text);
    if (!decoded) {
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = fromWords(decoded->data);
    wipe(decoded->data);
    if (!bytes) {
        return std::nullopt;
    }
    decoded->data = std::move(*bytes);
    return decoded;
}

} // namespace carnet
