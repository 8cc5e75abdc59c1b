#include "CryptoError.h"
#include "SubkeyDerivation.h"

#include <QtTest>
#include <sodium.h>

using carnet::CryptoError;
using carnet::SecretBytes;
using carnet::SubkeyDerivation;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

// crypto_kdf as libsodium documents it: BLAKE2b keyed with the master key, empty message,
// salt = little-endian subkey id padded to 16 bytes, personalisation = context padded to 16 bytes.
QByteArray referenceSubkey(const QByteArray& master, std::uint64_t id, const char* context, int size)
{
    unsigned char salt[16] = {};
    for (int i = 0; i < 8; ++i) {
        salt[i] = static_cast<unsigned char>(id >> (8 * i));
    }
    unsigned char personal[16] = {};
    std::memcpy(personal, context, 8);
    QByteArray out(size, Qt::Uninitialized);
    if (crypto_generichash_blake2b_salt_personal(reinterpret_cast<unsigned char*>(out.data()),
                                                 static_cast<std::size_t>(size), nullptr, 0,
                                                 reinterpret_cast<const unsigned char*>(master.constData()),
                                                 static_cast<std::size_t>(master.size()), salt, personal)
        != 0) {
        return QByteArray();
    }
    return out;
}

} // namespace

class TestSubkeyDerivation : public QObject
{
    Q_OBJECT

private slots:
    void matchesDocumentedConstruction()
    {
        const QByteArray master
            = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const SecretBytes masterKey = SecretBytes::copyOf(master);
        for (const std::uint64_t id : {std::uint64_t {0}, std::uint64_t {1}, std::uint64_t {0x0102030405060708}}) {
            for (const int size : {16, 32, 64}) {
                const SecretBytes subkey = SubkeyDerivation::derive(masterKey, id, "CARNETDB", size);
                QCOMPARE(subkey.size(), static_cast<std::size_t>(size));
                QCOMPARE(bytesOf(subkey).toHex(), referenceSubkey(master, id, "CARNETDB", size).toHex());
            }
        }
    }

    void deterministicAndSeparated()
    {
        const SecretBytes master = SecretBytes::random(32);
        const SecretBytes databaseKey = SubkeyDerivation::derive(master, 1, "CARNETDB");
        QVERIFY(databaseKey.equals(SubkeyDerivation::derive(master, 1, "CARNETDB")));
        QVERIFY(!databaseKey.equals(SubkeyDerivation::derive(master, 2, "CARNETDB")));
        QVERIFY(!databaseKey.equals(SubkeyDerivation::derive(master, 1, "CARNETBK")));
        QVERIFY(!databaseKey.equals(SubkeyDerivation::derive(SecretBytes::random(32), 1, "CARNETDB")));
        QVERIFY(!databaseKey.equals(master));
    }

    void badSizesThrow()
    {
        const SecretBytes master = SecretBytes::random(32);
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(master, 1, "CARNETDB", 15));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(master, 1, "CARNETDB", 65));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(master, 1, "CARNETDB", 0));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(master, 1, "CARNETDB", -32));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(SecretBytes::random(31), 1, "CARNETDB"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(SecretBytes::random(64), 1, "CARNETDB"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(SecretBytes(), 1, "CARNETDB"));
    }

    void shortContextThrows()
    {
        // The signature only admits 9-char arrays, but one can still hold a shorter string.
        const char shortContext[9] = "CARNET";
        QVERIFY_THROWS_EXCEPTION(CryptoError, SubkeyDerivation::derive(SecretBytes::random(32), 1, shortContext));
    }
};

QTEST_APPLESS_MAIN(TestSubkeyDerivation)
#include "TestSubkeyDerivation.moc"
