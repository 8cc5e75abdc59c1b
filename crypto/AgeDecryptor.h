#pragma once

#include "AgeIdentity.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <vector>

class QIODevice;

namespace carnet {

class AgeHeader;

// Decrypts age v1 files, binary or ASCII-armored, with X25519 identities or a passphrase, streaming and
// failing closed with an AgeError that tells a wrong key from a damaged file.
class AgeDecryptor
{
public:
    static constexpr int DefaultMaxScryptLogN = 22;

    void addIdentity(AgeIdentity identity);
    void setPassphrase(const SecretBytes& passphrase);
    // Refuse scrypt work factors above this (a file could otherwise make the reader work for hours).
    void setMaxScryptLogN(int maxLogN) { m_maxScryptLogN = maxLogN; }

    // Reads one age file from `in` to its end and writes the plaintext to `out`, one authenticated 64 KiB chunk
    // at a time. Throws AgeError; after an error `out` may hold a prefix of the plaintext that must be
    // discarded (write to a QSaveFile and only commit on success, for instance).
    void decrypt(QIODevice& in, QIODevice& out) const;
    QByteArray decrypt(const QByteArray& file) const;

private:
    SecretBytes unwrapFileKey(const AgeHeader& header) const;
    void decryptBinary(QIODevice& in, QIODevice& out) const;

    std::vector<AgeIdentity> m_identities;
    SecretBytes m_passphrase;
    bool m_hasPassphrase = false;
    int m_maxScryptLogN = DefaultMaxScryptLogN;
};

} // namespace carnet
