#include "Base64.h"

#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

QByteArray encodeVariant(const QByteArray& data, int variant)
{
    ensureSodiumInitialised();
    const std::size_t size = static_cast<std::size_t>(data.size());
    const std::size_t encodedSize = sodium_base64_encoded_len(size, variant);
    // encodedSize counts the terminating NUL that sodium_bin2base64 writes.
    QByteArray text(static_cast<qsizetype>(encodedSize), Qt::Uninitialized);
    sodium_bin2base64(text.data(), encodedSize, reinterpret_cast<const unsigned char*>(data.constData()), size,
                      variant);
    text.chop(1);
    return text;
}

bool isAlphabetOrPadding(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

std::optional<QByteArray> decodeVariant(const QByteArray& text, int variant)
{
    ensureSodiumInitialised();
    // libsodium 1.0.18 maps characters through comparisons that assume 7-bit input, so a byte with the high
    // bit set can decode as if it were '/' or '+'. Screen the alphabet here, or such bytes would be a second
    // spelling of the same data.
    for (const char c : text) {
        if (!isAlphabetOrPadding(c)) {
            return std::nullopt;
        }
    }
    QByteArray data(text.size() / 4 * 3 + 3, Qt::Uninitialized);
    std::size_t decodedSize = 0;
    // No ignore set and no end pointer: libsodium then rejects any stray character, a length that cannot come
    // from an encoder and unused trailing bits that are not zero, which is exactly "canonical" in RFC 4648 3.5.
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(data.data()), static_cast<std::size_t>(data.size()),
                          text.constData(), static_cast<std::size_t>(text.size()), nullptr, &decodedSize, nullptr,
                          variant)
        != 0) {
        return std::nullopt;
    }
    data.truncate(static_cast<qsizetype>(decodedSize));
    return data;
}

} // namespace

QByteArray Base64::encode(const QByteArray& data)
{
    return encodeVariant(data, sodium_base64_VARIANT_ORIGINAL);
}

QByteArray Base64::encodeUnpadded(const QByteArray& data)
{
    return encodeVariant(data, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::optional<QByteArray> Base64::decode(const QByteArray& text)
{
    return decodeVariant(text, sodium_base64_VARIANT_ORIGINAL);
}

std::optional<QByteArray> Base64::decodeUnpadded(const QByteArray& text)
{
    return decodeVariant(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

} // namespace carnet
