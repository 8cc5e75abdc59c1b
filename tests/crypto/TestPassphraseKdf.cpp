#include "CryptoError.h"
#include "PassphraseKdf.h"

#include <QtTest>

using carnet::CryptoError;
using carnet::KdfParams;
using carnet::PassphraseKdf;
using carnet::SecretBytes;

namespace {

constexpr quint64 MiB = 1024 * 1024; // quint64, not std::uint64_t: QTest data columns check the exact type

KdfParams params(std::uint32_t ops, std::uint64_t mem, std::uint8_t algorithm = KdfParams::Argon2id13)
{
    KdfParams p;
    p.algorithm = algorithm;
    p.opsLimit = ops;
    p.memLimitBytes = mem;
    return p;
}

QByteArray keyBytes(const SecretBytes& key)
{
    return QByteArray(key.chars(), static_cast<qsizetype>(key.size()));
}

} // namespace

// Only the interactive profile (64 MiB) and smaller parameters are derived here: moderate and sensitive
// would cost seconds and up to 1 GiB per derivation.
class TestPassphraseKdf : public QObject
{
    Q_OBJECT

private slots:
    void profilesMatchLibsodium()
    {
        QCOMPARE(PassphraseKdf::profile(PassphraseKdf::Profile::Interactive), params(2, 64 * MiB));
        QCOMPARE(PassphraseKdf::profile(PassphraseKdf::Profile::Moderate), params(3, 256 * MiB));
        QCOMPARE(PassphraseKdf::profile(PassphraseKdf::Profile::Sensitive), params(4, 1024 * MiB));
        QCOMPARE(PassphraseKdf::floor(), PassphraseKdf::profile(PassphraseKdf::Profile::Interactive));
        QCOMPARE(KdfParams {}.algorithm, std::uint8_t {2});
    }

    void profileNamesRoundTrip()
    {
        using Profile = PassphraseKdf::Profile;
        QCOMPARE(PassphraseKdf::profileName(Profile::Interactive), QStringLiteral("interactive"));
        QCOMPARE(PassphraseKdf::profileName(Profile::Moderate), QStringLiteral("moderate"));
        QCOMPARE(PassphraseKdf::profileName(Profile::Sensitive), QStringLiteral("sensitive"));
        for (const Profile profile : {Profile::Interactive, Profile::Moderate, Profile::Sensitive}) {
            QCOMPARE(PassphraseKdf::profileFromName(PassphraseKdf::profileName(profile)), profile);
        }
        QVERIFY(!PassphraseKdf::profileFromName(QStringLiteral("paranoid")).has_value());
        QVERIFY(!PassphraseKdf::profileFromName(QString()).has_value());
    }

    void isAcceptable_data()
    {
        QTest::addColumn<quint32>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::addColumn<quint8>("algorithm");
        QTest::addColumn<bool>("acceptable");

        QTest::newRow("floor") << 2u << 64 * MiB << quint8(2) << true;
        QTest::newRow("moderate") << 3u << 256 * MiB << quint8(2) << true;
        QTest::newRow("sensitive") << 4u << 1024 * MiB << quint8(2) << true;
        QTest::newRow("calibrated ops") << 17u << 256 * MiB << quint8(2) << true;
        QTest::newRow("upper bounds") << 64u << 4096 * MiB << quint8(2) << true;
        QTest::newRow("ops below floor") << 1u << 256 * MiB << quint8(2) << false;
        QTest::newRow("zero ops") << 0u << 256 * MiB << quint8(2) << false;
        QTest::newRow("memory below floor") << 3u << 64 * MiB - 1024 << quint8(2) << false;
        QTest::newRow("zero memory") << 3u << quint64(0) << quint8(2) << false;
        QTest::newRow("ops too high") << 65u << 256 * MiB << quint8(2) << false;
        QTest::newRow("ops absurd") << 0xffffffffu << 256 * MiB << quint8(2) << false;
        QTest::newRow("memory too high") << 3u << 4096 * MiB + 1 << quint8(2) << false;
        QTest::newRow("argon2i") << 3u << 256 * MiB << quint8(1) << false;
        QTest::newRow("unknown algorithm") << 3u << 256 * MiB << quint8(0) << false;
        QTest::newRow("future algorithm") << 3u << 256 * MiB << quint8(3) << false;
    }

    void isAcceptable()
    {
        QFETCH(quint32, ops);
        QFETCH(quint64, mem);
        QFETCH(quint8, algorithm);
        QFETCH(bool, acceptable);
        QCOMPARE(PassphraseKdf::isAcceptable(params(ops, mem, algorithm)), acceptable);
    }

