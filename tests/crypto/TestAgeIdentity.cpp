#include "AgeError.h"
#include "AgeIdentity.h"
#include "AgeRecipient.h"
#include "Bech32.h"
#include "CryptoError.h"

#include <QtTest>

using carnet::AgeError;
using carnet::AgeIdentity;
using carnet::AgeRecipient;
using carnet::AgeStanza;
using carnet::Bech32;
using carnet::CryptoError;
using carnet::SecretBytes;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

SecretBytes secretOf(const QByteArray& text)
{
    return SecretBytes::copyOf(text);
}

} // namespace

class TestAgeIdentity : public QObject
{
    Q_OBJECT

private slots:
    // Identity and recipient pairs published with age: the C2SP spec's example (32 bytes of 0x42), a pair from
    // the age-encryption TypeScript tests, and the testkit's identity (recipient as `age-keygen -y` prints it).
    void knownPairs_data()
    {
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("recipient");
        QTest::newRow("C2SP spec example")
            << QByteArray("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
            << QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj");
        QTest::newRow("typage") << QByteArray(
            "AGE-SECRET-KEY-1RKH0DGHQ0FU6VLXX2VW6Y3W2TKK7KR4J36N9SNDXK75JHCJ3N6JQNZJF5J")
                                << QStringLiteral("age1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl6");
        QTest::newRow("testkit") << QByteArray(
            "AGE-SECRET-KEY-1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4QX3S7F6")
                                 << QStringLiteral("age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyn");
    }

    void knownPairs()
    {
        QFETCH(QByteArray, identity);
        QFETCH(QString, recipient);
        const std::optional<AgeIdentity> parsed = AgeIdentity::parse(secretOf(identity));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->recipient().toString(), recipient);
        QCOMPARE(bytesOf(parsed->toSecretString()), identity);
        const std::optional<AgeRecipient> parsedRecipient = AgeRecipient::parse(recipient);
        QVERIFY(parsedRecipient.has_value());
        QCOMPARE(*parsedRecipient, parsed->recipient());
    }

    void specExampleIsFortyTwos()
    {
        const std::optional<AgeIdentity> identity = AgeIdentity::parse(
            QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"));
        QVERIFY(identity.has_value());
        QCOMPARE(bytesOf(identity->keyPair().secretKey()), QByteArray(32, '\x42'));
    }

    void generatedRoundTrip()
    {
        const AgeIdentity identity = AgeIdentity::generate();
        const SecretBytes text = identity.toSecretString();
        QVERIFY(bytesOf(text).startsWith("AGE-SECRET-KEY-1"));
        QCOMPARE(text.size(), std::size_t {74});
        const std::optional<AgeIdentity> again = AgeIdentity::parse(text);
        QVERIFY(again.has_value());
        QVERIFY(again->keyPair().secretKey().equals(identity.keyPair().secretKey()));
        QVERIFY(identity.recipient().toString().startsWith(QLatin1String("age1")));
        QCOMPARE(identity.recipient().toString().size(), 62);
        QVERIFY(AgeIdentity::generate().recipient() != identity.recipient());
        const AgeIdentity copy = identity.clone();
        QVERIFY(copy.keyPair().secretKey().equals(identity.keyPair().secretKey()));
        QVERIFY(copy.keyPair().secretKey().data() != identity.keyPair().secretKey().data());
    }

    void parseToleratesSurroundingWhitespaceOnly()
    {
        const QByteArray key = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
        QVERIFY(AgeIdentity::parse(secretOf("  " + key + "\r\n")).has_value());
        QVERIFY(!AgeIdentity::parse(secretOf(key.left(40) + " " + key.mid(40))).has_value());
        QVERIFY(
            AgeRecipient::parse(QStringLiteral("\tage1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n"))
                .has_value());
    }

    // age compares the human-readable part case-sensitively: identities upper case, recipients lower case.
    void rejectsWrongCaseAndWrongKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asIdentity");
        QTest::newRow("lower-case identity")
            << QStringLiteral("age-secret-key-1gfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpq4egaex") << true;
        QTest::newRow("recipient as identity")
            << QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj") << true;
        QTest::newRow("identity as recipient")
            << QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX") << false;
        QTest::newRow("upper-case recipient")
            << QStringLiteral("AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ") << false;
        // The TypeScript package's "bad recipients": truncated, mixed case, wrong prefix, bad checksum.
        QTest::newRow("truncated") << QStringLiteral("age1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl")
                                   << false;
        QTest::newRow("mixed case") << QStringLiteral("AGE1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl6")
                                    << false;
        QTest::newRow("wrong prefix") << QStringLiteral("ag1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl6")
                                      << false;
        QTest::newRow("bad checksum") << QStringLiteral(
            "age1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl7")
                                      << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("empty recipient") << QString() << false;
    }

    void rejectsWrongCaseAndWrongKind()
    {
        QFETCH(QString, text);
        QFETCH(bool, asIdentity);
        if (asIdentity) {
            QVERIFY(!AgeIdentity::parse(text).has_value());
        } else {
            QVERIFY(!AgeRecipient::parse(text).has_value());
        }
    }

