#include "Vault.h"

#include "AgreementKeyPair.h"
#include "AtomicFile.h"
#include "CryptoError.h"
#include "Random.h"
#include "SigningKeyPair.h"
#include "StorageError.h"
#include "SubkeyDerivation.h"
#include "UnlockFailureLog.h"
#include "VaultError.h"
#include "VaultSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace carnet {

namespace {

constexpr char DatabaseContext[] = "CARNETDB";
constexpr char AuditContext[] = "CARNETAU";
constexpr std::uint64_t DatabaseSubkeyId = 1;
constexpr std::uint64_t AuditSubkeyId = 2;
const QString RotationNewSuffix = QStringLiteral(".rotating");
const QString RotationOldSuffix = QStringLiteral(".pre-rotation");

// ATTACH opens files with the main connection's flags, which do not include "create" for an existing vault.
void createEmptyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StorageError(("cannot create " + path + ": " + file.errorString()).toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString kdfDetail(const KdfParams& kdf)
{
    return QStringLiteral("argon2id ops=%1 mem=%2MiB").arg(kdf.opsLimit).arg(kdf.memLimitBytes / (1024 * 1024));
}

// Turns storage failures into the vault's own error kinds, so callers see "damaged" or "disk full", not SQLite codes.
[[noreturn]] void rethrowStorage(const StorageError& error, const QString& context)
{
    if (error.isNotADatabase())
        throw VaultError(VaultError::Kind::Damaged,
                         Vault::tr("records.db is damaged or does not belong to this keyring (%1).").arg(context));
    if (error.isDiskFull())
        throw VaultError(VaultError::Kind::Other,
                         Vault::tr("The disk is full: %1 was not completed and nothing was changed.").arg(context));
    throw VaultError(VaultError::Kind::Other, Vault::tr("%1 failed: %2").arg(context, QString::fromStdString(error.what())));
}

} // namespace

Vault::Vault(QString folder, std::unique_ptr<VaultLock> lock, Keyring keyring)
    : m_folder(std::move(folder))
    , m_lock(std::move(lock))
    , m_keyring(std::move(keyring))
{
}

Vault::~Vault()
{
    try {
        lock();
    } catch (...) {
        // Destructors must not throw; the keys are wiped by SecretBytes regardless.
    }
}

QString Vault::recordsPath() const
{
    return QDir(m_folder).filePath(QLatin1String(RecordsFileName));
}

QString Vault::keyringPath() const
{
    return QDir(m_folder).filePath(QLatin1String(KeyringFileName));
}

bool Vault::exists(const QString& folder)
{
    return QFileInfo::exists(QDir(folder).filePath(QLatin1String(KeyringFileName)));
}

void Vault::checkPassphraseAcceptable(const SecretBytes& passphrase)
{
    if (passphrase.size() < static_cast<std::size_t>(MinPassphraseLength))
        throw VaultError(VaultError::Kind::InvalidArgument,
                         tr("The passphrase must be at least %1 characters long.").arg(MinPassphraseLength));
}

Keyring Vault::readKeyring(const QString& folder)
{
    const QString path = QDir(folder).filePath(QLatin1String(KeyringFileName));
    if (!QFileInfo(folder).isDir())
        throw VaultError(VaultError::Kind::NotFound, tr("There is no vault at %1.").arg(QDir::toNativeSeparators(folder)));
    QFile file(path);
    if (!file.exists())
        throw VaultError(VaultError::Kind::NotFound,
                         tr("%1 is not a Carnet vault: it has no keyring file.").arg(QDir::toNativeSeparators(folder)));
    if (!file.open(QIODevice::ReadOnly))
        throw VaultError(VaultError::Kind::Other, tr("Cannot read the keyring: %1").arg(file.errorString()));
    return Keyring::parse(file.readAll());
}

void Vault::checkRecordsFile(const QString& folder)
{
    const QFileInfo records(QDir(folder).filePath(QLatin1String(RecordsFileName)));
    if (!records.exists())
        throw VaultError(VaultError::Kind::Damaged,
                         tr("records.db is missing from the vault, although its keyring is there. "
                            "Carnet will not start a new, empty vault in its place; restore records.db from a backup."));
    if (records.size() == 0)
        throw VaultError(VaultError::Kind::Damaged,
                         tr("records.db is empty, although the vault's keyring is there. "
                            "Carnet will not start a new, empty vault in its place; restore records.db from a backup."));
}

Vault::Info Vault::inspect(const QString& folder)
{
    const Keyring keyring = readKeyring(folder);
    Info info;
    info.vaultId = keyring.vaultId;
    info.formatVersion = Keyring::FormatVersion;
    info.created = keyring.created;
    info.cipher = keyring.cipher;
    if (const Keyring::Slot* slot = keyring.findSlot(Keyring::SlotType::Passphrase))
        info.kdf = slot->kdf;
    info.hasRecoveryCode = keyring.findSlot(Keyring::SlotType::RecoveryCode) != nullptr;
    return info;
}

Vault::Info Vault::info() const
{
    Info result;
    result.vaultId = m_keyring.vaultId;
    result.formatVersion = Keyring::FormatVersion;
    result.created = m_keyring.created;
    result.cipher = m_keyring.cipher;
    if (const Keyring::Slot* slot = m_keyring.findSlot(Keyring::SlotType::Passphrase))
        result.kdf = slot->kdf;
    result.hasRecoveryCode = m_keyring.findSlot(Keyring::SlotType::RecoveryCode) != nullptr;
    return result;
}

Vault::Created Vault::create(const QString& folder, const SecretBytes& passphrase, const KdfParams& kdf)
{
    checkPassphraseAcceptable(passphrase);
    if (!PassphraseKdf::isAcceptable(kdf))
        throw VaultError(VaultError::Kind::InvalidArgument, tr("The key-derivation settings are below Carnet's minimum."));
    QDir dir(folder);
    if (exists(folder))
        throw VaultError(VaultError::Kind::AlreadyExists,
                         tr("%1 already holds a Carnet vault.").arg(QDir::toNativeSeparators(folder)));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        throw VaultError(VaultError::Kind::AlreadyExists,
                         tr("%1 is not empty; choose a new or empty folder for the vault.").arg(QDir::toNativeSeparators(folder)));
    if (!dir.mkpath(QStringLiteral(".")))
        throw VaultError(VaultError::Kind::Other, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto lock = std::make_unique<VaultLock>(folder);
    Keyring keyring;
    keyring.vaultId = Random::bytes(Keyring::VaultIdSize);
    keyring.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    keyring.cipher = CipherSettings{};
    SecretBytes dataKey = SecretBytes::random(Keyring::DataKeySize);
    keyring.setPassphraseSlot(dataKey, passphrase, kdf);
    const QString recoveryCode = keyring.setNewRecoveryCode(dataKey);

    std::unique_ptr<Vault> vault(new Vault(dir.absolutePath(), std::move(lock), std::move(keyring)));
    vault->m_dataKey = std::move(dataKey);
    try {
        vault->openDatabase(Database::OpenMode::CreateNew);
        QFile::setPermissions(vault->recordsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database& db = *vault->m_database;
        Transaction transaction(db);
        Statement meta = db.prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)"));
        meta.bind(1, QStringLiteral("vault_id")).bind(2, QString::fromLatin1(vault->m_keyring.vaultId.toHex())).exec();
        meta.bind(1, QStringLiteral("created_at")).bind(2, vault->m_keyring.created.toString(Qt::ISODate)).exec();
        const SigningKeyPair signing = SigningKeyPair::generate();
        const AgreementKeyPair agreement = AgreementKeyPair::generate();
        Statement identity = db.prepare(QStringLiteral(
            "INSERT INTO vault_identity (id, signing_public, signing_secret, agreement_public, agreement_secret, created_at)"
            " VALUES (1, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))"));
        identity.bind(1, signing.publicKey())
            .bind(2, QByteArray(signing.secretKey().chars(), static_cast<int>(signing.secretKey().size())))
            .bind(3, agreement.publicKey())
            .bind(4, QByteArray(agreement.secretKey().chars(), static_cast<int>(agreement.secretKey().size())))
            .exec();
        vault->m_audit->append(QLatin1String(AuditLog::VaultCreated), kdfDetail(kdf));
        vault->rememberPassphraseSlot();
        transaction.commit();
        // The keyring goes last: a keyring on disk always has a complete records.db beside it.
        vault->writeKeyring();
    } catch (const StorageError& error) {
        vault.reset();
        QFile::remove(dir.filePath(QLatin1String(RecordsFileName)));
        QFile::remove(dir.filePath(QLatin1String(RecordsFileName)) + QStringLiteral("-wal"));
        QFile::remove(dir.filePath(QLatin1String(RecordsFileName)) + QStringLiteral("-shm"));
        rethrowStorage(error, tr("Creating the vault"));
    }
    return {std::move(vault), recoveryCode};
}

std::unique_ptr<VaultLock> Vault::acquireLock(const QString& folder)
{
    readKeyring(folder); // a folder that is no vault gets "not found", not a stray lock file
    return std::make_unique<VaultLock>(folder);
}

std::unique_ptr<Vault> Vault::unlock(const QString& folder, const SecretBytes& passphrase,
                                     std::unique_ptr<VaultLock> heldLock)
{
    auto lock = heldLock ? std::move(heldLock) : acquireLock(folder);
    Keyring keyring = readKeyring(folder); // again under the lock: another process may have just rewritten it
    checkRecordsFile(folder);
    std::optional<SecretBytes> dataKey = keyring.unwrapWithPassphrase(passphrase);
    if (!dataKey) {
        UnlockFailureLog(keyring.vaultId).record(QStringLiteral("passphrase"));
        throw VaultError(VaultError::Kind::WrongPassphrase, tr("Wrong passphrase."));
    }
    auto vault = openWithDataKey(QDir(folder).absolutePath(), std::move(lock), std::move(keyring), std::move(*dataKey));
    vault->recordPendingFailures();
    vault->recordOfflineKeyringChanges();
    vault->m_audit->append(QLatin1String(AuditLog::Unlocked), QStringLiteral("passphrase"));
    return vault;
}

std::unique_ptr<Vault> Vault::unlockWithRecoveryCode(const QString& folder, const QString& recoveryCode,
                                                     std::unique_ptr<VaultLock> heldLock)
{
    auto lock = heldLock ? std::move(heldLock) : acquireLock(folder);
    Keyring keyring = readKeyring(folder);
    checkRecordsFile(folder);
    std::optional<SecretBytes> dataKey;
    try {
        dataKey = keyring.unwrapWithRecoveryCode(recoveryCode);
    } catch (const VaultError&) {
        UnlockFailureLog(keyring.vaultId).record(QStringLiteral("recovery code"));
        throw;
    }
    if (!dataKey) {
        UnlockFailureLog(keyring.vaultId).record(QStringLiteral("recovery code"));
        throw VaultError(VaultError::Kind::WrongRecoveryCode, tr("Wrong recovery code."));
    }
    auto vault = openWithDataKey(QDir(folder).absolutePath(), std::move(lock), std::move(keyring), std::move(*dataKey));
    vault->m_needsNewPassphrase = true;
    return vault;
}

QString Vault::completeRecovery(const SecretBytes& newPassphrase, const KdfParams& kdf)
{
    if (!m_needsNewPassphrase || !m_database)
        throw VaultError(VaultError::Kind::Locked, tr("The vault was not opened with its recovery code."));
    checkPassphraseAcceptable(newPassphrase);
    if (!PassphraseKdf::isAcceptable(kdf))
        throw VaultError(VaultError::Kind::InvalidArgument, tr("The key-derivation settings are below Carnet's minimum."));
    SecretReadGuard guard(m_dataKey);
    Keyring next = m_keyring;
    next.setPassphraseSlot(m_dataKey, newPassphrase, kdf);
    const QString code = next.setNewRecoveryCode(m_dataKey);
    const Keyring previous = std::exchange(m_keyring, std::move(next));
    try {
        writeKeyring();
    } catch (...) {
        m_keyring = previous;
        throw;
    }
    m_needsNewPassphrase = false;
    recordPendingFailures();
    m_audit->append(QLatin1String(AuditLog::Recovered), tr("new passphrase and recovery code set"));
    rememberPassphraseSlot();
    m_audit->append(QLatin1String(AuditLog::Unlocked), QStringLiteral("recovery code"));
    return code;
}

std::unique_ptr<Vault> Vault::openWithDataKey(const QString& folder, std::unique_ptr<VaultLock> lock, Keyring keyring,
                                              SecretBytes dataKey)
{
    std::unique_ptr<Vault> vault(new Vault(folder, std::move(lock), std::move(keyring)));
    vault->m_dataKey = std::move(dataKey);
    vault->m_dataKey.noAccess();
    try {
        vault->finishInterruptedRotation();
        vault->openDatabase(Database::OpenMode::OpenExisting);
        Statement meta = vault->m_database->prepare(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id'"));
        if (!meta.step() || meta.text(0) != QString::fromLatin1(vault->m_keyring.vaultId.toHex()))
            throw VaultError(VaultError::Kind::Damaged, tr("records.db belongs to a different vault than this keyring."));
    } catch (const StorageError& error) {
        vault->m_database.reset();
        rethrowStorage(error, tr("Opening records.db"));
    }
    return vault;
}

void Vault::openDatabase(Database::OpenMode mode)
{
    SecretReadGuard guard(m_dataKey);
    const SecretBytes dbKey = SubkeyDerivation::derive(m_dataKey, DatabaseSubkeyId, DatabaseContext);
    m_database = Database::openEncrypted(recordsPath(), dbKey, m_keyring.cipher, mode);
    VaultSchema::migrator().migrate(*m_database);
    m_audit = std::make_unique<AuditLog>(*m_database, loadAuditKey());
}

// The audit MAC key is derived from the first data key and then kept inside the encrypted database, so the chain
// written before a data-key rotation still verifies after it. Anyone who can read it can read the records anyway.
SecretBytes Vault::loadAuditKey()
{
    Statement select = m_database->prepare(QStringLiteral("SELECT key FROM vault_keys WHERE name = 'audit_mac'"));
    if (select.step()) {
        const QByteArray stored = select.blob(0);
        if (stored.size() != 32)
            throw VaultError(VaultError::Kind::Damaged, tr("The vault's audit key is damaged."));
        return SecretBytes::copyOf(stored);
    }
    SecretBytes key = SubkeyDerivation::derive(m_dataKey, AuditSubkeyId, AuditContext);
    Statement insert = m_database->prepare(QStringLiteral("INSERT INTO vault_keys (name, key) VALUES ('audit_mac', ?)"));
    insert.bind(1, QByteArray(key.chars(), static_cast<int>(key.size()))).exec();
    return key;
}

// A crash during rotateDataKey() can leave records.db and the keyring one step apart; put them back together.
void Vault::finishInterruptedRotation()
{
    const QString old = recordsPath() + RotationOldSuffix;
    QFile::remove(recordsPath() + RotationNewSuffix);
    if (!QFileInfo::exists(old))
        return;
    SecretReadGuard guard(m_dataKey);
    const SecretBytes dbKey = SubkeyDerivation::derive(m_dataKey, DatabaseSubkeyId, DatabaseContext);
    try {
        Database::openEncrypted(recordsPath(), dbKey, m_keyring.cipher, Database::OpenMode::OpenExisting)->close();
        QFile::remove(old); // the keyring already matches the rotated file
    } catch (const StorageError&) {
        // The keyring still holds the old key: the rotated file never became current.
        QFile::remove(recordsPath());
        QFile::rename(old, recordsPath());
        AtomicFile::syncDirectory(m_folder);
    }
}

void Vault::writeKeyring()
{
    AtomicFile::write(keyringPath(), m_keyring.serialize(), QLatin1String(BackupSuffix));
}

void Vault::requireUsable() const
{
    if (!m_database)
        throw VaultError(VaultError::Kind::Locked, tr("The vault is locked."));
    if (m_needsNewPassphrase)
        throw VaultError(VaultError::Kind::Locked, tr("Set a new passphrase before using the vault."));
}

Database& Vault::database()
{
    requireUsable();
    return *m_database;
}

AuditLog& Vault::auditLog()
{
    requireUsable();
    return *m_audit;
}

int Vault::schemaVersion()
{
    return SchemaMigrator::currentVersion(database());
}

void Vault::recordPendingFailures()
{
    UnlockFailureLog failures(m_keyring.vaultId);
    const auto pending = failures.pending();
    if (pending.empty())
        return;
    for (const auto& failure : pending)
        m_audit->append(QLatin1String(AuditLog::UnlockFailed), failure.method, failure.at);
    failures.clear();
}

// A passphrase changed while the vault was locked (carnet-cli passwd) leaves records.db untouched; the vault notices
// the new slot here and logs the change with the time the slot was written.
void Vault::recordOfflineKeyringChanges()
{
    const Keyring::Slot* slot = m_keyring.findSlot(Keyring::SlotType::Passphrase);
    if (!slot)
        return;
    Statement known = m_database->prepare(
        QStringLiteral("SELECT value FROM vault_meta WHERE key = 'passphrase_slot_salt'"));
    const QString current = QString::fromLatin1(slot->salt.toHex());
    if (known.step() && known.text(0) == current)
        return;
    m_audit->append(QLatin1String(AuditLog::PassphraseChanged),
                    kdfDetail(slot->kdf) + QStringLiteral(", while locked"),
                    slot->createdAt.isValid() ? slot->createdAt : QDateTime::currentDateTimeUtc());
    rememberPassphraseSlot();
}

void Vault::rememberPassphraseSlot()
{
    const Keyring::Slot* slot = m_keyring.findSlot(Keyring::SlotType::Passphrase);
    if (!slot)
        return;
    Statement remember = m_database->prepare(
        QStringLiteral("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('passphrase_slot_salt', ?)"));
    remember.bind(1, QString::fromLatin1(slot->salt.toHex())).exec();
}

void Vault::rewrapPassphrase(const QString& folder, const SecretBytes& current, const SecretBytes& next,
                             std::optional<KdfParams> kdf, std::unique_ptr<VaultLock> heldLock)
{
    auto lock = heldLock ? std::move(heldLock) : acquireLock(folder);
    checkPassphraseAcceptable(next);
    Keyring keyring = readKeyring(folder);
    std::optional<SecretBytes> dataKey = keyring.unwrapWithPassphrase(current);
    if (!dataKey) {
        UnlockFailureLog(keyring.vaultId).record(QStringLiteral("passphrase"));
        throw VaultError(VaultError::Kind::WrongPassphrase, tr("The current passphrase is wrong."));
    }
    const KdfParams params = kdf.value_or(keyring.findSlot(Keyring::SlotType::Passphrase)->kdf);
    if (!PassphraseKdf::isAcceptable(params))
        throw VaultError(VaultError::Kind::InvalidArgument, tr("The key-derivation settings are below Carnet's minimum."));
    keyring.setPassphraseSlot(*dataKey, next, params);
    try {
        AtomicFile::write(QDir(folder).filePath(QLatin1String(KeyringFileName)), keyring.serialize(),
                          QLatin1String(BackupSuffix));
    } catch (const StorageError& error) {
        rethrowStorage(error, tr("Changing the passphrase"));
    }
}

void Vault::lock()
{
    if (m_database) {
        try {
            if (!m_needsNewPassphrase)
                m_audit->append(QLatin1String(AuditLog::Locked));
        } catch (const StorageError&) {
            // A full disk must not keep the vault open: lock anyway.
        }
        m_audit.reset();
        m_database->close();
        m_database.reset();
    }
    m_dataKey.clear();
    m_needsNewPassphrase = false;
    m_lock.reset();
}

void Vault::changePassphrase(const SecretBytes& current, const SecretBytes& next, std::optional<KdfParams> kdf)
{
    requireUsable();
    checkPassphraseAcceptable(next);
    if (!m_keyring.unwrapWithPassphrase(current))
        throw VaultError(VaultError::Kind::WrongPassphrase, tr("The current passphrase is wrong."));
    const Keyring::Slot* slot = m_keyring.findSlot(Keyring::SlotType::Passphrase);
    const KdfParams params = kdf.value_or(slot->kdf);
    if (!PassphraseKdf::isAcceptable(params))
        throw VaultError(VaultError::Kind::InvalidArgument, tr("The key-derivation settings are below Carnet's minimum."));
    Keyring updated = m_keyring;
    {
        SecretReadGuard guard(m_dataKey);
        updated.setPassphraseSlot(m_dataKey, next, params);
    }
    try {
        AtomicFile::write(keyringPath(), updated.serialize(), QLatin1String(BackupSuffix));
    } catch (const StorageError& error) {
        rethrowStorage(error, tr("Changing the passphrase"));
    }
    m_keyring = std::move(updated);
    m_audit->append(QLatin1String(AuditLog::PassphraseChanged), kdfDetail(params));
    rememberPassphraseSlot();
}

bool Vault::verifyPassphrase(const SecretBytes& passphrase) const
{
    return m_keyring.unwrapWithPassphrase(passphrase).has_value();
}

QString Vault::rotateDataKey(const SecretBytes& passphrase)
{
    requireUsable();
    if (!m_keyring.unwrapWithPassphrase(passphrase))
        throw VaultError(VaultError::Kind::WrongPassphrase, tr("The passphrase is wrong."));
    SecretBytes newDataKey = SecretBytes::random(Keyring::DataKeySize);
    const SecretBytes newDbKey = SubkeyDerivation::derive(newDataKey, DatabaseSubkeyId, DatabaseContext);
    const QString rotating = recordsPath() + RotationNewSuffix;
    const QString old = recordsPath() + RotationOldSuffix;
    QFile::remove(rotating);

    Keyring updated = m_keyring;
    updated.setPassphraseSlot(newDataKey, passphrase, m_keyring.findSlot(Keyring::SlotType::Passphrase)->kdf);
    const QString recoveryCode = updated.setNewRecoveryCode(newDataKey);
    try {
        m_audit->append(QLatin1String(AuditLog::DataKeyRotated));
        {
            Statement remember = m_database->prepare(
                QStringLiteral("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('passphrase_slot_salt', ?)"));
            remember.bind(1, QString::fromLatin1(updated.findSlot(Keyring::SlotType::Passphrase)->salt.toHex())).exec();
        }
        createEmptyFile(rotating);
        m_database->exportTo(rotating, newDbKey, m_keyring.cipher);
        {
            // Verify the copy opens under the new key and is sound before anything is replaced.
            auto check = Database::openEncrypted(rotating, newDbKey, m_keyring.cipher, Database::OpenMode::OpenExisting);
            if (check->pragma(QStringLiteral("quick_check")) != QLatin1String("ok"))
                throw StorageError("the re-encrypted copy failed its integrity check");
            check->close();
        }
        m_audit.reset();
        m_database->close();
        m_database.reset();
        if (!QFile::rename(recordsPath(), old) || !QFile::rename(rotating, recordsPath()))
            throw StorageError("cannot put the re-encrypted records.db in place");
        AtomicFile::syncDirectory(m_folder);
        AtomicFile::write(keyringPath(), updated.serialize(), QLatin1String(BackupSuffix));
    } catch (const StorageError& error) {
        QFile::remove(rotating);
        if (!m_database) {
            // Put back the old file if it was moved, then reopen under the old key.
            if (QFileInfo::exists(old)) {
                QFile::remove(recordsPath());
                QFile::rename(old, recordsPath());
            }
            openDatabase(Database::OpenMode::OpenExisting);
        }
        try {
            rememberPassphraseSlot(); // the old keyring stays in force
        } catch (const StorageError&) {
            // Worst case the next unlock logs a passphrase change that did not happen; nothing is lost.
        }
        rethrowStorage(error, tr("Rotating the data key"));
    }
    QFile::remove(old);
    QFile::remove(old + QStringLiteral("-wal"));
    QFile::remove(old + QStringLiteral("-shm"));
    m_keyring = std::move(updated);
    m_dataKey = std::move(newDataKey);
    m_dataKey.noAccess();
    openDatabase(Database::OpenMode::OpenExisting);
    return recoveryCode;
}

} // namespace carnet
