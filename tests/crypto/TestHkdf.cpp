#include "CryptoError.h"
#include "Hkdf.h"

#include <QtTest>

using carnet::CryptoError;
using carnet::Hkdf;
using carnet::SecretBytes;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

QByteArray range(int from, int to)
{
    QByteArray bytes;
    for (int i = from; i < to; ++i) {
        bytes.append(static_cast<char>(i));
    }
    return bytes;
}

} // namespace

class TestHkdf : public QObject
{
    Q_OBJECT

private slots:
    // RFC 5869 appendix A, test cases 1 to 3 (the SHA-256 ones).
    void rfc5869Vectors_data()
    {
        QTest::addColumn<QByteArray>("inputKey");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("output");

        QTest::newRow("A.1 basic") << QByteArray(22, '\x0b') << range(0x00, 0x0d) << range(0xf0, 0xfa) << 42
                                   << QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                                 "34007208d5b887185865");
        QTest::newRow("A.2 long inputs")
            << range(0x00, 0x50) << range(0x60, 0xb0) << range(0xb0, 0x100) << 82
            << QByteArray("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c6"
                          "5e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
        QTest::newRow("A.3 empty salt and info")
            << QByteArray(22, '\x0b') << QByteArray() << QByteArray() << 42
            << QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    void rfc5869Vectors()
    {
        QFETCH(QByteArray, inputKey);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(int, length);
        QFETCH(QByteArray, output);
        const SecretBytes derived = Hkdf::sha256(SecretBytes::copyOf(inputKey), salt, info, length);
        QCOMPARE(bytesOf(derived).toHex(), output);
    }

    // An empty salt must behave as HashLen zero bytes (RFC 5869 section 2.2); age relies on it for the MAC key.
    void emptySaltEqualsZeroSalt()
    {
        const SecretBytes key = SecretBytes::copyOf(QByteArray("input keying material"));
        QCOMPARE(bytesOf(Hkdf::sha256(key, QByteArray(), "header")),
                 bytesOf(Hkdf::sha256(key, QByteArray(32, '\0'), "header")));
    }

    // RFC 4231 test case 2 (a key shorter than the block) and test case 6 (a key longer than the block).
    void hmacSha256Vectors()
    {
        QCOMPARE(Hkdf::hmacSha256(SecretBytes::copyOf(QByteArray("Jefe")), "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(Hkdf::hmacSha256(SecretBytes::copyOf(QByteArray(131, '\xaa')),
                                  "Test Using Larger Than Block-Size Key - Hash Key First")
                     .toHex(),
                 QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    }

    void rejectsImpossibleLengths()
    {
        const SecretBytes key = SecretBytes::copyOf(QByteArray("k"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hkdf::sha256(key, {}, {}, 0));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hkdf::sha256(key, {}, {}, 255 * 32 + 1));
        QCOMPARE(Hkdf::sha256(key, {}, {}, 255 * 32).size(), std::size_t {255 * 32});
    }
};

QTEST_GUILESS_MAIN(TestHkdf)
#include "TestHkdf.moc"