    void deriveIsDeterministicAndSensitive()
    {
        const KdfParams interactive = PassphraseKdf::profile(PassphraseKdf::Profile::Interactive);
        const SecretBytes passphrase = SecretBytes::fromUtf8(QStringLiteral("correct horse battery staple"));
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");

        const SecretBytes key = PassphraseKdf::derive(passphrase, salt, interactive);
        QCOMPARE(key.size(), std::size_t {PassphraseKdf::KeySize});
        QVERIFY(key.equals(PassphraseKdf::derive(passphrase, salt, interactive)));

        QByteArray otherSalt = salt;
        otherSalt[15] = '\x10';
        QVERIFY(!key.equals(PassphraseKdf::derive(passphrase, otherSalt, interactive)));

        const SecretBytes otherPassphrase = SecretBytes::fromUtf8(QStringLiteral("correct horse battery stapler"));
        QVERIFY(!key.equals(PassphraseKdf::derive(otherPassphrase, salt, interactive)));

        KdfParams moreOps = interactive;
        moreOps.opsLimit += 1;
        QVERIFY(!key.equals(PassphraseKdf::derive(passphrase, salt, moreOps)));

        KdfParams moreMemory = interactive;
        moreMemory.memLimitBytes += MiB;
        QVERIFY(!key.equals(PassphraseKdf::derive(passphrase, salt, moreMemory)));
    }

    // Vector from the Argon2 reference implementation:
    // echo -n "123" | ./argon2 ABCDEFGHIJKLMNOP -id -v 13 -k 1024 -t 5   (parallelism 1, 32-byte output).
    // derive() does not enforce the floor (that is isAcceptable's job), so the small cost is allowed here.
    void deriveMatchesArgon2Reference()
    {
        const SecretBytes key = PassphraseKdf::derive(SecretBytes::copyOf(QByteArrayLiteral("123")),
                                                      QByteArrayLiteral("ABCDEFGHIJKLMNOP"), params(5, 1 * MiB));
        QCOMPARE(keyBytes(key).toHex(), QByteArray("3c5d010180ba0cf5b6b858cba23b318e42d33088983c404598599c3b029ecac6"));
    }

    void deriveAcceptsEmptyPassphrase()
    {
        const QByteArray salt(PassphraseKdf::SaltSize, 'S');
        const SecretBytes key = PassphraseKdf::derive(SecretBytes(), salt, params(1, 1 * MiB));
        QCOMPARE(key.size(), std::size_t {32});
        QVERIFY(!key.equals(PassphraseKdf::derive(SecretBytes::copyOf(QByteArrayLiteral("x")), salt, params(1, MiB))));
    }

    void deriveRejectsBadInput()
    {
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArrayLiteral("passphrase"));
        const KdfParams small = params(1, 1 * MiB);
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, QByteArray(15, 's'), small));
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, QByteArray(17, 's'), small));
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, QByteArray(), small));
        const QByteArray salt(16, 's');
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, salt, params(1, MiB, 1)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, salt, params(0, MiB)));
        QVERIFY_THROWS_EXCEPTION(CryptoError, PassphraseKdf::derive(passphrase, salt, params(1, 1024)));
    }

    void calibrateNeverLowersAndStaysBounded()
    {
        const KdfParams start = PassphraseKdf::floor();
        const KdfParams calibrated = PassphraseKdf::calibrate(start, 50);
        QVERIFY(calibrated.opsLimit >= start.opsLimit);
        QVERIFY(calibrated.opsLimit <= 64);
        QCOMPARE(calibrated.memLimitBytes, start.memLimitBytes);
        QCOMPARE(calibrated.algorithm, start.algorithm);
    }

    void calibrateRaisesCheapParameters()
    {
        // 1 MiB and one pass takes about a millisecond, far under the target, so ops must go up.
        const KdfParams start = params(1, 1 * MiB);
        const KdfParams calibrated = PassphraseKdf::calibrate(start, 50);
        QVERIFY2(calibrated.opsLimit > start.opsLimit, qPrintable(QString::number(calibrated.opsLimit)));
        QVERIFY(calibrated.opsLimit <= 64);
        QCOMPARE(calibrated.memLimitBytes, start.memLimitBytes);
    }

    void calibrateCapsOps()
    {
        const KdfParams start = params(1, 8192);
        const KdfParams calibrated = PassphraseKdf::calibrate(start, 60000);
        QCOMPARE(calibrated.opsLimit, std::uint32_t {64});
        QCOMPARE(calibrated.memLimitBytes, std::uint64_t {8192});
    }
};

QTEST_APPLESS_MAIN(TestPassphraseKdf)
#include "TestPassphraseKdf.moc"
