#pragma once

#include <QString>

#include <stdexcept>

namespace carnet {

// Why a share package cannot be made or opened. When opening, every kind means "show nothing from this file".
class ShareError : public std::runtime_error
{
public:
    enum class Kind {
        Malformed,          // not a share package, or a damaged one
        UnsafeContent,      // a member whose path escapes, repeats, or is not a plain file
        TooLarge,           // a member or the whole package past the limits
        UnsupportedVersion, // made by a newer Carnet
        BadSignature,       // a signature that does not verify, or is missing
        WrongSecret,        // no key or passphrase given opens it; the file itself may be fine
        Invalid,            // a request that cannot be made: nothing selected, no recipient, a bad key
        Io,
    };

    ShareError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace carnet
