// Vault::verifyPassphrase: a confirmation that unwraps the data key and nothing else.
#include "AuditLog.h"
#include "TemporaryVault.h"
#include "TestSupport.h"
#include "UnlockFailureLog.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestVaultPassphraseCheck : public QObject
{
    Q_OBJECT

private slots:
    void rightPassphraseIsAcceptedWrongOnesAreNot()
    {
        TemporaryVault tv;
        QVERIFY(tv.vault().verifyPassphrase(TemporaryVault::passphrase()));
        QVERIFY(!tv.vault().verifyPassphrase(SecretBytes::fromUtf8(QStringLiteral("correct horse battery stapler"))));
        QVERIFY(!tv.vault().verifyPassphrase(SecretBytes::fromUtf8(QStringLiteral("Correct horse battery staple"))));
        QVERIFY(!tv.vault().verifyPassphrase(SecretBytes()));
    }

    void checkingWritesNothing()
    {
        TemporaryVault tv;
        const QByteArray vaultId = tv.vault().info().vaultId;
        UnlockFailureLog(vaultId).clear();
        const std::int64_t auditRows = tv.vault().auditLog().count();
        const QByteArray keyring = testsupport::readFile(tv.vault().keyringPath());

        QVERIFY(!tv.vault().verifyPassphrase(SecretBytes::fromUtf8(QStringLiteral("not the passphrase at all"))));
        QVERIFY(tv.vault().verifyPassphrase(TemporaryVault::passphrase()));

        // Neither a wrong nor a right answer leaves a trace: no audit row, no pending unlock failure, same keyring.
        QCOMPARE(tv.vault().auditLog().count(), auditRows);
        QVERIFY(UnlockFailureLog(vaultId).pending().empty());
        QCOMPARE(testsupport::readFile(tv.vault().keyringPath()), keyring);
        QVERIFY(tv.vault().isUnlocked());
    }

    void followsAPassphraseChange()
    {
        TemporaryVault tv;
        const SecretBytes next = SecretBytes::fromUtf8(QStringLiteral("a brand new passphrase"));
        tv.vault().changePassphrase(TemporaryVault::passphrase(), next);
        QVERIFY(tv.vault().verifyPassphrase(next));
        QVERIFY(!tv.vault().verifyPassphrase(TemporaryVault::passphrase()));
    }
};

QTEST_GUILESS_MAIN(TestVaultPassphraseCheck)
#include "TestVaultPassphraseCheck.moc"
