#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "AgeError.h"
#include "AgeIdentity.h"
#include "CryptoError.h"

#include <QBuffer>
#include <QtTest>

using carnet::AgeDecryptor;
using carnet::AgeEncryptor;
using carnet::AgeError;
using carnet::AgeIdentity;
using carnet::AgeRecipient;
using carnet::CryptoError;
using carnet::SecretBytes;

namespace {

constexpr int ChunkSize = 64 * 1024;
constexpr int LowLogN = 4;

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 251 + 3) & 0xff);
    }
    return data;
}

qsizetype headerSize(const QByteArray& file)
{
    return file.indexOf("\n--- ") + 1 + 48;
}

// A device that accepts a few writes and then refuses, like a full disk.
class FullDisk : public QIODevice
{
public:
    explicit FullDisk(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_capacity -= size;
        return size;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestAgeEncryptor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armored");
        QTest::addColumn<bool>("passphrase");
        for (const int size : {0, 1, ChunkSize - 1, ChunkSize, ChunkSize + 1, 2 * ChunkSize, 200 * 1024}) {
            for (const bool armored : {false, true}) {
                for (const bool passphrase : {false, true}) {
                    QTest::addRow("%d bytes, %s, %s", size, armored ? "armored" : "binary",
                                  passphrase ? "passphrase" : "3 recipients")
                        << size << armored << passphrase;
                }
            }
        }
    }

    void roundTrip()
    {
        QFETCH(int, size);
        QFETCH(bool, armored);
        QFETCH(bool, passphrase);
        const QByteArray plaintext = sequence(size);
        const SecretBytes secret = SecretBytes::copyOf(QByteArray("a long shared passphrase"));
        std::vector<AgeIdentity> identities;
        for (int i = 0; i < 3; ++i) {
            identities.push_back(AgeIdentity::generate());
        }
        AgeEncryptor encryptor = passphrase
            ? AgeEncryptor::forPassphrase(secret, LowLogN)
            : AgeEncryptor::forRecipients(
                {identities[0].recipient(), identities[1].recipient(), identities[2].recipient()});
        encryptor.setArmored(armored);
        QCOMPARE(encryptor.isArmored(), armored);
        const QByteArray file = encryptor.encrypt(plaintext);

        if (passphrase) {
            AgeDecryptor decryptor;
            decryptor.setPassphrase(secret);
            QCOMPARE(decryptor.decrypt(file), plaintext);
        } else {
            // Each recipient alone can open it.
            for (const AgeIdentity& identity : identities) {
                AgeDecryptor decryptor;
                decryptor.addIdentity(AgeIdentity::parse(identity.toSecretString()).value());
                QCOMPARE(decryptor.decrypt(file), plaintext);
            }
        }

        if (armored) {
            QVERIFY(file.startsWith("-----BEGIN AGE ENCRYPTED FILE-----\n"));
            QVERIFY(file.endsWith("\n-----END AGE ENCRYPTED FILE-----\n"));
            const QList<QByteArray> lines = file.split('\n');
            for (qsizetype i = 1; i + 2 < lines.size() - 1; ++i) {
                QCOMPARE(lines.at(i).size(), 64);
            }
            QVERIFY(lines.at(lines.size() - 3).size() <= 64);
            return;
        }
        // Binary layout: header, 16-byte nonce, then ceil(size / 64 KiB) chunks (at least one), each + 16 tag.
        const int chunks = std::max(1, (size + ChunkSize - 1) / ChunkSize);
        QCOMPARE(file.size() - headerSize(file), 16 + size + 16 * chunks);
        QVERIFY(
            file.startsWith(passphrase ? "age-encryption.org/v1\n-> scrypt " : "age-encryption.org/v1\n-> X25519 "));
        QCOMPARE(file.count("\n-> X25519 "), passphrase ? 0 : 3);
    }

    void streamsBetweenDevices()
    {
        const AgeIdentity identity = AgeIdentity::generate();
        QByteArray plaintext = sequence(300 * 1024);
        QBuffer in(&plaintext);
        in.open(QIODevice::ReadOnly);
        QByteArray file;
        QBuffer out(&file);
        out.open(QIODevice::WriteOnly);
        AgeEncryptor::forRecipients({identity.recipient()}).encrypt(in, out);
        QVERIFY(in.atEnd());

        AgeDecryptor decryptor;
        decryptor.addIdentity(AgeIdentity::parse(identity.toSecretString()).value());
        QBuffer encrypted(&file);
        encrypted.open(QIODevice::ReadOnly);
        QByteArray decrypted;
        QBuffer result(&decrypted);
        result.open(QIODevice::WriteOnly);
        decryptor.decrypt(encrypted, result);
        QCOMPARE(decrypted, plaintext);
    }

