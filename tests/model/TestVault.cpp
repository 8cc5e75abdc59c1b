#include "AuditLog.h"
#include "FaultInjection.h"
#include "Random.h"
#include "SqliteApi.h"
#include "TemporaryVault.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultError.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

VaultError::Kind errorKind(const std::function<void()>& action)
{
    try {
        action();
    } catch (const VaultError& error) {
        return error.kind();
    }
    return VaultError::Kind::Other;
}

QStringList events(Vault& vault)
{
    QStringList names;
    for (const auto& entry : vault.auditLog().entries())
        names << entry.event;
    return names;
}

SecretBytes secret(const char* text)
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void createsAnEncryptedOwnerOnlyFolder()
    {
        TemporaryVault tv;
        QCOMPARE(tv.recoveryCode().size(), 39);
        QVERIFY(QFile::exists(QDir(tv.folder()).filePath(QStringLiteral("keyring"))));
        const auto perms = QFile::permissions(tv.folder());
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
        tv.lock();
        const QByteArray head = testsupport::readFile(QDir(tv.folder()).filePath(QStringLiteral("records.db"))).left(16);
        QCOMPARE(head.size(), 16);
        QVERIFY(head != QByteArray("SQLite format 3\0", 16));
        QVERIFY(!QFile::exists(QDir(tv.folder()).filePath(QStringLiteral("keyring.bak"))));
    }

    void markerIsInNoFileOnDisk()
    {
        TemporaryVault tv;
        // Made at run time, so the only way to find it on disk is through a leak (not this source or its binary).
        const QString marker = QStringLiteral("MIGRÄNE-%1").arg(QString::fromLatin1(Random::bytes(12).toHex()));
        tv.db().exec(QStringLiteral("CREATE TABLE probe (v TEXT)"));
        tv.db().prepare(QStringLiteral("INSERT INTO probe VALUES (?)")).bind(1, marker).exec();
        QString found;
        QVERIFY2(!testsupport::anyFileContains(tv.tempRoot(), marker, &found), qPrintable(found)); // while open (WAL)
        tv.lock();
        QVERIFY2(!testsupport::anyFileContains(tv.tempRoot(), marker, &found), qPrintable(found));
        QVERIFY2(!testsupport::anyFileContains(QDir::tempPath(), marker, &found), qPrintable(found));
        tv.reopen();
        Statement read = tv.db().prepare(QStringLiteral("SELECT v FROM probe"));
        QVERIFY(read.step());
        QCOMPARE(read.text(0), marker);
    }

    void wrongPassphraseChangesNothing()
    {
        TemporaryVault tv;
        tv.lock();
        const auto before = testsupport::fileDigests(tv.folder());
        QCOMPARE(errorKind([&] { Vault::unlock(tv.folder(), secret("not the passphrase")); }),
                 VaultError::Kind::WrongPassphrase);
        QCOMPARE(testsupport::fileDigests(tv.folder()), before);
        // The failure is noted and reaches the audit log at the next unlock.
        tv.reopen();
        QVERIFY(events(tv.vault()).contains(QLatin1String(AuditLog::UnlockFailed)));
    }

    void lockWipesAndClosesEverything()
    {
        TemporaryVault tv;
        QVERIFY(tv.vault().isUnlocked());
        tv.lock();
        QVERIFY(!tv.vault().isUnlocked());
        QCOMPARE(errorKind([&] { tv.vault().database(); }), VaultError::Kind::Locked);
        const QString wal = QDir(tv.folder()).filePath(QStringLiteral("records.db-wal"));
        QVERIFY(!QFile::exists(wal) || QFileInfo(wal).size() == 0);
        QVERIFY(!QFile::exists(QDir(tv.folder()).filePath(QStringLiteral("vault.lock"))));
    }

    void changePassphraseLeavesRecordsUntouched()
    {
        TemporaryVault tv;
        const QString folder = tv.folder();
        tv.lock();
        const auto before = testsupport::fileDigests(folder);
        const QString records = QDir(folder).filePath(QStringLiteral("records.db"));
        const QString keyring = QDir(folder).filePath(QStringLiteral("keyring"));
        const QByteArray keyringBefore = testsupport::readFile(keyring);
        QCOMPARE(errorKind([&] { Vault::rewrapPassphrase(folder, secret("wrong current"), secret("new passphrase 1")); }),
                 VaultError::Kind::WrongPassphrase);
        QCOMPARE(testsupport::fileDigests(folder), before);
        QCOMPARE(errorKind([&] { Vault::rewrapPassphrase(folder, TemporaryVault::passphrase(), secret("short")); }),
                 VaultError::Kind::InvalidArgument);
        Vault::rewrapPassphrase(folder, TemporaryVault::passphrase(), secret("new passphrase 1"));
        const auto after = testsupport::fileDigests(folder);
        QCOMPARE(after.value(records), before.value(records));
        QVERIFY(after.value(keyring) != before.value(keyring));
        QCOMPARE(testsupport::readFile(keyring + QStringLiteral(".bak")), keyringBefore);
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }),
                 VaultError::Kind::WrongPassphrase);
        auto reopened = Vault::unlock(folder, secret("new passphrase 1"));
        // Logged at this unlock, from the time in the keyring slot.
        QCOMPARE(events(*reopened).count(QLatin1String(AuditLog::PassphraseChanged)), 1);
        reopened.reset();
        auto again = Vault::unlock(folder, secret("new passphrase 1"));
        QCOMPARE(events(*again).count(QLatin1String(AuditLog::PassphraseChanged)), 1);
    }

    void changePassphraseWhileUnlocked()
    {
        TemporaryVault tv;
        QCOMPARE(errorKind([&] { tv.vault().changePassphrase(secret("wrong current"), secret("new passphrase 2")); }),
                 VaultError::Kind::WrongPassphrase);
        tv.vault().changePassphrase(TemporaryVault::passphrase(), secret("new passphrase 2"));
        QCOMPARE(events(tv.vault()).count(QLatin1String(AuditLog::PassphraseChanged)), 1);
        const QString folder = tv.folder();
        tv.lock();
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }),
                 VaultError::Kind::WrongPassphrase);
        auto reopened = Vault::unlock(folder, secret("new passphrase 2"));
        QCOMPARE(events(*reopened).count(QLatin1String(AuditLog::PassphraseChanged)), 1);
    }

    void recoveryCodeWorksOnceAndForcesANewPassphrase()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("CREATE TABLE probe (v TEXT)"));
        tv.db().prepare(QStringLiteral("INSERT INTO probe VALUES ('kept')")).exec();
        const QString folder = tv.folder();
        const QString code = tv.recoveryCode();
        tv.lock();

        QCOMPARE(errorKind([&] { Vault::unlockWithRecoveryCode(folder, QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")); }),
                 VaultError::Kind::WrongRecoveryCode);
        auto vault = Vault::unlockWithRecoveryCode(folder, code);
        QVERIFY(vault->needsNewPassphrase());
        QCOMPARE(errorKind([&] { vault->database(); }), VaultError::Kind::Locked);
        const QString newCode = vault->completeRecovery(secret("after recovery"), PassphraseKdf::floor());
        QVERIFY(newCode != code);
        Statement read = vault->database().prepare(QStringLiteral("SELECT v FROM probe"));
        QVERIFY(read.step());
        QCOMPARE(read.text(0), QStringLiteral("kept"));
        QVERIFY(events(*vault).contains(QLatin1String(AuditLog::Recovered)));
        vault.reset();

        QCOMPARE(errorKind([&] { Vault::unlockWithRecoveryCode(folder, code); }), VaultError::Kind::WrongRecoveryCode);
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }), VaultError::Kind::WrongPassphrase);
        Vault::unlock(folder, secret("after recovery")).reset();
        auto again = Vault::unlockWithRecoveryCode(folder, newCode);
        QVERIFY(again->needsNewPassphrase());
    }

    void abandonedRecoveryKeepsTheOldPassphrase()
    {
        TemporaryVault tv;
        const QString folder = tv.folder();
        const QString code = tv.recoveryCode();
        tv.lock();
        Vault::unlockWithRecoveryCode(folder, code).reset(); // closed without setting a passphrase
        Vault::unlock(folder, TemporaryVault::passphrase()).reset();
    }

    void rotateDataKeyReencryptsAndKeepsData()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("CREATE TABLE probe (v TEXT)"));
        tv.db().prepare(QStringLiteral("INSERT INTO probe VALUES ('survives rotation')")).exec();
        const QString folder = tv.folder();
        const QString oldCode = tv.recoveryCode();
        const QString records = QDir(folder).filePath(QStringLiteral("records.db"));
        tv.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = testsupport::readFile(records);
        QCOMPARE(errorKind([&] { tv.vault().rotateDataKey(secret("wrong passphrase")); }), VaultError::Kind::WrongPassphrase);
        const QString newCode = tv.vault().rotateDataKey(TemporaryVault::passphrase());
        Statement read = tv.db().prepare(QStringLiteral("SELECT v FROM probe"));
        QVERIFY(read.step());
        QCOMPARE(read.text(0), QStringLiteral("survives rotation"));
        QVERIFY(events(tv.vault()).contains(QLatin1String(AuditLog::DataKeyRotated)));
        QVERIFY(tv.vault().auditLog().verify().ok);
        tv.lock();
        QVERIFY(testsupport::readFile(records).left(4096) != before.left(4096));
        QVERIFY(!QFile::exists(records + QStringLiteral(".pre-rotation")));
        QCOMPARE(errorKind([&] { Vault::unlockWithRecoveryCode(folder, oldCode); }), VaultError::Kind::WrongRecoveryCode);
        Vault::unlockWithRecoveryCode(folder, newCode).reset();
        tv.reopen();
    }

    void failedRotationKeepsTheOldKey()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("CREATE TABLE probe (v TEXT)"));
        tv.db().prepare(QStringLiteral("INSERT INTO probe VALUES ('still here')")).exec();
        {
            ScopedFault fault([](FaultInjection::Operation op, const QString& detail) {
                return op == FaultInjection::Operation::FileWrite && detail.endsWith(QLatin1String("keyring"))
                           ? SQLITE_FULL
                           : SQLITE_OK;
            });
            QCOMPARE(errorKind([&] { tv.vault().rotateDataKey(TemporaryVault::passphrase()); }), VaultError::Kind::Other);
        }
        Statement read = tv.db().prepare(QStringLiteral("SELECT v FROM probe"));
        QVERIFY(read.step());
        tv.reopen();
        Statement again = tv.db().prepare(QStringLiteral("SELECT v FROM probe"));
        QVERIFY(again.step());
        QCOMPARE(again.text(0), QStringLiteral("still here"));
    }

    void interruptedRotationIsRolledBackOnUnlock()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("CREATE TABLE probe (v TEXT)"));
        tv.lock();
        const QString records = QDir(tv.folder()).filePath(QStringLiteral("records.db"));
        // The state after a crash between moving the re-encrypted file in and writing the keyring.
        QVERIFY(QFile::rename(records, records + QStringLiteral(".pre-rotation")));
        Database::openEncrypted(records, SecretBytes::random(32), {}, Database::OpenMode::CreateNew)
            ->exec(QStringLiteral("CREATE TABLE other (x)"));
        tv.reopen();
        QVERIFY(tv.db().hasTable(QStringLiteral("probe")));
        QVERIFY(!QFile::exists(records + QStringLiteral(".pre-rotation")));
    }

    void missingOrEmptyRecordsIsAnErrorNotANewVault()
    {
        TemporaryVault tv;
        const QString folder = tv.folder();
        const QString records = QDir(folder).filePath(QStringLiteral("records.db"));
        tv.lock();
        QVERIFY(QFile::rename(records, records + QStringLiteral(".moved")));
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }), VaultError::Kind::Damaged);
        QVERIFY(!QFile::exists(records));
        QFile empty(records);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }), VaultError::Kind::Damaged);
        QCOMPARE(QFileInfo(records).size(), 0);
    }

    void damagedRecordsIsReportedAsDamaged()
    {
        TemporaryVault tv;
        const QString folder = tv.folder();
        tv.lock();
        QFile file(QDir(folder).filePath(QStringLiteral("records.db")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(64, '\x5a'));
        file.close();
        QCOMPARE(errorKind([&] { Vault::unlock(folder, TemporaryVault::passphrase()); }), VaultError::Kind::Damaged);
    }

    void recordsFromAnotherVaultIsRefused()
    {
        TemporaryVault first;
        TemporaryVault second;
        first.lock();
        second.lock();
        const QString a = QDir(first.folder()).filePath(QStringLiteral("records.db"));
        const QString b = QDir(second.folder()).filePath(QStringLiteral("records.db"));
        QVERIFY(QFile::remove(a));
        QVERIFY(QFile::copy(b, a));
        QCOMPARE(errorKind([&] { Vault::unlock(first.folder(), TemporaryVault::passphrase()); }), VaultError::Kind::Damaged);
    }

    void oneProcessPerVault()
    {
        TemporaryVault tv;
        QCOMPARE(errorKind([&] { Vault::unlock(tv.folder(), TemporaryVault::passphrase()); }), VaultError::Kind::InUse);
    }

    void createRefusesExistingVaultsAndNonEmptyFolders()
    {
        TemporaryVault tv;
        QCOMPARE(errorKind([&] {
                     Vault::create(tv.folder(), TemporaryVault::passphrase(), PassphraseKdf::floor());
                 }),
                 VaultError::Kind::AlreadyExists);
        QTemporaryDir dir;
        QFile stray(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QCOMPARE(errorKind([&] { Vault::create(dir.path(), TemporaryVault::passphrase(), PassphraseKdf::floor()); }),
                 VaultError::Kind::AlreadyExists);
        QCOMPARE(errorKind([&] {
                     Vault::create(dir.filePath(QStringLiteral("v")), secret("short"), PassphraseKdf::floor());
                 }),
                 VaultError::Kind::InvalidArgument);
        KdfParams weak = PassphraseKdf::floor();
        weak.memLimitBytes /= 2;
        QCOMPARE(errorKind([&] { Vault::create(dir.filePath(QStringLiteral("w")), TemporaryVault::passphrase(), weak); }),
                 VaultError::Kind::InvalidArgument);
    }

    void notAVaultIsNotFound()
    {
        QTemporaryDir dir;
        QCOMPARE(errorKind([&] { Vault::unlock(dir.path(), TemporaryVault::passphrase()); }), VaultError::Kind::NotFound);
        QCOMPARE(errorKind([&] { Vault::inspect(dir.filePath(QStringLiteral("nothing"))); }), VaultError::Kind::NotFound);
        QVERIFY(testsupport::filesBelow(dir.path()).isEmpty()); // no stray lock file
    }

    void auditLogRecordsTheLifecycle()
    {
        TemporaryVault tv;
        tv.lock();
        tv.reopen();
        const QStringList names = events(tv.vault());
        QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("vault_created"), QStringLiteral("locked"),
                                               QStringLiteral("unlocked")}));
        QVERIFY(tv.vault().auditLog().verify().ok);
    }

    void inspectReadsTheKeyringWithoutUnlocking()
    {
        TemporaryVault tv;
        tv.lock();
        const Vault::Info info = Vault::inspect(tv.folder());
        QCOMPARE(info.vaultId.size(), 16);
        QCOMPARE(info.formatVersion, 1);
        QCOMPARE(info.kdf, PassphraseKdf::floor());
        QCOMPARE(info.cipher.pageSize, 4096);
        QVERIFY(info.hasRecoveryCode);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