    void rejectsWrongKeyLength()
    {
        // Valid Bech32 with the right prefix but 31 or 33 bytes.
        QVERIFY(!AgeRecipient::parse(QString::fromLatin1(Bech32::encode("age", QByteArray(31, '\x01')))).has_value());
        QVERIFY(!AgeRecipient::parse(QString::fromLatin1(Bech32::encode("age", QByteArray(33, '\x01')))).has_value());
        QVERIFY(!AgeIdentity::parse(
                     QString::fromLatin1(Bech32::encode("age-secret-key-", QByteArray(31, '\x01')).toUpper()))
                     .has_value());
        QVERIFY_THROWS_EXCEPTION(CryptoError, AgeRecipient::fromPublicKey(QByteArray(31, 'x')));
    }

    void identityFileAsAgeKeygenWritesIt()
    {
        const QByteArray file = "# created: 2024-01-01T00:00:00Z\n"
                                "# public key: age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n"
                                "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX\n"
                                "\n"
                                "AGE-SECRET-KEY-1RKH0DGHQ0FU6VLXX2VW6Y3W2TKK7KR4J36N9SNDXK75JHCJ3N6JQNZJF5J\n";
        const auto identities = AgeIdentity::parseIdentityFile(secretOf(file));
        QVERIFY(identities.has_value());
        QCOMPARE(identities->size(), std::size_t {2});
        QCOMPARE(identities->at(1).recipient().toString(),
                 QStringLiteral("age1tgyuvdlmpejqsdf847hevurz9szk7vf3j7ytfyqecgzvphvu2d8qrtaxl6"));

        QVERIFY(!AgeIdentity::parseIdentityFile(secretOf("# only a comment\n")).has_value());
        QVERIFY(!AgeIdentity::parseIdentityFile(secretOf(file + "not a key\n")).has_value());

        const AgeIdentity generated = AgeIdentity::generate();
        const SecretBytes written = generated.toIdentityFile();
        QVERIFY(bytesOf(written).contains("# public key: " + generated.recipient().toString().toLatin1() + "\n"));
        const auto reread = AgeIdentity::parseIdentityFile(written);
        QVERIFY(reread.has_value());
        QCOMPARE(reread->size(), std::size_t {1});
        QCOMPARE(reread->front().recipient(), generated.recipient());
    }

    void wrapAndUnwrapFileKey()
    {
        const AgeIdentity identity = AgeIdentity::generate();
        const SecretBytes fileKey = SecretBytes::random(16);
        const AgeStanza stanza = identity.recipient().wrapFileKey(fileKey);
        QCOMPARE(stanza.arguments.size(), 2);
        QCOMPARE(stanza.arguments.first(), QByteArray("X25519"));
        QCOMPARE(stanza.arguments.at(1).size(), 43);
        QCOMPARE(stanza.body.size(), 32);
        const std::optional<SecretBytes> unwrapped = identity.unwrapFileKey(stanza);
        QVERIFY(unwrapped.has_value());
        QVERIFY(unwrapped->equals(fileKey));

        // A fresh ephemeral key each time.
        QVERIFY(identity.recipient().wrapFileKey(fileKey).arguments.at(1) != stanza.arguments.at(1));
        // Another identity, or another stanza type, does not open it and is not an error.
        QVERIFY(!AgeIdentity::generate().unwrapFileKey(stanza).has_value());
        AgeStanza other = stanza;
        other.arguments[0] = "x25519";
        QVERIFY(!identity.unwrapFileKey(other).has_value());
    }

    void malformedX25519StanzasAbort_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("extra argument") << 0;
        QTest::newRow("short share") << 1;
        QTest::newRow("non-canonical share") << 2;
        QTest::newRow("short body") << 3;
        QTest::newRow("long body") << 4;
        QTest::newRow("low-order share") << 5;
    }

    void malformedX25519StanzasAbort()
    {
        QFETCH(int, variant);
        const AgeIdentity identity = AgeIdentity::generate();
        AgeStanza stanza = identity.recipient().wrapFileKey(SecretBytes::random(16));
        switch (variant) {
        case 0:
            stanza.arguments.append("1234");
            break;
        case 1:
            stanza.arguments[1].chop(1);
            break;
        case 2: {
            // 43 characters carry 258 bits for 256: setting an unused low bit changes the text, not the bytes.
            const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            QByteArray& share = stanza.arguments[1];
            share[42] = alphabet.at((alphabet.indexOf(share.at(42)) & ~3) | 1);
            break;
        }
        case 3:
            stanza.body.chop(1);
            break;
        case 4:
            stanza.body.append('x');
            break;
        case 5:
            // The all-zero point has order 1, so the shared secret is all zeros, which age must refuse.
            stanza.arguments[1] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            break;
        }
        try {
            (void)identity.unwrapFileKey(stanza);
            QFAIL("a malformed X25519 stanza was accepted");
        } catch (const AgeError& error) {
            QCOMPARE(error.kind(), AgeError::Kind::MalformedHeader);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgeIdentity)
#include "TestAgeIdentity.moc"
