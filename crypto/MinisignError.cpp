#include "MinisignError.h"

namespace carnet {

namespace {

std::string messageFor(MinisignError::Kind kind, const QString& detail)
{
    QString message = MinisignError::describe(kind);
    if (!detail.isEmpty()) {
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    return message.toStdString();
}

} // namespace

MinisignError::MinisignError(Kind kind, const QString& detail)
    : CryptoError(messageFor(kind, detail))
    , m_kind(kind)
{
}

QString MinisignError::describe(Kind kind)
{
    switch (kind) {
    case Kind::MalformedPublicKey:
        return tr("This is not a minisign public key");
    case Kind::MalformedSignature:
        return tr("This is not a minisign signature");
    case Kind::UnsupportedAlgorithm:
        return tr("The signature uses an algorithm Carnet does not support");
    case Kind::KeyIdMismatch:
        return tr("The signature was made with a different key");
    case Kind::InvalidSignature:
        return tr("The signature does not match the file: it was altered or is not the signed file");
    case Kind::InvalidTrustedComment:
        return tr("The signed comment was altered");
    case Kind::LegacyMessageTooLarge:
        return tr("The file is too large for its old-style signature to be checked");
    case Kind::ReadFailed:
        return tr("The signed data could not be read");
    }
    return tr("Unknown signature error");
}

const char* MinisignError::name(Kind kind)
{
    switch (kind) {
    case Kind::MalformedPublicKey:
        return "MalformedPublicKey";
    case Kind::MalformedSignature:
        return "MalformedSignature";
    case Kind::UnsupportedAlgorithm:
        return "UnsupportedAlgorithm";
    case Kind::KeyIdMismatch:
        return "KeyIdMismatch";
    case Kind::InvalidSignature:
        return "InvalidSignature";
    case Kind::InvalidTrustedComment:
        return "InvalidTrustedComment";
    case Kind::LegacyMessageTooLarge:
        return "LegacyMessageTooLarge";
    case Kind::ReadFailed:
        return "ReadFailed";
    }
    return "Unknown";
}

} // namespace carnet
