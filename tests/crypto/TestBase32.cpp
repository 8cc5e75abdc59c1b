#include "Base32.h"
#include "Random.h"

#include <QtTest>

using carnet::Base32;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 section 10, without the padding.
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }

    void rfc4648Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, text);
        QCOMPARE(Base32::encode(data), text);
        const auto decoded = Base32::decode(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, data);
    }

    void fullAlphabet()
    {
        // The 160-bit string whose 5-bit groups count 0..31 spells every symbol once, in order.
        const QByteArray data = QByteArray::fromHex("00443214c74254b635cf84653a56d7c675be77df");
        QCOMPARE(Base32::encode(data), QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
        QCOMPARE(*Base32::decode(QStringLiteral("abcdefghijklmnopqrstuvwxyz234567")), data);
    }

    void decodeIgnoresCaseSpacesAndDashes()
    {
        QCOMPARE(*Base32::decode(QStringLiteral("mzxw6ytboi")), QByteArray("foobar"));
        QCOMPARE(*Base32::decode(QStringLiteral("MZXW-6YTB-OI")), QByteArray("foobar"));
        QCOMPARE(*Base32::decode(QStringLiteral(" mzXw 6yTb oI ")), QByteArray("foobar"));
        QCOMPARE(*Base32::decode(QStringLiteral("--  --")), QByteArray());
    }

    void decodeRejectsBadCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digit 1") << QStringLiteral("MZ1W6YTB");
        QTest::newRow("digit 0") << QStringLiteral("0ZXW6YTB");
        QTest::newRow("digit 8") << QStringLiteral("MZXW6YT8");
        QTest::newRow("padding") << QStringLiteral("MY======");
        QTest::newRow("underscore") << QStringLiteral("MZXW_6YTB");
        QTest::newRow("tab") << QStringLiteral("MZXW\t6YTB");
        QTest::newRow("newline") << QStringLiteral("MZXW6YTB\n");
        QTest::newRow("accented") << QStringLiteral("MZXW6YT\u00c9");
        QTest::newRow("fullwidth A") << QStringLiteral("MZXW6YT\uff21");
        QTest::newRow("nul") << QString(QStringLiteral("MZ") + QChar(u'\0') + QStringLiteral("XQ"));
    }

    void decodeRejectsBadCharacters()
    {
        QFETCH(QString, text);
        QVERIFY(!Base32::decode(text).has_value());
    }

    void decodeRejectsImpossibleLengths()
    {
        // 1, 3 or 6 symbols past a multiple of eight leave a whole symbol that encodes no byte.
        for (const char* text : {"M", "MZX", "MZXW6Y", "MZXW6YTBO", "MZXW6YTBOIA"}) {
            QVERIFY2(!Base32::decode(QString::fromLatin1(text)).has_value(), text);
        }
    }

    void decodeRejectsNonZeroTrailingBits()
    {
        // "MY" is the only spelling of "f"; "MZ" sets a bit past the end.
        QVERIFY(!Base32::decode(QStringLiteral("MZ")).has_value());
        QVERIFY(!Base32::decode(QStringLiteral("MZXR")).has_value());
        QVERIFY(!Base32::decode(QStringLiteral("MZXW6YTBOJ")).has_value());
    }

    void randomRoundTrips()
    {
        for (int size = 0; size <= 40; ++size) {
            const QByteArray data = carnet::Random::bytes(size);
            const QString text = Base32::encode(data);
            QCOMPARE(text.size(), (size * 8 + 4) / 5);
            const auto decoded = Base32::decode(text.toLower());
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, data);
        }
    }
};

QTEST_APPLESS_MAIN(TestBase32)
#include "TestBase32.moc"
