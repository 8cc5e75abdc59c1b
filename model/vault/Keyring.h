#pragma once

#include "Database.h"
#include "PassphraseKdf.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace carnet {

// The vault's key file: format header plus key slots that each wrap the data key. Layout: docs/vault-format.md.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int VaultIdSize = 16;
    static constexpr int DataKeySize = 32;
    static constexpr int RecoveryCodeBytes = 20;
    static constexpr int MaxSlots = 8;

    enum class SlotType : quint8 { Passphrase = 1, RecoveryCode = 2 };
    // A recovery slot's key comes from the random code itself (160 bits) through keyed BLAKE2b, not Argon2id.
    static constexpr quint8 RecoveryKdfAlgorithm = 0x80;

    struct Slot
    {
        SlotType type = SlotType::Passphrase;
        quint8 id = 0;
        KdfParams kdf;
        QByteArray salt;    // 16 bytes
        QDateTime createdAt; // when this slot was written (seconds); tells the audit log of offline changes
        QByteArray wrapped; // nonce || ciphertext || tag, 72 bytes
    };

    QByteArray vaultId;
    QDateTime created;
    CipherSettings cipher;
    std::vector<Slot> keySlots;

    // Throws VaultError: Damaged (bad magic, checksum, length), Unsupported (newer format).
    static Keyring parse(const QByteArray& bytes);
    QByteArray serialize() const;

    const Slot* findSlot(SlotType type) const;

    // Replaces (or adds) the slot of that type, wrapping dataKey under a KEK from the passphrase.
    void setPassphraseSlot(const SecretBytes& dataKey, const SecretBytes& passphrase, const KdfParams& kdf);
    // Replaces (or adds) the recovery slot with a fresh code; returns the code, grouped for people to write down.
    QString setNewRecoveryCode(const SecretBytes& dataKey);

    std::optional<SecretBytes> unwrapWithPassphrase(const SecretBytes& passphrase) const;
    // Throws VaultError(InvalidArgument) when the text is not a well-formed code.
    std::optional<SecretBytes> unwrapWithRecoveryCode(const QString& code) const;

    static QString formatRecoveryCode(const QByteArray& codeBytes);

private:
    QByteArray headerBytes() const;
    QByteArray associatedData(const Slot& slot) const;
    static QByteArray slotKdfBytes(const Slot& slot);
    static SecretBytes recoveryKek(const QByteArray& codeBytes, const QByteArray& salt);
    void putSlot(Slot slot);
};

} // namespace carnet
