#include "AgeDecryptor.h"

#include "AgeArmorReader.h"
#include "AgeError.h"
#include "AgeHeader.h"
#include "AgePayload.h"
#include "AgeScryptRecipient.h"
#include "DeviceReader.h"

#include <QBuffer>
#include <algorithm>
#include <utility>

namespace carnet {

namespace {

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

void AgeDecryptor::addIdentity(AgeIdentity identity)
{
    m_identities.push_back(std::move(identity));
}

void AgeDecryptor::setPassphrase(const SecretBytes& passphrase)
{
    m_passphrase = passphrase.clone();
    m_hasPassphrase = true;
}

void AgeDecryptor::decrypt(QIODevice& in, QIODevice& out) const
{
    if (!in.isReadable()) {
        throw AgeError(AgeError::Kind::ReadFailed,
                       QCoreApplication::translate("AgeDecryptor", "the input is not open for reading"));
    }
    if (!out.isWritable()) {
        throw AgeError(AgeError::Kind::WriteFailed,
                       QCoreApplication::translate("AgeDecryptor", "the output is not open for writing"));
    }
    // A binary file starts with "age-encryption.org/"; armor starts with dashes, perhaps after whitespace.
    bool skippedWhitespace = false;
    int first = DeviceReader::peekByte(in);
    while (isSpace(first)) {
        DeviceReader::readByte(in);
        skippedWhitespace = true;
        first = DeviceReader::peekByte(in);
    }
    if (first != '-') {
        if (skippedWhitespace) {
            throw AgeError(AgeError::Kind::NotAgeFile);
        }
        decryptBinary(in, out);
        return;
    }

    AgeArmorReader armor(in);
    try {
        decryptBinary(armor, out);
    } catch (const AgeError&) {
        // The armor reader reports its own failures as read errors; name them for what they are.
        if (armor.hasFailed()) {
            throw AgeError(AgeError::Kind::MalformedArmor, armor.errorString());
        }
        throw;
    }
}

QByteArray AgeDecryptor::decrypt(const QByteArray& file) const
{
    QByteArray input = file;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray plaintext;
    QBuffer out(&plaintext);
    out.open(QIODevice::WriteOnly);
    decrypt(in, out);
    return plaintext;
}

void AgeDecryptor::decryptBinary(QIODevice& in, QIODevice& out) const
{
    const AgeHeader header = AgeHeader::read(in);
    const SecretBytes fileKey = unwrapFileKey(header);
    if (!header.verifyMac(fileKey)) {
        throw AgeError(AgeError::Kind::HeaderMacMismatch);
    }
    AgePayload::decrypt(fileKey, in, out);
}

SecretBytes AgeDecryptor::unwrapFileKey(const AgeHeader& header) const
{
    const QList<AgeStanza>& stanzas = header.stanzas();
    const bool hasScrypt = std::any_of(stanzas.cbegin(), stanzas.cend(), &AgeScryptRecipient::isScryptStanza);
    if (hasScrypt) {
        // A passphrase file must carry nothing else, or anyone could add a recipient to a "password-only" file.
        if (stanzas.size() != 1) {
            throw AgeError(AgeError::Kind::ScryptNotAlone);
        }
        if (!m_hasPassphrase) {
            throw AgeError(AgeError::Kind::PassphraseRequired);
        }
        std::optional<SecretBytes> fileKey
            = AgeScryptRecipient::unwrapFileKey(stanzas.first(), m_passphrase, m_maxScryptLogN);
        if (!fileKey) {
            throw AgeError(AgeError::Kind::WrongPassphrase);
        }
        return std::move(*fileKey);
    }
    for (const AgeStanza& stanza : stanzas) {
        for (const AgeIdentity& identity : m_identities) {
            std::optional<SecretBytes> fileKey = identity.unwrapFileKey(stanza);
            if (fileKey) {
                return std::move(*fileKey);
            }
        }
    }
    throw AgeError(AgeError::Kind::NoMatchingIdentity);
}

} // namespace carnet
