#pragma once

#include "CryptoError.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

// Why an age file could not be read or written, precise enough to tell a wrong key from a damaged file.
class AgeError : public CryptoError
{
    Q_DECLARE_TR_FUNCTIONS(AgeError)

public:
    enum class Kind {
        NotAgeFile, // does not start like an age file (binary or armored)
        UnsupportedVersion, // "age-encryption.org/" followed by something other than "v1"
        MalformedArmor, // ASCII armor that is not strict PEM, or data around it
        MalformedHeader, // the header breaks the grammar, or a stanza we recognise is malformed
        NoMatchingIdentity, // no stanza opens with any identity given (includes a damaged X25519 stanza)
        PassphraseRequired, // a passphrase (scrypt) file, but no passphrase was given
        WrongPassphrase, // the scrypt stanza does not open with the passphrase given
        ScryptWorkFactorTooHigh, // the scrypt log2(N) is above the limit the reader accepts (or memory allows)
        ScryptNotAlone, // an scrypt stanza together with other stanzas
        HeaderMacMismatch, // the file key opened but the header was changed
        TruncatedPayload, // the payload ends before its final chunk (or before the nonce)
        TrailingData, // bytes after the final chunk
        DamagedChunk, // a payload chunk fails authentication
        ReadFailed, // the input device reported an error
        WriteFailed, // the output device refused data
    };

    explicit AgeError(Kind kind, const QString& detail = QString());

    Kind kind() const { return m_kind; }
    // The key or passphrase does not open this file; the file itself may be fine.
    bool isWrongSecret() const;
    // The file was cut, altered or damaged after it was written (or was never a valid age file).
    bool isDamaged() const;

    // A translated one-line description, for people.
    static QString describe(Kind kind);
    // A stable English name for logs and tests, e.g. "HeaderMacMismatch".
    static const char* name(Kind kind);

private:
    Kind m_kind;
};

} // namespace carnet
