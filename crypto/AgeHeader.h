#pragma once

#include "AgeStanza.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace carnet {

// The textual header of an age v1 file: strict, bounded parsing and canonical writing, with its HMAC.
class AgeHeader
{
public:
    static constexpr int FileKeySize = 16;
    static constexpr int MacSize = 32;
    // Bounds on what a reader accepts, so a hostile header cannot make it allocate without limit.
    static constexpr int MaxLineLength = 16 * 1024;
    static constexpr int MaxHeaderSize = 1024 * 1024;
    static constexpr int MaxStanzas = 1024;

    // Reads up to and including the MAC line, leaving `in` at the first payload byte. Throws AgeError
    // (NotAgeFile, UnsupportedVersion, MalformedHeader, ReadFailed).
    static AgeHeader read(QIODevice& in);
    // The full header text for `stanzas`, ending with the MAC line under `fileKey`.
    static QByteArray write(const QList<AgeStanza>& stanzas, const SecretBytes& fileKey);

    const QList<AgeStanza>& stanzas() const { return m_stanzas; }
    // Constant-time check of the MAC line against `fileKey`.
    bool verifyMac(const SecretBytes& fileKey) const;

private:
    // HMAC-SHA-256 under HKDF(fileKey, "", "header") over the header up to and including "---".
    static QByteArray computeMac(const QByteArray& macInput, const SecretBytes& fileKey);

    QList<AgeStanza> m_stanzas;
    QByteArray m_macInput;
    QByteArray m_mac;
};

} // namespace carnet