    // Fresh file key, ephemeral share and payload nonce every time: equal inputs never give equal files.
    void everyFileIsFresh()
    {
        const AgeEncryptor encryptor = AgeEncryptor::forRecipients({AgeIdentity::generate().recipient()});
        const QByteArray first = encryptor.encrypt("same");
        const QByteArray second = encryptor.encrypt("same");
        QVERIFY(first.left(headerSize(first)) != second.left(headerSize(second)));
        QVERIFY(first.mid(headerSize(first), 16) != second.mid(headerSize(second), 16));
    }

    void headerFollowsTheSpecification()
    {
        const AgeIdentity identity = AgeIdentity::generate();
        const QByteArray file = AgeEncryptor::forRecipients({identity.recipient()}).encrypt("x");
        const QList<QByteArray> lines = file.left(headerSize(file)).split('\n');
        QCOMPARE(lines.size(), 5); // version, stanza, body, MAC, and the empty rest after the final LF
        QCOMPARE(lines.at(0), QByteArray("age-encryption.org/v1"));
        QVERIFY(lines.at(1).startsWith("-> X25519 "));
        QCOMPARE(lines.at(1).size(), 10 + 43);
        QCOMPARE(lines.at(2).size(), 43); // 32-byte body, unpadded, one short line
        QVERIFY(lines.at(3).startsWith("--- "));
        QCOMPARE(lines.at(3).size(), 4 + 43);
        QVERIFY(!file.left(headerSize(file)).contains('='));
    }

    // The default work factor is age's own (2^18); it takes about half a second here, so it is tested once.
    void passphraseDefaultsToLogN18()
    {
        QCOMPARE(AgeEncryptor::DefaultScryptLogN, 18);
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("default work factor"));
        const QByteArray file = AgeEncryptor::forPassphrase(passphrase).encrypt("x");
        const QList<QByteArray> stanza = file.split('\n').at(1).split(' ');
        QCOMPARE(stanza.size(), 4);
        QCOMPARE(stanza.at(1), QByteArray("scrypt"));
        QCOMPARE(stanza.at(2).size(), 22); // 16-byte salt, unpadded base64
        QCOMPARE(stanza.at(3), QByteArray("18"));
        AgeDecryptor decryptor;
        decryptor.setPassphrase(passphrase);
        QCOMPARE(decryptor.decrypt(file), QByteArray("x"));
    }

    void rejectsBadConfigurations()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgeEncryptor::forRecipients({}));
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgeEncryptor::forPassphrase(SecretBytes()));
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("p"));
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgeEncryptor::forPassphrase(passphrase, 0));
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgeEncryptor::forPassphrase(passphrase, 23));
        // A low-order point is not a usable recipient.
        QVERIFY_THROWS_EXCEPTION(
            CryptoError, AgeEncryptor::forRecipients({AgeRecipient::fromPublicKey(QByteArray(32, '\0'))}).encrypt("x"));
    }

    void writeFailureIsReported_data()
    {
        QTest::addColumn<bool>("armored");
        QTest::addColumn<int>("capacity");
        QTest::newRow("binary, no room for the header") << false << 10;
        QTest::newRow("binary, no room for the payload") << false << 300;
        QTest::newRow("armored, no room for the begin line") << true << 0;
        QTest::newRow("armored, no room for the end line") << true << -20;
    }

    void writeFailureIsReported()
    {
        QFETCH(bool, armored);
        QFETCH(int, capacity);
        AgeEncryptor encryptor = AgeEncryptor::forRecipients({AgeIdentity::generate().recipient()});
        encryptor.setArmored(armored);
        QByteArray plaintext = sequence(70 * 1024);
        QBuffer in(&plaintext);
        in.open(QIODevice::ReadOnly);
        // A negative capacity counts back from the size of the whole file.
        FullDisk out(capacity >= 0 ? capacity : encryptor.encrypt(plaintext).size() + capacity);
        try {
            encryptor.encrypt(in, out);
            QFAIL("encryption reported success on a full disk");
        } catch (const AgeError& error) {
            QCOMPARE(error.kind(), AgeError::Kind::WriteFailed);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgeEncryptor)
#include "TestAgeEncryptor.moc"
