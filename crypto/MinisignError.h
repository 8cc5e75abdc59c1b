#pragma once

#include "CryptoError.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

// Why a minisign key or signature was refused: malformed input, a key mismatch, or a signature that fails.
class MinisignError : public CryptoError
{
    Q_DECLARE_TR_FUNCTIONS(MinisignError)

public:
    enum class Kind {
        MalformedPublicKey, // not a minisign public key (file text or base64 line)
        MalformedSignature, // not a minisign signature file
        UnsupportedAlgorithm, // a signature or key algorithm other than "ED"/"Ed"
        KeyIdMismatch, // the signature names another key
        InvalidSignature, // the file does not match the signature (altered, or another file)
        InvalidTrustedComment, // the trusted comment was altered
        LegacyMessageTooLarge, // a legacy (not prehashed) signature over more than Carnet will hold in memory
        ReadFailed, // the signed data could not be read
    };

    explicit MinisignError(Kind kind, const QString& detail = QString());

    Kind kind() const { return m_kind; }

    static QString describe(Kind kind);
    static const char* name(Kind kind);

private:
    Kind m_kind;
};

} // namespace carnet
