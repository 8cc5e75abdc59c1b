#pragma once

#include <QString>

#include <stdexcept>

namespace carnet {

// Why a vault operation failed, in terms a person can act on; each kind maps to one CLI exit code.
class VaultError : public std::runtime_error
{
public:
    enum class Kind {
        Other,              // I/O, disk full, anything unexpected
        WrongPassphrase,    // the passphrase did not unwrap the data key
        WrongRecoveryCode,  // the recovery code did not unwrap the data key
        Damaged,            // a checksum, tag or database page does not verify
        InUse,              // another process holds the vault's lock
        NotFound,           // no vault at that path
        AlreadyExists,      // create on a folder that already holds a vault
        Unsupported,        // made by a newer Carnet, or a library that cannot run it
        InvalidArgument,    // the caller passed something unusable (empty passphrase, ...)
        Locked,             // the vault is locked or awaits a new passphrase
    };

    VaultError(Kind kind, const QString& message)
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
