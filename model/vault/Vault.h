#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "Keyring.h"
#include "PassphraseKdf.h"
#include "SecretBytes.h"
#include "VaultLock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace carnet {

// An encrypted vault folder: the keyring, the SQLCipher records.db it unlocks, the lock and the audit log.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr const char* RecordsFileName = "records.db";
    static constexpr const char* KeyringFileName = "keyring";
    static constexpr const char* BackupSuffix = ".bak";
    static constexpr int MinPassphraseLength = 8;

    struct Info
    {
        QByteArray vaultId;
        int formatVersion = 0;
        QDateTime created;
        KdfParams kdf;
        CipherSettings cipher;
        bool hasRecoveryCode = false;
    };

    struct Created;

    // Creates the folder (0700) and a new vault in it; the recovery code is returned once and never stored.
    static Created create(const QString& folder, const SecretBytes& passphrase, const KdfParams& kdf);
    // Reads the keyring without unlocking.
    static Info inspect(const QString& folder);
    static bool exists(const QString& folder);

    // Takes the vault's lock, or uses one the caller already holds (to report "in use" before asking for secrets).
    static std::unique_ptr<Vault> unlock(const QString& folder, const SecretBytes& passphrase,
                                         std::unique_ptr<VaultLock> heldLock = {});
    // Opens with the recovery code; the vault stays unusable until completeRecovery() sets a new passphrase.
    static std::unique_ptr<Vault> unlockWithRecoveryCode(const QString& folder, const QString& recoveryCode,
                                                         std::unique_ptr<VaultLock> heldLock = {});
    // Fails with NotFound when there is no vault, InUse when another process holds it.
    static std::unique_ptr<VaultLock> acquireLock(const QString& folder);
    // Sets the new passphrase and replaces the used recovery code; returns the new code.
    QString completeRecovery(const SecretBytes& newPassphrase, const KdfParams& kdf);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    bool isUnlocked() const { return m_database != nullptr; }
    bool needsNewPassphrase() const { return m_needsNewPassphrase; }

    // Records the lock, checkpoints and truncates the WAL, closes the database, wipes the keys, releases the lock.
    void lock();

    // Changes the passphrase of a locked vault by rewrapping the data key in the keyring; records.db is not opened,
    // so its bytes stay identical. The audit log learns of it from the slot's time at the next unlock.
    static void rewrapPassphrase(const QString& folder, const SecretBytes& current, const SecretBytes& next,
                                 std::optional<KdfParams> kdf = {}, std::unique_ptr<VaultLock> heldLock = {});
    // The same for an unlocked vault; the change is logged at once.
    void changePassphrase(const SecretBytes& current, const SecretBytes& next, std::optional<KdfParams> kdf = {});
    // True when passphrase unwraps this vault's data key (a confirmation before a sensitive step, such as a share).
    // Reads only the keyring held in memory: writes nothing, logs nothing, changes no state. Runs Argon2id, so it is
    // slow; it may run on a worker thread while nothing changes the keyring.
    bool verifyPassphrase(const SecretBytes& passphrase) const;
    // Re-encrypts records.db under a new data key; returns the new recovery code (the old one stops working).
    QString rotateDataKey(const SecretBytes& passphrase);

    Database& database();
    AuditLog& auditLog();
    Info info() const;
    const QString& folder() const { return m_folder; }
    QString recordsPath() const;
    QString keyringPath() const;
    int schemaVersion();

    static void checkPassphraseAcceptable(const SecretBytes& passphrase);

private:
    Vault(QString folder, std::unique_ptr<VaultLock> lock, Keyring keyring);

    static std::unique_ptr<Vault> openWithDataKey(const QString& folder, std::unique_ptr<VaultLock> lock,
                                                  Keyring keyring, SecretBytes dataKey);
    static Keyring readKeyring(const QString& folder);
    static void checkRecordsFile(const QString& folder);
    void openDatabase(Database::OpenMode mode);
    void finishInterruptedRotation();
    void writeKeyring();
    void requireUsable() const;
    void recordPendingFailures();
    void recordOfflineKeyringChanges();
    void rememberPassphraseSlot();
    SecretBytes loadAuditKey();

    QString m_folder;
    std::unique_ptr<VaultLock> m_lock;
    Keyring m_keyring;
    SecretBytes m_dataKey;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    bool m_needsNewPassphrase = false;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryCode;
};

} // namespace carnet
