#pragma once

#include <QByteArray>
#include <optional>

namespace carnet {

// Standard base64 (RFC 4648 section 4) for age and minisign: decoding is strict (canonical, no whitespace).
class Base64
{
public:
    static QByteArray encode(const QByteArray& data);
    // Without '=' padding, as age writes stanza arguments, bodies and the header MAC.
    static QByteArray encodeUnpadded(const QByteArray& data);

    // Padding required; empty on any character outside the alphabet, a bad length or non-zero unused bits.
    static std::optional<QByteArray> decode(const QByteArray& text);
    // Padding refused; otherwise as strict as decode().
    static std::optional<QByteArray> decodeUnpadded(const QByteArray& text);
};

} // namespace carnet
