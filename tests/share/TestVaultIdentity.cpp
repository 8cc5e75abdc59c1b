#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "Database.h"
#include "Hash.h"
#include "MinisignError.h"
#include "ShareError.h"
#include "TemporaryVault.h"
#include "VaultIdentity.h"

#include <QRegularExpression>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

struct StoredKeys
{
    QByteArray signingPublic;
    QByteArray agreementPublic;
};

StoredKeys storedKeys(Database& db)
{
    Statement select = db.prepare(QStringLiteral("SELECT signing_public, agreement_public FROM vault_identity"));
    if (!select.step())
        return {};
    return {select.blob(0), select.blob(1)};
}

} // namespace

// The vault's identity as sharing sees it: the keys come from vault_identity, the minisign key id and the
// fingerprint are derived and stable, and the keys actually sign and decrypt.
class TestVaultIdentity : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheStoredKeys()
    {
        TemporaryVault tv;
        const StoredKeys stored = storedKeys(tv.db());
        QCOMPARE(stored.signingPublic.size(), 32);
        const VaultIdentity identity = VaultIdentity::load(tv.db());
        QCOMPARE(identity.minisignKeyPair().signingKey().publicKey(), stored.signingPublic);
        QCOMPARE(identity.minisignPublicKey().publicKey(), stored.signingPublic);
        QCOMPARE(identity.ageRecipient().publicKey(), stored.agreementPublic);
        QCOMPARE(identity.ageIdentity().recipient(), identity.ageRecipient());
        QVERIFY(identity.ageRecipient().toString().startsWith(QLatin1String("age1")));
    }

    void derivesKeyIdAndFingerprintFromThePublicKey()
    {
        TemporaryVault tv;
        const VaultIdentity identity = VaultIdentity::load(tv.db());
        const QByteArray publicKey = identity.minisignPublicKey().publicKey();

        QByteArray input("carnet minisign key id v1");
        input.append('\0').append(publicKey);
        QCOMPARE(identity.minisignKeyPair().keyId(), Hash::blake2b(input, 32).left(8));
        QCOMPARE(identity.minisignPublicKey().keyId(), identity.minisignKeyPair().keyId());

        QCOMPARE(identity.fingerprint(), Fingerprint::of("ed25519", publicKey));
        static const QRegularExpression grouped(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"));
        QVERIFY(grouped.match(identity.fingerprint().toDisplayString()).hasMatch());
        QCOMPARE(VaultIdentity::fingerprintOfRecipient(identity.ageRecipient()),
                 Fingerprint::of("x25519", identity.ageRecipient().publicKey()));
        QVERIFY(!(VaultIdentity::fingerprintOfRecipient(identity.ageRecipient()) == identity.fingerprint()));
    }

    void staysTheSameAcrossUnlocks()
    {
        TemporaryVault tv;
        const VaultIdentity before = VaultIdentity::load(tv.db());
        const QString keyText = before.minisignPublicKeyText();
        const QString recipient = before.ageRecipient().toString();
        const QString fingerprint = before.fingerprint().toDisplayString();
        tv.lock();
        tv.reopen();
        const VaultIdentity after = VaultIdentity::load(tv.db());
        QCOMPARE(after.minisignPublicKeyText(), keyText);
        QCOMPARE(after.ageRecipient().toString(), recipient);
        QCOMPARE(after.fingerprint().toDisplayString(), fingerprint);
    }

    void differsBetweenVaults()
    {
        TemporaryVault first;
        TemporaryVault second;
        const VaultIdentity a = VaultIdentity::load(first.db());
        const VaultIdentity b = VaultIdentity::load(second.db());
        QVERIFY(a.minisignPublicKeyText() != b.minisignPublicKeyText());
        QVERIFY(a.ageRecipient().toString() != b.ageRecipient().toString());
        QVERIFY(!(a.fingerprint() == b.fingerprint()));
        QVERIFY(a.minisignPublicKey().keyId() != b.minisignPublicKey().keyId());
    }

    void keysSignAndDecrypt()
    {
        TemporaryVault tv;
        const VaultIdentity identity = VaultIdentity::load(tv.db());
        const QByteArray message("what the provider reads");
        const MinisignSignature signature = identity.minisignKeyPair().sign(message, "trusted");
        // The public key text round-trips through the form minisign -P takes.
        const MinisignPublicKey parsed = MinisignPublicKey::parse(identity.minisignPublicKeyText().toLatin1());
        QCOMPARE(parsed, identity.minisignPublicKey());
        QCOMPARE(parsed.verify(message, signature), QByteArray("trusted"));
        QVERIFY_THROWS_EXCEPTION(MinisignError, parsed.verify(message + '!', signature));

        const QByteArray file = AgeEncryptor::forRecipients({identity.ageRecipient()}).encrypt(message);
        AgeDecryptor decryptor;
        decryptor.addIdentity(identity.ageIdentity().clone());
        QCOMPARE(decryptor.decrypt(file), message);
        // The identity file age -d -i reads holds the same key.
        const auto fromFile = AgeIdentity::parseIdentityFile(identity.ageIdentity().toIdentityFile());
        QVERIFY(fromFile.has_value());
        QCOMPARE(fromFile->size(), std::size_t(1));
        QCOMPARE(fromFile->front().recipient(), identity.ageRecipient());
    }

    void refusesAVaultWithoutIdentity()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("DELETE FROM vault_identity"));
        try {
            VaultIdentity::load(tv.db());
            QFAIL("loaded an identity that is not there");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Malformed);
        }
    }

    void refusesMismatchedHalves()
    {
        TemporaryVault tv;
        tv.db().exec(QStringLiteral("UPDATE vault_identity SET signing_public = zeroblob(32)"));
        QVERIFY_THROWS_EXCEPTION(ShareError, VaultIdentity::load(tv.db()));
    }
};

QTEST_GUILESS_MAIN(TestVaultIdentity)
#include "TestVaultIdentity.moc"
