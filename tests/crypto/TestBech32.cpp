#include "Bech32.h"
#include "CryptoError.h"

#include <QtTest>

using carnet::Bech32;
using carnet::CryptoError;

class TestBech32 : public QObject
{
    Q_OBJECT

private slots:
    // BIP 173 "Test vectors": strings with a valid Bech32 checksum. Re-encoding gives the lower-case form back.
    void bip173ValidStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("A12UEL5L") << QByteArray("A12UEL5L");
        QTest::newRow("a12uel5l") << QByteArray("a12uel5l");
        QTest::newRow("83-character HRP")
            << QByteArray("an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs");
        QTest::newRow("abcdef") << QByteArray("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
        QTest::newRow("HRP 1") << QByteArray(
            "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j");
        QTest::newRow("split") << QByteArray("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w");
        QTest::newRow("?") << QByteArray("?1ezyfcl");
    }

    void bip173ValidStrings()
    {
        QFETCH(QByteArray, text);
        const std::optional<Bech32::Decoded> decoded = Bech32::decodeWords(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(Bech32::encodeWords(decoded->humanReadablePart, decoded->data), text.toLower());
    }

    // BIP 173's invalid strings, each for the reason given there.
    void bip173InvalidStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("HRP character 0x20") << QByteArray("\x20"
                                                          "1nwldj5");
        QTest::newRow("HRP character 0x7F") << QByteArray("\x7f"
                                                          "1axkwrx");
        QTest::newRow("HRP character 0x80") << QByteArray("\x80"
                                                          "1eym55h");
        QTest::newRow("no separator") << QByteArray("pzry9x0s0muk");
        QTest::newRow("empty HRP") << QByteArray("1pzry9x0s0muk");
        QTest::newRow("invalid data character") << QByteArray("x1b4n0q5v");
        QTest::newRow("too short checksum") << QByteArray("li1dgmt3");
        QTest::newRow("invalid checksum character") << QByteArray("de1lg7wt\xff");
        QTest::newRow("checksum over upper-case HRP") << QByteArray("A1G7SGD8");
        QTest::newRow("empty HRP 2") << QByteArray("10a06t8");
        QTest::newRow("empty HRP 3") << QByteArray("1qzzfhee");
        QTest::newRow("mixed case") << QByteArray("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7");
        QTest::newRow("invalid checksum") << QByteArray("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5");
    }

    void bip173InvalidStrings()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Bech32::decodeWords(text).has_value());
        QVERIFY(!Bech32::decode(text).has_value());
    }

    // BIP 173 limits strings to 90 characters; age lifts that limit, so this otherwise valid string decodes.
    void noLengthLimit()
    {
        const QByteArray text
            = "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx";
        QCOMPARE(text.size(), 91);
        QVERIFY(Bech32::decodeWords(text).has_value());

        QByteArray big;
        for (int i = 0; i < 1200; ++i) {
            big.append(static_cast<char>(i * 7));
        }
        const QByteArray encoded = Bech32::encode("age1pq", big);
        QVERIFY(encoded.size() > 1900);
        const std::optional<Bech32::Decoded> decoded = Bech32::decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->data, big);
    }

    // BIP 173 segwit addresses exercise the 8-to-5 bit packing: word 0 is the witness version, the rest the
    // program. The expected values are the scriptPubKeys the BIP lists.
    void bip173SegwitAddresses_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("scriptPubKey");
        QTest::newRow("P2WPKH") << QByteArray("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")
                                << QByteArray("0014751e76e8199196d454941c45d1b3a323f1433bd6");
        QTest::newRow("P2WSH testnet") << QByteArray("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")
                                       << QByteArray(
                                              "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262");
        QTest::newRow("version 1")
            << QByteArray("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx")
            << QByteArray("5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6");
        QTest::newRow("version 16") << QByteArray("BC1SW50QA3JX3S") << QByteArray("6002751e");
        QTest::newRow("version 2") << QByteArray("bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj")
                                   << QByteArray("5210751e76e8199196d454941c45d1b3a323");
        QTest::newRow("leading zeros") << QByteArray("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy")
                                       << QByteArray(
                                              "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433");
    }

    void bip173SegwitAddresses()
    {
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, scriptPubKey);
        const std::optional<Bech32::Decoded> decoded = Bech32::decodeWords(address);
        QVERIFY(decoded.has_value());
        QVERIFY(!decoded->data.isEmpty());
        const int version = decoded->data.at(0);
        const std::optional<QByteArray> program = Bech32::fromWords(decoded->data.mid(1));
        QVERIFY(program.has_value());
        QByteArray script;
        script.append(static_cast<char>(version == 0 ? 0 : 0x50 + version));
        script.append(static_cast<char>(program->size()));
        script.append(*program);
        QCOMPARE(script.toHex(), scriptPubKey);
        // And back: the same words re-encode to the (lower-case) address.
        QByteArray words;
        words.append(static_cast<char>(version));
        words.append(Bech32::toWords(*program));
        QCOMPARE(Bech32::encodeWords(decoded->humanReadablePart, words), address.toLower());
    }

    // BIP 173's invalid addresses whose fault is in the bit packing: more than 4 padding bits, non-zero padding.
    void bip173BadPadding_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::newRow("more than 4 padding bits") << QByteArray("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du");
        QTest::newRow("non-zero padding")
            << QByteArray("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv");
    }

    void bip173BadPadding()
    {
        QFETCH(QByteArray, address);
        const std::optional<Bech32::Decoded> decoded = Bech32::decodeWords(address);
        QVERIFY(decoded.has_value()); // the checksum is fine
        QVERIFY(!Bech32::fromWords(decoded->data.mid(1)).has_value());
    }

    void byteRoundTrip()
    {
        for (int size = 0; size <= 40; ++size) {
            QByteArray data;
            for (int i = 0; i < size; ++i) {
                data.append(static_cast<char>(0xa5 ^ (i * 37)));
            }
            const QByteArray text = Bech32::encode("age", data);
            QCOMPARE(text, text.toLower());
            const std::optional<Bech32::Decoded> decoded = Bech32::decode(text);
            QVERIFY(decoded.has_value());
            QCOMPARE(decoded->humanReadablePart, QByteArray("age"));
            QCOMPARE(decoded->data, data);
            // The upper-case spelling is the same string to Bech32.
            const std::optional<Bech32::Decoded> upper = Bech32::decode(text.toUpper());
            QVERIFY(upper.has_value());
            QCOMPARE(upper->data, data);
        }
    }

    void everySingleCharacterChangeIsDetected()
    {
        const QByteArray text = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
        QVERIFY(Bech32::decode(text).has_value());
        const QByteArray alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        for (qsizetype i = 4; i < text.size(); ++i) {
            for (const char replacement : alphabet) {
                if (replacement == text.at(i)) {
                    continue;
                }
                QByteArray changed = text;
                changed[i] = replacement;
                QVERIFY2(!Bech32::decode(changed).has_value(), changed.constData());
            }
        }
    }

    void rejectsUpperCaseHumanReadablePartOnEncode()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, Bech32::encode("AGE", QByteArray(32, 'x')));
        QVERIFY_THROWS_EXCEPTION(CryptoError, Bech32::encode("", QByteArray(32, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestBech32)
#include "TestBech32.moc"
