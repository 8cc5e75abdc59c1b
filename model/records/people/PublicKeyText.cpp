#include "PublicKeyText.h"

#include "RecordError.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

namespace carnet {

namespace {

// Bech32 (BIP 173), which age uses for its keys.
constexpr char Bech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int ChecksumLength = 6;
const QString AgeHrp = QStringLiteral("age");

std::uint32_t polymod(const std::vector<std::uint8_t>& values)
{
    constexpr std::array<std::uint32_t, 5> generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t checksum = 1;
    for (const std::uint8_t value : values) {
        const std::uint32_t top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (std::size_t i = 0; i < generator.size(); ++i) {
            if ((top >> i) & 1)
                checksum ^= generator[i];
        }
    }
    return checksum;
}

std::vector<std::uint8_t> expandedHrp(const QString& hrp)
{
    std::vector<std::uint8_t> out;
    for (const QChar c : hrp)
        out.push_back(static_cast<std::uint8_t>(c.unicode() >> 5));
    out.push_back(0);
    for (const QChar c : hrp)
        out.push_back(static_cast<std::uint8_t>(c.unicode() & 31));
    return out;
}

} // namespace

std::optional<QByteArray> PublicKeyText::decodeAgeRecipient(const QString& text)
{
    if (text.size() != AgeRecipientLength)
        return std::nullopt;
    // Bech32 forbids mixing cases.
    if (text != text.toLower() && text != text.toUpper())
        return std::nullopt;
    const QString lower = text.toLower();
    const QString prefix = AgeHrp + QLatin1Char('1');
    if (!lower.startsWith(prefix))
        return std::nullopt;
    std::vector<std::uint8_t> data;
    for (qsizetype i = prefix.size(); i < lower.size(); ++i) {
        const char* found = lower.at(i).unicode() < 128 ? std::strchr(Bech32Charset, lower.at(i).toLatin1()) : nullptr;
        if (!found || *found == '\0')
            return std::nullopt;
        data.push_back(static_cast<std::uint8_t>(found - Bech32Charset));
    }
    std::vector<std::uint8_t> checked = expandedHrp(AgeHrp);
    checked.insert(checked.end(), data.begin(), data.end());
    if (polymod(checked) != 1)
        return std::nullopt;
    data.resize(data.size() - ChecksumLength);

    QByteArray key;
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (const std::uint8_t value : data) {
        accumulator = (accumulator << 5) | value;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    // Leftover bits must be padding: fewer than 5 and all zero.
    if (bits >= 5 || ((accumulator << (8 - bits)) & 0xff) != 0)
        return std::nullopt;
    if (key.size() != X25519KeySize)
        return std::nullopt;
    return key;
}

QString PublicKeyText::encodeAgeRecipient(const QByteArray& publicKey)
{
    std::vector<std::uint8_t> data;
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (const char byte : publicKey) {
        accumulator = (accumulator << 8) | static_cast<std::uint8_t>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            data.push_back(static_cast<std::uint8_t>((accumulator >> bits) & 31));
        }
    }
    if (bits > 0)
        data.push_back(static_cast<std::uint8_t>((accumulator << (5 - bits)) & 31));
    std::vector<std::uint8_t> values = expandedHrp(AgeHrp);
    values.insert(values.end(), data.begin(), data.end());
    values.insert(values.end(), ChecksumLength, 0);
    const std::uint32_t mod = polymod(values) ^ 1;
    for (int i = 0; i < ChecksumLength; ++i)
        data.push_back(static_cast<std::uint8_t>((mod >> (5 * (5 - i))) & 31));
    QString out = AgeHrp + QLatin1Char('1');
    for (const std::uint8_t value : data)
        out.append(QLatin1Char(Bech32Charset[value]));
    return out;
}

std::optional<QByteArray> PublicKeyText::decodeMinisignKey(const QString& text)
{
    // A pasted .pub file: the key is the last non-empty line, after the untrusted comment.
    QString line;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& candidate : lines) {
        if (!candidate.trimmed().isEmpty())
            line = candidate.trimmed();
    }
    // 42 bytes are 56 base64 characters, no padding.
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]{56}$"));
    if (!base64.match(line).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(line.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != MinisignKeySize || !decoded.decoded.startsWith("Ed"))
        return std::nullopt;
    return decoded.decoded;
}

QString PublicKeyText::encodeMinisignKey(const QByteArray& keyId, const QByteArray& publicKey)
{
    return QString::fromLatin1((QByteArrayLiteral("Ed") + keyId + publicKey).toBase64());
}

QString PublicKeyText::minisignKeyId(const QByteArray& decodedKey)
{
    QByteArray id = decodedKey.mid(2, MinisignKeyIdSize);
    std::reverse(id.begin(), id.end());
    return QString::fromLatin1(id.toHex().toUpper());
}

std::optional<QString> PublicKeyText::normalizeFingerprint(const QString& text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const char latin = c.unicode() < 128 ? c.toLatin1() : '\0';
        if (!std::isxdigit(static_cast<unsigned char>(latin)))
            return std::nullopt;
        hex.append(c.toLower());
    }
    if (hex.size() != FingerprintHexDigits)
        return std::nullopt;
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString PublicKeyText::checkedAgeRecipient(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.startsWith(QLatin1String("age1"), Qt::CaseInsensitive)) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("Age recipient: '%1' does not start with age1").arg(trimmed.left(20)));
    }
    if (trimmed.size() != AgeRecipientLength) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("Age recipient: it has %1 characters; an age1… recipient has %2")
                              .arg(trimmed.size())
                              .arg(AgeRecipientLength));
    }
    if (!decodeAgeRecipient(trimmed)) {
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("Age recipient: '%1' has characters outside Bech32 or a wrong checksum (a typo?)").arg(trimmed));
    }
    return trimmed.toLower();
}

QString PublicKeyText::checkedMinisignKey(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const std::optional<QByteArray> decoded = decodeMinisignKey(text);
    if (!decoded) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("Minisign key: not a minisign public key (56 base64 characters decoding to 42 bytes "
                             "that start with \"Ed\")"));
    }
    return QString::fromLatin1(decoded->toBase64());
}

QString PublicKeyText::checkedFingerprint(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const std::optional<QString> normalized = normalizeFingerprint(text);
    if (!normalized) {
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("Fingerprint: '%1' is not %2 hexadecimal digits").arg(text.trimmed()).arg(FingerprintHexDigits));
    }
    return *normalized;
}

} // namespace carnet
