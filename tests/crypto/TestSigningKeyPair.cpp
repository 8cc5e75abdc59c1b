#include "CryptoError.h"
#include "SigningKeyPair.h"

#include <QtTest>

using carnet::CryptoError;
using carnet::SecretBytes;
using carnet::SigningKeyPair;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

} // namespace

class TestSigningKeyPair : public QObject
{
    Q_OBJECT

private slots:
    // RFC 8032 section 7.1, TEST 1 to TEST 3 (the RFC's "SECRET KEY" is libsodium's 32-byte seed).
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("TEST 1") << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                << QByteArray("")
                                << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                              "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2") << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                << QByteArray("72")
                                << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                              "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3") << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                << QByteArray("af82")
                                << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                              "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const QByteArray messageBytes = QByteArray::fromHex(message);
        const QByteArray signatureBytes = QByteArray::fromHex(signature);

        const SigningKeyPair pair = SigningKeyPair::fromSeed(SecretBytes::copyOf(QByteArray::fromHex(seed)));
        QCOMPARE(pair.publicKey().toHex(), publicKey);
        // libsodium's secret key is seed || public key.
        QCOMPARE(bytesOf(pair.secretKey()).toHex(), seed + publicKey);
        QCOMPARE(pair.signDetached(messageBytes).toHex(), signature);
        QVERIFY(SigningKeyPair::verifyDetached(signatureBytes, messageBytes, QByteArray::fromHex(publicKey)));

        // The same pair rebuilt from the 64-byte secret key signs identically.
        const SigningKeyPair reloaded = SigningKeyPair::fromSecretKey(pair.secretKey());
        QCOMPARE(reloaded.publicKey(), pair.publicKey());
        QCOMPARE(reloaded.signDetached(messageBytes).toHex(), signature);
    }

    void alteredMessageFails()
    {
        // RFC 8032 TEST 3's signature over "af82" must not cover any other message.
        const QByteArray publicKey
            = QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
        const QByteArray signature
            = QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                  "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
        QVERIFY(SigningKeyPair::verifyDetached(signature, QByteArray::fromHex("af82"), publicKey));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, QByteArray::fromHex("af83"), publicKey));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, QByteArray::fromHex("af8200"), publicKey));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, QByteArray::fromHex("af"), publicKey));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, QByteArray(), publicKey));
    }

    void generatedPairSignsAndVerifies()
    {
        const SigningKeyPair pair = SigningKeyPair::generate();
        QCOMPARE(pair.publicKey().size(), SigningKeyPair::PublicKeySize);
        QCOMPARE(pair.secretKey().size(), std::size_t {SigningKeyPair::SecretKeySize});
        const QByteArray message = QByteArrayLiteral("{\"format\":1,\"items\":3}");
        const QByteArray signature = pair.signDetached(message);
        QCOMPARE(signature.size(), SigningKeyPair::SignatureSize);
        QVERIFY(SigningKeyPair::verifyDetached(signature, message, pair.publicKey()));

        QByteArray alteredSignature = signature;
        alteredSignature[10] = static_cast<char>(alteredSignature.at(10) ^ 0x04);
        QVERIFY(!SigningKeyPair::verifyDetached(alteredSignature, message, pair.publicKey()));

        const SigningKeyPair other = SigningKeyPair::generate();
        QVERIFY(other.publicKey() != pair.publicKey());
        QVERIFY(!SigningKeyPair::verifyDetached(signature, message, other.publicKey()));
    }

    void malformedInputsDoNotVerify()
    {
        const SigningKeyPair pair = SigningKeyPair::generate();
        const QByteArray message = QByteArrayLiteral("m");
        const QByteArray signature = pair.signDetached(message);
        QVERIFY(!SigningKeyPair::verifyDetached(signature.left(63), message, pair.publicKey()));
        QVERIFY(!SigningKeyPair::verifyDetached(signature + '\0', message, pair.publicKey()));
        QVERIFY(!SigningKeyPair::verifyDetached(QByteArray(), message, pair.publicKey()));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, message, pair.publicKey().left(31)));
        QVERIFY(!SigningKeyPair::verifyDetached(signature, message, QByteArray(32, '\0')));
    }

    void fromSecretKeyRejectsMismatchedHalves()
    {
        const SigningKeyPair first = SigningKeyPair::generate();
        const SigningKeyPair second = SigningKeyPair::generate();
        // Seed of the first pair glued to the public key of the second.
        const QByteArray mixed = bytesOf(first.secretKey()).left(32) + second.publicKey();
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSecretKey(SecretBytes::copyOf(mixed)));

        QByteArray oneBitOff = bytesOf(first.secretKey());
        oneBitOff[63] = static_cast<char>(oneBitOff.at(63) ^ 0x01);
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSecretKey(SecretBytes::copyOf(oneBitOff)));
    }

    void badSizesThrow()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSecretKey(SecretBytes::random(32)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSecretKey(SecretBytes::random(65)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSeed(SecretBytes::random(31)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SigningKeyPair::fromSeed(SecretBytes()));
    }
};

QTEST_APPLESS_MAIN(TestSigningKeyPair)
#include "TestSigningKeyPair.moc"
