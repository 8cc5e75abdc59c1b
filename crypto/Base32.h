#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace carnet {

// RFC 4648 base32 without padding, for recovery codes typed by people (case and separators ignored on decode).
class Base32
{
public:
    static QString encode(const QByteArray& data);
    // Ignores spaces and dashes, accepts lower case; empty on any other character or a bad length.
    static std::optional<QByteArray> decode(const QString& text);
};

} // namespace carnet
