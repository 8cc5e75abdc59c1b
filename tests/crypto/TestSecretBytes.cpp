#include "CryptoError.h"
#include "SecretBytes.h"

#include <QtTest>
#include <algorithm>
#include <utility>

using carnet::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void emptyNeedsNoAllocation()
    {
        SecretBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), std::size_t {0});
        QVERIFY(empty.data() == nullptr);

        SecretBytes zeroSized(0);
        QVERIFY(zeroSized.isEmpty());
        QVERIFY(zeroSized.data() == nullptr);
        QVERIFY(empty.equals(zeroSized));
        // Page protection on nothing is a no-op, not a crash.
        zeroSized.noAccess();
        zeroSized.readOnly();
        zeroSized.readWrite();
        zeroSized.clear();
        QVERIFY(zeroSized.isEmpty());
    }

    void sizedStartsZeroed()
    {
        const SecretBytes secret(48);
        QCOMPARE(secret.size(), std::size_t {48});
        QVERIFY(secret.data() != nullptr);
        QVERIFY(std::all_of(secret.data(), secret.data() + secret.size(), [](unsigned char b) { return b == 0; }));
    }

    void copyOfKeepsBytes()
    {
        const QByteArray source = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const SecretBytes secret = SecretBytes::copyOf(source);
        QCOMPARE(secret.size(), std::size_t {16});
        QCOMPARE(QByteArray(secret.chars(), 16), source);

        const SecretBytes fromPointer = SecretBytes::copyOf(source.constData(), 4);
        QCOMPARE(QByteArray(fromPointer.chars(), 4), source.left(4));
        QVERIFY(SecretBytes::copyOf(QByteArray()).isEmpty());
    }

    void fromUtf8EncodesPassphrase()
    {
        const QString passphrase = QStringLiteral("correct horse \u00e9t\u00e9 \u2603");
        const SecretBytes secret = SecretBytes::fromUtf8(passphrase);
        QCOMPARE(QByteArray(secret.chars(), static_cast<qsizetype>(secret.size())), passphrase.toUtf8());
        QVERIFY(SecretBytes::fromUtf8(QString()).isEmpty());
    }

    void moveConstructionTransfersOwnership()
    {
        SecretBytes original = SecretBytes::copyOf(QByteArrayLiteral("move me"));
        const unsigned char* buffer = original.data();
        SecretBytes moved(std::move(original));
        QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what we test
        QVERIFY(original.data() == nullptr);
        QCOMPARE(moved.data(), buffer);
        QCOMPARE(QByteArray(moved.chars(), 7), QByteArrayLiteral("move me"));
    }

    void moveAssignmentReleasesOldAndTransfers()
    {
        SecretBytes target = SecretBytes::copyOf(QByteArrayLiteral("old"));
        SecretBytes source = SecretBytes::copyOf(QByteArrayLiteral("newer"));
        target = std::move(source);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(target.size(), std::size_t {5});
        QCOMPARE(QByteArray(target.chars(), 5), QByteArrayLiteral("newer"));

        SecretBytes& alias = target;
        target = std::move(alias);
        QCOMPARE(QByteArray(target.chars(), 5), QByteArrayLiteral("newer"));
    }

    void cloneIsIndependentCopy()
    {
        SecretBytes original = SecretBytes::copyOf(QByteArrayLiteral("abcdef"));
        SecretBytes copy = original.clone();
        QVERIFY(copy.equals(original));
        QVERIFY(copy.data() != original.data());
        copy.data()[0] = 'z';
        QVERIFY(!copy.equals(original));
        QCOMPARE(original.data()[0], static_cast<unsigned char>('a'));
        QVERIFY(SecretBytes().clone().isEmpty());
    }

    void equalsComparesSizeAndContent()
    {
        const SecretBytes a = SecretBytes::copyOf(QByteArrayLiteral("0123456789"));
        const SecretBytes b = SecretBytes::copyOf(QByteArrayLiteral("0123456789"));
        const SecretBytes differentLastByte = SecretBytes::copyOf(QByteArrayLiteral("012345678X"));
        const SecretBytes prefix = SecretBytes::copyOf(QByteArrayLiteral("012345678"));
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(differentLastByte));
        QVERIFY(!a.equals(prefix));
        QVERIFY(!prefix.equals(a));
        QVERIFY(!a.equals(SecretBytes()));
    }

    void randomIsNotZeroAndDiffers()
    {
        const SecretBytes first = SecretBytes::random(32);
        const SecretBytes second = SecretBytes::random(32);
        QCOMPARE(first.size(), std::size_t {32});
        // A 32-byte all-zero draw has probability 2^-256.
        QVERIFY(std::any_of(first.data(), first.data() + first.size(), [](unsigned char b) { return b != 0; }));
        QVERIFY(!first.equals(second));
        QVERIFY(SecretBytes::random(0).isEmpty());
    }

    void clearEmpties()
    {
        SecretBytes secret = SecretBytes::random(64);
        secret.clear();
        QVERIFY(secret.isEmpty());
        QVERIFY(secret.data() == nullptr);
        secret.clear();
        QVERIFY(secret.isEmpty());
    }

    void protectionRoundTrip()
    {
        SecretBytes secret = SecretBytes::copyOf(QByteArrayLiteral("guarded key material"));
        const SecretBytes expected = secret.clone();
        secret.noAccess();
        secret.readOnly();
        QVERIFY(secret.equals(expected));
        secret.readWrite();
        secret.data()[0] = 'G';
        QCOMPARE(secret.data()[0], static_cast<unsigned char>('G'));
        secret.noAccess();
        // Destroying a no-access buffer must still work: sodium_free lifts the protection itself.
    }

    void readGuardOpensThenCloses()
    {
        SecretBytes secret = SecretBytes::copyOf(QByteArrayLiteral("0123456789abcdef"));
        const SecretBytes expected = secret.clone();
        secret.noAccess();
        {
            const carnet::SecretReadGuard guard(secret);
            QVERIFY(secret.equals(expected));
        }
        secret.readWrite();
        QVERIFY(secret.equals(expected));
    }
};

QTEST_APPLESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
