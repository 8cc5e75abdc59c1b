#include "CryptoError.h"
#include "Hash.h"

#include <QtTest>

using carnet::Blake2bStream;
using carnet::CryptoError;
using carnet::Hash;
using carnet::SecretBytes;

namespace {

// RFC 7693 appendix A.
const QByteArray Blake2b512Abc = "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                                 "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923";

SecretBytes referenceKey()
{
    // The key used throughout the BLAKE2 reference KAT file (blake2b-kat.txt): bytes 00..3f.
    QByteArray key(64, Qt::Uninitialized);
    for (int i = 0; i < 64; ++i) {
        key[i] = static_cast<char>(i);
    }
    return SecretBytes::copyOf(key);
}

} // namespace

class TestHash : public QObject
{
    Q_OBJECT

private slots:
    void rfc7693Abc() { QCOMPARE(Hash::blake2b(QByteArrayLiteral("abc"), 64).toHex(), Blake2b512Abc); }

    void knownUnkeyedDigests()
    {
        QCOMPARE(Hash::blake2b(QByteArray(), 64).toHex(),
                 QByteArray("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                            "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce"));
        QCOMPARE(Hash::blake2b(QByteArrayLiteral("abc")).toHex(),
                 QByteArray("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"));
    }

    void keyedReferenceVectors()
    {
        const SecretBytes key = referenceKey();
        QCOMPARE(Hash::blake2bKeyed(QByteArray(), key, 64).toHex(),
                 QByteArray("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786"
                            "b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"));
        QCOMPARE(Hash::blake2bKeyed(QByteArray(1, '\0'), key, 64).toHex(),
                 QByteArray("961f6dd1e4dd30f63901690c512e78e4b45e4742ed197c3c5e45c549fd25f2e4"
                            "187b0bc9fe30492b16b0d0bc4ef9b0f34c7003fac09a5ef1532e69430234cebd"));
    }

    void outputSizeIsParameterOfHash()
    {
        const QByteArray data = QByteArrayLiteral("journal entry");
        const QByteArray short16 = Hash::blake2b(data, 16);
        const QByteArray default32 = Hash::blake2b(data);
        QCOMPARE(short16.size(), 16);
        QCOMPARE(default32.size(), 32);
        // BLAKE2b's output length is mixed into the parameter block: a shorter digest is not a prefix.
        QVERIFY(default32.left(16) != short16);
    }

    void keyedDependsOnKey()
    {
        const QByteArray data = QByteArrayLiteral("audit record 17");
        const SecretBytes key = SecretBytes::random(32);
        const QByteArray mac = Hash::blake2bKeyed(data, key);
        QCOMPARE(mac, Hash::blake2bKeyed(data, key));
        QVERIFY(mac != Hash::blake2bKeyed(data, SecretBytes::random(32)));
        QVERIFY(mac != Hash::blake2b(data));
    }

    void badSizesThrow()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hash::blake2b("x", 15));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hash::blake2b("x", 65));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hash::blake2bKeyed("x", SecretBytes(), 32));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hash::blake2bKeyed("x", SecretBytes::random(15), 32));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Hash::blake2bKeyed("x", SecretBytes::random(65), 32));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Blake2bStream(0));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Blake2bStream(100));
    }

    void streamMatchesOneShot()
    {
        Blake2bStream stream(64);
        stream.update(QByteArrayLiteral("a"));
        stream.update(QByteArray());
        stream.update("bc", 2);
        QCOMPARE(stream.finish().toHex(), Blake2b512Abc);

        // Chunk boundaries that straddle BLAKE2b's 128-byte block must not matter.
        QByteArray large(100000, Qt::Uninitialized);
        for (int i = 0; i < large.size(); ++i) {
            large[i] = static_cast<char>((i * 131) & 0xff);
        }
        Blake2bStream chunked;
        for (qsizetype offset = 0; offset < large.size(); offset += 127) {
            chunked.update(large.mid(offset, 127));
        }
        QCOMPARE(chunked.finish(), Hash::blake2b(large));
    }

    void streamCannotBeReused()
    {
        Blake2bStream stream;
        stream.update("data", 4);
        QCOMPARE(stream.finish().size(), 32);
        QVERIFY_THROWS_EXCEPTION(CryptoError, stream.finish());
        QVERIFY_THROWS_EXCEPTION(CryptoError, stream.update("more", 4));
    }
};

QTEST_APPLESS_MAIN(TestHash)
#include "TestHash.moc"
