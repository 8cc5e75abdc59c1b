#include "AgreementKeyPair.h"
#include "CryptoError.h"

#include <QtTest>

using carnet::AgreementKeyPair;
using carnet::CryptoError;
using carnet::SecretBytes;

namespace {

// RFC 7748 section 6.1.
const char* const AlicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
const char* const AlicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
const char* const BobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
const char* const BobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
const char* const SharedSecret = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

AgreementKeyPair pairFromHex(const char* hex)
{
    return AgreementKeyPair::fromSecretKey(SecretBytes::copyOf(QByteArray::fromHex(hex)));
}

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

} // namespace

class TestAgreementKeyPair : public QObject
{
    Q_OBJECT

private slots:
    void rfc7748PublicKeys()
    {
        QCOMPARE(pairFromHex(AlicePrivate).publicKey().toHex(), QByteArray(AlicePublic));
        QCOMPARE(pairFromHex(BobPrivate).publicKey().toHex(), QByteArray(BobPublic));
    }

    void rfc7748SharedSecretBothWays()
    {
        const auto aliceSide = pairFromHex(AlicePrivate).sharedSecret(QByteArray::fromHex(BobPublic));
        const auto bobSide = pairFromHex(BobPrivate).sharedSecret(QByteArray::fromHex(AlicePublic));
        QVERIFY(aliceSide.has_value());
        QVERIFY(bobSide.has_value());
        QCOMPARE(bytesOf(*aliceSide).toHex(), QByteArray(SharedSecret));
        QCOMPARE(bytesOf(*bobSide).toHex(), QByteArray(SharedSecret));
    }

    void generatedPairsAgree()
    {
        const AgreementKeyPair a = AgreementKeyPair::generate();
        const AgreementKeyPair b = AgreementKeyPair::generate();
        QCOMPARE(a.publicKey().size(), AgreementKeyPair::KeySize);
        QCOMPARE(a.secretKey().size(), std::size_t {AgreementKeyPair::KeySize});
        QVERIFY(a.publicKey() != b.publicKey());
        const auto ab = a.sharedSecret(b.publicKey());
        const auto ba = b.sharedSecret(a.publicKey());
        QVERIFY(ab && ba);
        QVERIFY(ab->equals(*ba));

        // Rebuilding from the stored secret gives the same public key.
        QCOMPARE(AgreementKeyPair::fromSecretKey(a.secretKey()).publicKey(), a.publicKey());
    }

    void lowOrderPeerIsRejected()
    {
        const AgreementKeyPair pair = AgreementKeyPair::generate();
        // The identity (0) and the order-2 point (1) force an all-zero shared secret.
        QVERIFY(!pair.sharedSecret(QByteArray(32, '\0')).has_value());
        QByteArray one(32, '\0');
        one[0] = '\x01';
        QVERIFY(!pair.sharedSecret(one).has_value());
        // A point of order 8 (from the list libsodium blocks).
        QVERIFY(
            !pair.sharedSecret(QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"))
                 .has_value());
    }

    void malformedPeerIsRejected()
    {
        const AgreementKeyPair pair = AgreementKeyPair::generate();
        QVERIFY(!pair.sharedSecret(QByteArray()).has_value());
        QVERIFY(!pair.sharedSecret(pair.publicKey().left(31)).has_value());
        QVERIFY(!pair.sharedSecret(pair.publicKey() + '\0').has_value());
    }

    void badSecretSizeThrows()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgreementKeyPair::fromSecretKey(SecretBytes::random(31)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgreementKeyPair::fromSecretKey(SecretBytes()));
    }
};

QTEST_APPLESS_MAIN(TestAgreementKeyPair)
#include "TestAgreementKeyPair.moc"
