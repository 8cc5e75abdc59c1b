#include "Base32.h"

#include <cstdint>

namespace carnet {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return 26 + (c - u'2');
    }
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray& data)
{
    QString text;
    text.reserve((data.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text += QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0) {
        text += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]);
    }
    return text;
}

std::optional<QByteArray> Base32::decode(const QString& text)
{
    QByteArray data;
    data.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u' ' || c == u'-') {
            continue;
        }
        const int value = valueOf(c);
        if (value < 0) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    // Five or more bits left over means a whole character encodes nothing (1, 3 or 6 characters past
    // a multiple of eight): no encoder produces that, so it is a typo. Leftover bits must also be zero,
    // so that each byte string has exactly one accepted spelling.
    if (bits >= 5) {
        return std::nullopt;
    }
    if ((buffer & ((1u << bits) - 1u)) != 0) {
        return std::nullopt;
    }
    return data;
}

} // namespace carnet
