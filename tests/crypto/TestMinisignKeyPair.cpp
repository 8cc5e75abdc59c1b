#include "CryptoError.h"
#include "MinisignError.h"
#include "MinisignKeyPair.h"
#include "MinisignPublicKey.h"
#include "SecretBytes.h"

#include <QBuffer>
#include <QtTest>
#include <sodium.h>

using carnet::CryptoError;
using carnet::MinisignError;
using carnet::MinisignKeyPair;
using carnet::MinisignPublicKey;
using carnet::MinisignSignature;
using carnet::SecretBytes;
using carnet::SigningKeyPair;

namespace {

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 73 + 5) & 0xff);
    }
    return data;
}

QString outcomeOf(const MinisignPublicKey& key, const QByteArray& data, const MinisignSignature& signature)
{
    try {
        return QString::fromUtf8(key.verify(data, signature));
    } catch (const MinisignError& error) {
        return QString::fromLatin1(MinisignError::name(error.kind()));
    }
}

} // namespace

class TestMinisignKeyPair : public QObject
{
    Q_OBJECT

private slots:
    void signAndVerify_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300 * 1024}) {
            QTest::addRow("%d bytes", size) << size;
        }
    }

    void signAndVerify()
    {
        QFETCH(int, size);
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        const QByteArray data = sequence(size);
        const QByteArray comment = R"({"format":1,"export":"x","items":3})";
        const MinisignSignature signature = pair.sign(data, comment);
        QCOMPARE(signature.algorithm(), MinisignSignature::Algorithm::Prehashed);
        QCOMPARE(signature.keyId(), pair.keyId());
        QCOMPARE(signature.untrustedComment(), QByteArray(MinisignKeyPair::DefaultUntrustedComment));
        QCOMPARE(outcomeOf(pair.publicKey(), data, signature), QString::fromUtf8(comment));
        // Through the file text, as a reader would get it.
        QCOMPARE(outcomeOf(pair.publicKey(), data, MinisignSignature::parse(signature.toFileText())),
                 QString::fromUtf8(comment));
        if (size > 0) {
            QByteArray changed = data;
            changed[size / 2] = static_cast<char>(changed.at(size / 2) ^ 1);
            QCOMPARE(outcomeOf(pair.publicKey(), changed, signature), QStringLiteral("InvalidSignature"));
        }
    }

    // The prehashed signature is plain Ed25519 over BLAKE2b-512 of the file, as minisign defines it.
    void signatureIsOverBlake2b512()
    {
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        const QByteArray data = "health summary";
        const MinisignSignature signature = pair.sign(data, "c");
        QByteArray digest(64, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 64,
                           reinterpret_cast<const unsigned char*>(data.constData()), data.size(), nullptr, 0);
        const QList<QByteArray> lines = signature.toFileText().split('\n');
        const QByteArray body = QByteArray::fromBase64(lines.at(1));
        QCOMPARE(body.left(2), QByteArray("ED"));
        QVERIFY(SigningKeyPair::verifyDetached(body.mid(10), digest, pair.signingKey().publicKey()));
        // And the global signature covers signature || trusted comment.
        QVERIFY(SigningKeyPair::verifyDetached(QByteArray::fromBase64(lines.at(3)), body.mid(10) + "c",
                                               pair.signingKey().publicKey()));
    }

    void keyIdTravelsWithTheKey()
    {
        const SigningKeyPair signingKey = SigningKeyPair::generate();
        const SecretBytes secret = signingKey.secretKey().clone();
        const QByteArray keyId = MinisignKeyPair::randomKeyId();
        QCOMPARE(keyId.size(), 8);
        QVERIFY(MinisignKeyPair::randomKeyId() != keyId);
        const MinisignKeyPair pair(SigningKeyPair::fromSecretKey(secret), keyId);
        const MinisignKeyPair reloaded(SigningKeyPair::fromSecretKey(secret), keyId);
        QCOMPARE(reloaded.publicKey(), pair.publicKey());
        QCOMPARE(outcomeOf(reloaded.publicKey(), "x", pair.sign("x", "same key")), QStringLiteral("same key"));
        // The same key under another id is refused by id before any signature check.
        const MinisignKeyPair renamed(SigningKeyPair::fromSecretKey(secret), MinisignKeyPair::randomKeyId());
        QCOMPARE(outcomeOf(renamed.publicKey(), "x", pair.sign("x", "c")), QStringLiteral("KeyIdMismatch"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, MinisignKeyPair(SigningKeyPair::generate(), QByteArray(7, 'x')));
    }

    void publicKeyText()
    {
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        const QByteArray text = pair.publicKey().toFileText();
        QVERIFY(text.startsWith("untrusted comment: minisign public key " + pair.publicKey().keyIdHex().toLatin1()
                                + "\nRW"));
        QCOMPARE(MinisignPublicKey::parse(text), pair.publicKey());
    }

    void commentsMustBeOneLineAndFit()
    {
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        QVERIFY_THROWS_EXCEPTION(CryptoError, pair.sign("x", "two\nlines"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, pair.sign("x", "carriage\rreturn"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, pair.sign("x", QByteArray("nul\0byte", 8)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, pair.sign("x", "ok", "untrusted\nnewline"));
        QVERIFY_THROWS_EXCEPTION(CryptoError,
                                 pair.sign("x", QByteArray(MinisignSignature::MaxTrustedCommentSize + 1, 'c')));
        const QByteArray longest(MinisignSignature::MaxTrustedCommentSize, 'c');
        const MinisignSignature signature = pair.sign("x", longest);
        QCOMPARE(outcomeOf(pair.publicKey(), "x", MinisignSignature::parse(signature.toFileText())),
                 QString::fromLatin1(longest));
        QCOMPARE(outcomeOf(pair.publicKey(), "x", pair.sign("x", "")), QString());
    }

    void signsFromADevice()
    {
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        QByteArray data = sequence(100 * 1024);
        QBuffer device(&data);
        device.open(QIODevice::ReadOnly);
        const MinisignSignature signature = pair.sign(device, "streamed");
        QVERIFY(device.atEnd());
        QCOMPARE(outcomeOf(pair.publicKey(), data, signature), QStringLiteral("streamed"));
        // A device that cannot be read is an error, not a signature over nothing.
        QBuffer closed(&data);
        QVERIFY_THROWS_EXCEPTION(MinisignError, pair.sign(closed, "c"));
    }
};

QTEST_GUILESS_MAIN(TestMinisignKeyPair)
#include "TestMinisignKeyPair.moc"
