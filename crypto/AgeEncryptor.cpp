#include "AgeEncryptor.h"

#include "AgeArmorWriter.h"
#include "AgeError.h"
#include "AgeHeader.h"
#include "AgePayload.h"
#include "AgeScryptRecipient.h"

#include <QBuffer>

namespace carnet {

AgeEncryptor::AgeEncryptor(AgeEncryptor&&) noexcept = default;
AgeEncryptor& AgeEncryptor::operator=(AgeEncryptor&&) noexcept = default;
AgeEncryptor::~AgeEncryptor() = default;

AgeEncryptor AgeEncryptor::forRecipients(const QList<AgeRecipient>& recipients)
{
    if (recipients.isEmpty()) {
        throw CryptoError("age encryption needs at least one recipient");
    }
    AgeEncryptor encryptor;
    encryptor.m_recipients = recipients;
    return encryptor;
}

AgeEncryptor AgeEncryptor::forPassphrase(const SecretBytes& passphrase, int scryptLogN)
{
    if (passphrase.isEmpty()) {
        throw CryptoError("An age passphrase must not be empty");
    }
    if (scryptLogN < AgeScryptRecipient::MinLogN || scryptLogN > AgeScryptRecipient::MaxLogN) {
        throw CryptoError("The age scrypt work factor must be between 1 and 22");
    }
    AgeEncryptor encryptor;
    encryptor.m_passphrase = passphrase.clone();
    encryptor.m_scryptLogN = scryptLogN;
    return encryptor;
}

void AgeEncryptor::encrypt(QIODevice& plaintext, QIODevice& out) const
{
    const SecretBytes fileKey = SecretBytes::random(AgeHeader::FileKeySize);
    QList<AgeStanza> stanzas;
    if (m_recipients.isEmpty()) {
        stanzas.append(AgeScryptRecipient::wrapFileKey(fileKey, m_passphrase, m_scryptLogN));
    } else {
        for (const AgeRecipient& recipient : m_recipients) {
            stanzas.append(recipient.wrapFileKey(fileKey));
        }
    }
    const QByteArray header = AgeHeader::write(stanzas, fileKey);

    if (!m_armored) {
        if (out.write(header) != header.size()) {
            throw AgeError(AgeError::Kind::WriteFailed, out.errorString());
        }
        AgePayload::encrypt(fileKey, plaintext, out);
        return;
    }
    AgeArmorWriter armor(out);
    if (armor.write(header) != header.size()) {
        throw AgeError(AgeError::Kind::WriteFailed, out.errorString());
    }
    AgePayload::encrypt(fileKey, plaintext, armor);
    armor.finish();
}

QByteArray AgeEncryptor::encrypt(const QByteArray& plaintext) const
{
    QByteArray input = plaintext;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    encrypt(in, out);
    return file;
}

} // namespace carnet
