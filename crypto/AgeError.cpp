#include "AgeError.h"

namespace carnet {

namespace {

std::string messageFor(AgeError::Kind kind, const QString& detail)
{
    QString message = AgeError::describe(kind);
    if (!detail.isEmpty()) {
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    return message.toStdString();
}

} // namespace

AgeError::AgeError(Kind kind, const QString& detail)
    : CryptoError(messageFor(kind, detail))
    , m_kind(kind)
{
}

bool AgeError::isWrongSecret() const
{
    return m_kind == Kind::NoMatchingIdentity || m_kind == Kind::WrongPassphrase || m_kind == Kind::PassphraseRequired;
}

bool AgeError::isDamaged() const
{
    switch (m_kind) {
    case Kind::NotAgeFile:
    case Kind::MalformedArmor:
    case Kind::MalformedHeader:
    case Kind::HeaderMacMismatch:
    case Kind::TruncatedPayload:
    case Kind::TrailingData:
    case Kind::DamagedChunk:
        return true;
    default:
        return false;
    }
}

QString AgeError::describe(Kind kind)
{
    switch (kind) {
    case Kind::NotAgeFile:
        return tr("This is not an age-encrypted file");
    case Kind::UnsupportedVersion:
        return tr("This age file uses a format version Carnet does not support");
    case Kind::MalformedArmor:
        return tr("The armored age file is damaged or has extra text around it");
    case Kind::MalformedHeader:
        return tr("The age file header is damaged");
    case Kind::NoMatchingIdentity:
        return tr("None of your keys can open this file");
    case Kind::PassphraseRequired:
        return tr("This file is protected by a passphrase");
    case Kind::WrongPassphrase:
        return tr("Wrong passphrase");
    case Kind::ScryptWorkFactorTooHigh:
        return tr("The passphrase protection of this file is set too high to open safely");
    case Kind::ScryptNotAlone:
        return tr("The age file mixes a passphrase with other recipients, which is not allowed");
    case Kind::HeaderMacMismatch:
        return tr("The age file header was altered");
    case Kind::TruncatedPayload:
        return tr("The age file is incomplete: it ends before its last part");
    case Kind::TrailingData:
        return tr("The age file has extra data after its end");
    case Kind::DamagedChunk:
        return tr("The age file content was altered or damaged");
    case Kind::ReadFailed:
        return tr("The encrypted data could not be read");
    case Kind::WriteFailed:
        return tr("The output could not be written");
    }
    return tr("Unknown age error");
}

const char* AgeError::name(Kind kind)
{
    switch (kind) {
    case Kind::NotAgeFile:
        return "NotAgeFile";
    case Kind::UnsupportedVersion:
        return "UnsupportedVersion";
    case Kind::MalformedArmor:
        return "MalformedArmor";
    case Kind::MalformedHeader:
        return "MalformedHeader";
    case Kind::NoMatchingIdentity:
        return "NoMatchingIdentity";
    case Kind::PassphraseRequired:
        return "PassphraseRequired";
    case Kind::WrongPassphrase:
        return "WrongPassphrase";
    case Kind::ScryptWorkFactorTooHigh:
        return "ScryptWorkFactorTooHigh";
    case Kind::ScryptNotAlone:
        return "ScryptNotAlone";
    case Kind::HeaderMacMismatch:
        return "HeaderMacMismatch";
    case Kind::TruncatedPayload:
        return "TruncatedPayload";
    case Kind::TrailingData:
        return "TrailingData";
    case Kind::DamagedChunk:
        return "DamagedChunk";
    case Kind::ReadFailed:
        return "ReadFailed";
    case Kind::WriteFailed:
        return "WriteFailed";
    }
    return "Unknown";
}

} // namespace carnet
