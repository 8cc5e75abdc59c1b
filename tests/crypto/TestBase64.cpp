#include "Base64.h"

#include <QtTest>

using carnet::Base64;

class TestBase64 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 section 10.
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("padded");
        QTest::addColumn<QByteArray>("unpadded");
        QTest::newRow("empty") << QByteArray("") << QByteArray("") << QByteArray("");
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg==") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8=") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg==") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE=") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy") << QByteArray("Zm9vYmFy");
    }

    void rfc4648Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, padded);
        QFETCH(QByteArray, unpadded);
        QCOMPARE(Base64::encode(data), padded);
        QCOMPARE(Base64::encodeUnpadded(data), unpadded);
        QCOMPARE(Base64::decode(padded), std::optional<QByteArray>(data));
        QCOMPARE(Base64::decodeUnpadded(unpadded), std::optional<QByteArray>(data));
    }

    void binaryRoundTrip()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i) {
            all.append(static_cast<char>(i));
        }
        for (int size = 0; size <= all.size(); size += 17) {
            const QByteArray data = all.left(size);
            QCOMPARE(Base64::decode(Base64::encode(data)), std::optional<QByteArray>(data));
            QCOMPARE(Base64::decodeUnpadded(Base64::encodeUnpadded(data)), std::optional<QByteArray>(data));
        }
    }

    // Each byte string must have exactly one accepted spelling, or an attacker can change a file without
    // changing what it decodes to.
    void rejectsNonCanonicalAndStrayInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("padded");
        QTest::newRow("unused bits set, unpadded") << QByteArray("Zh") << false;
        QTest::newRow("unused bits set, padded") << QByteArray("Zh==") << true;
        QTest::newRow("padding where none is allowed") << QByteArray("Zg==") << false;
        QTest::newRow("missing padding") << QByteArray("Zg") << true;
        QTest::newRow("impossible length") << QByteArray("Z") << false;
        QTest::newRow("too much padding") << QByteArray("Zm8==") << true;
        QTest::newRow("data after padding") << QByteArray("Zg==Zg==") << true;
        QTest::newRow("space") << QByteArray("Zm 9v") << false;
        QTest::newRow("newline") << QByteArray("Zm9v\n") << false;
        QTest::newRow("url-safe alphabet") << QByteArray("-_-_") << false;
        QTest::newRow("non-ASCII") << QByteArray("Zm9\xc3\xa9") << false;
        // libsodium 1.0.18 alone would read these high-bit bytes as '/', '+' and 'A'.
        QTest::newRow("'/' with the high bit set") << QByteArray("Zm9\xaf") << false;
        QTest::newRow("'+' with the high bit set") << QByteArray("Zm9\xab") << false;
        QTest::newRow("'A' with the high bit set, padded") << QByteArray("Zm9\xc1") << true;
    }

    void rejectsNonCanonicalAndStrayInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, padded);
        QVERIFY(!(padded ? Base64::decode(text) : Base64::decodeUnpadded(text)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
