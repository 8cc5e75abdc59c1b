#include "Hash.h"
#include "Keyring.h"
#include "Random.h"
#include "VaultError.h"

#include <QRegularExpression>
#include <QTest>

using namespace carnet;

namespace {

KdfParams fastKdf()
{
    return PassphraseKdf::profile(PassphraseKdf::Profile::Interactive);
}

Keyring sampleKeyring(const SecretBytes& dataKey, QString* recoveryCode = nullptr)
{
    Keyring keyring;
    keyring.vaultId = Random::bytes(Keyring::VaultIdSize);
    keyring.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    keyring.setPassphraseSlot(dataKey, SecretBytes::fromUtf8(QStringLiteral("open sesame please")), fastKdf());
    const QString code = keyring.setNewRecoveryCode(dataKey);
    if (recoveryCode)
        *recoveryCode = code;
    return keyring;
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAndUnwraps()
    {
        const SecretBytes dataKey = SecretBytes::random(32);
        QString code;
        const Keyring keyring = sampleKeyring(dataKey, &code);
        const QByteArray bytes = keyring.serialize();
        QVERIFY(bytes.startsWith("CARNETKR"));
        QCOMPARE(bytes.size(), 41 + 1 + 2 * (39 + 72) + 32);

        const Keyring parsed = Keyring::parse(bytes);
        QCOMPARE(parsed.vaultId, keyring.vaultId);
        QCOMPARE(parsed.created, keyring.created);
        QCOMPARE(parsed.cipher.pageSize, 4096);
        QCOMPARE(parsed.serialize(), bytes);

        auto viaPassphrase = parsed.unwrapWithPassphrase(SecretBytes::fromUtf8(QStringLiteral("open sesame please")));
        QVERIFY(viaPassphrase);
        QVERIFY(viaPassphrase->equals(dataKey));
        auto viaCode = parsed.unwrapWithRecoveryCode(code.toLower()); // case and dashes don't matter
        QVERIFY(viaCode);
        QVERIFY(viaCode->equals(dataKey));
    }

    void recoveryCodeIsGroupedBase32With160Bits()
    {
        const SecretBytes dataKey = SecretBytes::random(32);
        QString code;
        sampleKeyring(dataKey, &code);
        QCOMPARE(code.size(), 39); // 32 characters in 8 groups of 4
        QCOMPARE(code.count(QLatin1Char('-')), 7);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7-]+$")).match(code).hasMatch());
    }

    void wrongSecretsFailCleanly()
    {
        const SecretBytes dataKey = SecretBytes::random(32);
        const Keyring keyring = sampleKeyring(dataKey);
        QVERIFY(!keyring.unwrapWithPassphrase(SecretBytes::fromUtf8(QStringLiteral("open sesame pleasE"))));
        const QString otherCode = Keyring::formatRecoveryCode(Random::bytes(Keyring::RecoveryCodeBytes));
        QVERIFY(!keyring.unwrapWithRecoveryCode(otherCode));
        QVERIFY_THROWS_EXCEPTION(VaultError, keyring.unwrapWithRecoveryCode(QStringLiteral("not-a-code")));
    }

    void everyFlippedByteIsDetected()
    {
        const Keyring keyring = sampleKeyring(SecretBytes::random(32));
        const QByteArray bytes = keyring.serialize();
        for (int i = 0; i < bytes.size(); ++i) {
            QByteArray damaged = bytes;
            damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
            try {
                Keyring::parse(damaged);
                QFAIL(qPrintable(QStringLiteral("flip at byte %1 went unnoticed").arg(i)));
            } catch (const VaultError& error) {
                QCOMPARE(error.kind(), VaultError::Kind::Damaged);
            }
        }
    }

    void truncationIsDetected()
    {
        const QByteArray bytes = sampleKeyring(SecretBytes::random(32)).serialize();
        for (int size : {0, 7, 8, 41, 100, int(bytes.size()) - 1}) {
            try {
                Keyring::parse(bytes.left(size));
                QFAIL("truncated keyring parsed");
            } catch (const VaultError& error) {
                QCOMPARE(error.kind(), VaultError::Kind::Damaged);
            }
        }
    }

    // An attacker who also fixes the checksum still cannot weaken the KDF or move slots: the AD binds them.
    void swappedParametersDoNotUnwrap()
    {
        const SecretBytes dataKey = SecretBytes::random(32);
        Keyring keyring = sampleKeyring(dataKey);
        Keyring weakened = keyring;
        weakened.keySlots[0].kdf.opsLimit += 1;
        QVERIFY(!weakened.unwrapWithPassphrase(SecretBytes::fromUtf8(QStringLiteral("open sesame please"))));

        Keyring otherVault = keyring;
        otherVault.vaultId = Random::bytes(Keyring::VaultIdSize);
        QVERIFY(!otherVault.unwrapWithPassphrase(SecretBytes::fromUtf8(QStringLiteral("open sesame please"))));

        // A passphrase slot's ciphertext moved into another vault's keyring does not open there.
        const SecretBytes otherKey = SecretBytes::random(32);
        Keyring second = sampleKeyring(otherKey);
        second.keySlots[0].wrapped = keyring.keySlots[0].wrapped;
        second.keySlots[0].salt = keyring.keySlots[0].salt;
        QVERIFY(!second.unwrapWithPassphrase(SecretBytes::fromUtf8(QStringLiteral("open sesame please"))));
    }

    void newerFormatIsUnsupported()
    {
        QByteArray bytes = sampleKeyring(SecretBytes::random(32)).serialize();
        bytes.chop(32);
        bytes[8] = 2; // format version, little-endian
        bytes.append(Hash::blake2b(bytes, 32)); // a valid checksum, so only the version differs
        try {
            Keyring::parse(bytes);
            QFAIL("a version 2 keyring parsed");
        } catch (const VaultError& error) {
            QCOMPARE(error.kind(), VaultError::Kind::Unsupported);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "TestKeyring.moc"
