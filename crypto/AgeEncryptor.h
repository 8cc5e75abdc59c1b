#pragma once

#include "AgeRecipient.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <memory>

class QIODevice;

namespace carnet {

// Encrypts to age v1 (C2SP age spec): to X25519 recipients, or to one passphrase (an scrypt stanza alone),
// streaming from one device to another, binary or ASCII-armored.
class AgeEncryptor
{
public:
    static constexpr int DefaultScryptLogN = 18;

    // Throws CryptoError if `recipients` is empty.
    static AgeEncryptor forRecipients(const QList<AgeRecipient>& recipients);
    // Throws CryptoError for an empty passphrase or a work factor outside 1..22. Lower it only in tests.
    static AgeEncryptor forPassphrase(const SecretBytes& passphrase, int scryptLogN = DefaultScryptLogN);

    AgeEncryptor(AgeEncryptor&&) noexcept;
    AgeEncryptor& operator=(AgeEncryptor&&) noexcept;
    ~AgeEncryptor();

    // PEM armor ("-----BEGIN AGE ENCRYPTED FILE-----"); binary by default.
    void setArmored(bool armored) { m_armored = armored; }
    bool isArmored() const { return m_armored; }

    // Reads `plaintext` to its end and writes one age file to `out`, with a fresh file key and nonce.
    // Throws AgeError(ReadFailed / WriteFailed); `out` then holds an incomplete file that must be discarded.
    void encrypt(QIODevice& plaintext, QIODevice& out) const;
    QByteArray encrypt(const QByteArray& plaintext) const;

private:
    AgeEncryptor() = default;

    QList<AgeRecipient> m_recipients;
    SecretBytes m_passphrase;
    int m_scryptLogN = DefaultScryptLogN;
    bool m_armored = false;
};

} // namespace carnet
