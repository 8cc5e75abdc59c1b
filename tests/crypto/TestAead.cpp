#include "Aead.h"
#include "CryptoError.h"

#include <QtTest>

using carnet::Aead;
using carnet::CryptoError;
using carnet::SecretBytes;

namespace {

// draft-irtf-cfrg-xchacha-03, appendix A.3.1.
SecretBytes vectorKey()
{
    return SecretBytes::copyOf(QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
}

const QByteArray VectorNonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
const QByteArray VectorAad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
const QByteArray VectorPlaintext = QByteArrayLiteral("Ladies and Gentlemen of the class of '99: If I could offer you "
                                                     "only one tip for the future, sunscreen would be it.");
const QByteArray VectorCiphertext
    = QByteArray::fromHex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                          "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                          "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                          "21f9664c97637da9768812f615c68b13b52e");
const QByteArray VectorTag = QByteArray::fromHex("c0875924c1c7987947deafd8780acf49");

QByteArray flipped(QByteArray data, qsizetype offset)
{
    data[offset] = static_cast<char>(data.at(offset) ^ 0x80);
    return data;
}

} // namespace

class TestAead : public QObject
{
    Q_OBJECT

private slots:
    void draftXChaChaVectorEncrypts()
    {
        QCOMPARE(VectorPlaintext.size(), 114);
        const QByteArray sealed = Aead::encrypt(VectorPlaintext, VectorAad, VectorNonce, vectorKey());
        QCOMPARE(sealed.size(), VectorPlaintext.size() + Aead::TagSize);
        QCOMPARE(sealed.left(VectorCiphertext.size()).toHex(), VectorCiphertext.toHex());
        QCOMPARE(sealed.right(Aead::TagSize).toHex(), QByteArray("c0875924c1c7987947deafd8780acf49"));
    }

    void draftXChaChaVectorDecrypts()
    {
        const auto opened = Aead::decrypt(VectorCiphertext + VectorTag, VectorAad, VectorNonce, vectorKey());
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, VectorPlaintext);
    }

    void tamperedTagIsRejected()
    {
        const QByteArray sealed = VectorCiphertext + VectorTag;
        QVERIFY(!Aead::decrypt(flipped(sealed, sealed.size() - 1), VectorAad, VectorNonce, vectorKey()).has_value());
        QVERIFY(
            !Aead::decrypt(flipped(sealed, VectorCiphertext.size()), VectorAad, VectorNonce, vectorKey()).has_value());
    }

    void tamperedCiphertextIsRejected()
    {
        const QByteArray sealed = VectorCiphertext + VectorTag;
        for (const qsizetype offset : {qsizetype(0), qsizetype(57), VectorCiphertext.size() - 1}) {
            QVERIFY(!Aead::decrypt(flipped(sealed, offset), VectorAad, VectorNonce, vectorKey()).has_value());
        }
    }

    void wrongAssociatedDataIsRejected()
    {
        const QByteArray sealed = VectorCiphertext + VectorTag;
        QVERIFY(!Aead::decrypt(sealed, flipped(VectorAad, 0), VectorNonce, vectorKey()).has_value());
        QVERIFY(!Aead::decrypt(sealed, QByteArray(), VectorNonce, vectorKey()).has_value());
        QVERIFY(!Aead::decrypt(sealed, VectorAad + '\0', VectorNonce, vectorKey()).has_value());
    }

    void wrongKeyOrNonceIsRejected()
    {
        const QByteArray sealed = VectorCiphertext + VectorTag;
        QVERIFY(!Aead::decrypt(sealed, VectorAad, VectorNonce, SecretBytes::random(32)).has_value());
        QVERIFY(!Aead::decrypt(sealed, VectorAad, flipped(VectorNonce, 23), vectorKey()).has_value());
    }

    void truncatedInputIsRejected()
    {
        const QByteArray sealed = VectorCiphertext + VectorTag;
        for (const qsizetype length :
             {qsizetype(0), qsizetype(1), qsizetype(Aead::TagSize - 1), qsizetype(Aead::TagSize), sealed.size() - 1}) {
            QVERIFY(!Aead::decrypt(sealed.left(length), VectorAad, VectorNonce, vectorKey()).has_value());
        }
    }

    void emptyPlaintextRoundTrips()
    {
        const SecretBytes key = SecretBytes::random(Aead::KeySize);
        const QByteArray nonce(Aead::NonceSize, '\x07');
        const QByteArray sealed = Aead::encrypt(QByteArray(), QByteArrayLiteral("ad"), nonce, key);
        QCOMPARE(sealed.size(), Aead::TagSize);
        const auto opened = Aead::decrypt(sealed, QByteArrayLiteral("ad"), nonce, key);
        QVERIFY(opened.has_value());
        QVERIFY(opened->isEmpty());
    }

    void badSizesThrow()
    {
        const SecretBytes key = SecretBytes::random(Aead::KeySize);
        QVERIFY_THROWS_EXCEPTION(CryptoError, Aead::encrypt("x", {}, QByteArray(12, 'n'), key));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Aead::encrypt("x", {}, VectorNonce, SecretBytes::random(16)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Aead::decrypt(QByteArray(32, 'c'), {}, QByteArray(), key));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Aead::decrypt(QByteArray(32, 'c'), {}, VectorNonce, SecretBytes()));
    }
};

QTEST_APPLESS_MAIN(TestAead)
#include "TestAead.moc"
