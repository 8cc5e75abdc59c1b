#include "CryptoError.h"
#include "MinisignError.h"
#include "MinisignPublicKey.h"
#include "MinisignSignature.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QtTest>

using carnet::CryptoError;
using carnet::MinisignError;
using carnet::MinisignPublicKey;
using carnet::MinisignSignature;
using Kind = carnet::MinisignError::Kind;

namespace {

QByteArray fixture(const QString& name)
{
    const QByteArray data = carnet::testsupport::readFile(carnet::testsupport::testDataDir() + "/minisign/" + name);
    if (data.isEmpty() && !name.startsWith(QLatin1String("empty.txt"))) {
        qWarning("missing fixture %s", qPrintable(name));
    }
    return data;
}

QString outcomeOf(const MinisignPublicKey& key, const QByteArray& data, const QByteArray& signatureText)
{
    try {
        return QString::fromUtf8(key.verify(data, MinisignSignature::parse(signatureText)));
    } catch (const MinisignError& error) {
        return QString::fromLatin1(MinisignError::name(error.kind()));
    }
}

} // namespace

class TestMinisignPublicKey : public QObject
{
    Q_OBJECT

private slots:
    void parsesMinisignPubFile()
    {
        const QByteArray text = fixture("minisign.pub");
        const MinisignPublicKey key = MinisignPublicKey::parse(text);
        QCOMPARE(key.keyIdHex(), QStringLiteral("D360006209270B1F"));
        QCOMPARE(key.toFileText(), text);
        QCOMPARE(key.toBase64(), QByteArray("RWQfCycJYgBg0/chvWLALT2rkpTlcPXuSbKiv2AhVWxra0fZr1+tCiyh"));
        // The base64 line alone, as `minisign -P` takes it, is the same key.
        QCOMPARE(MinisignPublicKey::parse(key.toBase64()), key);
        QCOMPARE(MinisignPublicKey::parse("  " + key.toBase64() + "\r\n"), key);
        // minisign prints the key id as a little-endian number.
        QCOMPARE(key.keyId().toHex(), QByteArray("1f0b2709620060d3"));
    }

    // Signatures made by the real minisign binary (tests/data/minisign/README.md).
    void verifiesMinisignFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("trustedComment");
        QTest::addColumn<MinisignSignature::Algorithm>("algorithm");
        QTest::newRow("prehashed") << "message.txt"
                                   << "carnet fixture: prehashed" << MinisignSignature::Algorithm::Prehashed;
        QTest::newRow("empty file") << "empty.txt"
                                    << "carnet fixture: empty file" << MinisignSignature::Algorithm::Prehashed;
        QTest::newRow("legacy") << "message-legacy.txt"
                                << "carnet fixture: legacy" << MinisignSignature::Algorithm::Legacy;
    }

    void verifiesMinisignFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, trustedComment);
        QFETCH(MinisignSignature::Algorithm, algorithm);
        const MinisignPublicKey key = MinisignPublicKey::parse(fixture("minisign.pub"));
        const QByteArray data = fixture(file);
        const QByteArray signatureText = fixture(file + ".minisig");
        QCOMPARE(MinisignSignature::parse(signatureText).algorithm(), algorithm);
        QCOMPARE(outcomeOf(key, data, signatureText), trustedComment);

        // Streaming from a device gives the same answer.
        QByteArray copy = data;
        QBuffer device(&copy);
        device.open(QIODevice::ReadOnly);
        QCOMPARE(QString::fromUtf8(key.verify(device, MinisignSignature::parse(signatureText))), trustedComment);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("prehashed") << "message.txt";
        QTest::newRow("legacy") << "message-legacy.txt";
    }

    void detectsTampering()
    {
        QFETCH(QString, file);
        const MinisignPublicKey key = MinisignPublicKey::parse(fixture("minisign.pub"));
        const QByteArray data = fixture(file);
        const QByteArray signatureText = fixture(file + ".minisig");

        // Any change to the file.
        for (qsizetype i = 0; i < data.size(); ++i) {
            QByteArray changed = data;
            changed[i] = static_cast<char>(changed.at(i) ^ 0x20);
            QCOMPARE(outcomeOf(key, changed, signatureText), QStringLiteral("InvalidSignature"));
        }
        QCOMPARE(outcomeOf(key, data + "\n", signatureText), QStringLiteral("InvalidSignature"));
        QCOMPARE(outcomeOf(key, data.chopped(1), signatureText), QStringLiteral("InvalidSignature"));

        // A changed trusted comment.
        QByteArray comment = signatureText;
        comment.replace("trusted comment: carnet", "trusted comment: Carnet");
        QCOMPARE(outcomeOf(key, data, comment), QStringLiteral("InvalidTrustedComment"));

        // The untrusted comment is not covered, as its name says.
        QByteArray untrusted = signatureText;
        untrusted.replace("signature from minisign secret key", "anything at all");
        QCOMPARE(outcomeOf(key, data, untrusted),
                 QStringLiteral("carnet fixture: ") + (file == "message.txt" ? "prehashed" : "legacy"));

        // The same signature under another key id, and another key with the same id.
        const MinisignPublicKey otherId(QByteArray(8, '\x01'), key.publicKey());
        QCOMPARE(outcomeOf(otherId, data, signatureText), QStringLiteral("KeyIdMismatch"));
        const MinisignPublicKey otherKey(key.keyId(), QByteArray(32, '\x02'));
        QCOMPARE(outcomeOf(otherKey, data, signatureText), QStringLiteral("InvalidSignature"));
    }

    // A prehashed signature must not verify as a legacy one over the hash, nor the other way round.
    void algorithmIsBound()
    {
        const MinisignPublicKey key = MinisignPublicKey::parse(fixture("minisign.pub"));
        QByteArray swapped = fixture("message.txt.minisig");
        swapped.replace("RUQf", "RWQf"); // "ED" -> "Ed" in the base64 of the first bytes
        QCOMPARE(outcomeOf(key, fixture("message.txt"), swapped), QStringLiteral("InvalidSignature"));
    }

    void rejectsMalformedKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("kind");
        const QByteArray good = "RWQfCycJYgBg0/chvWLALT2rkpTlcPXuSbKiv2AhVWxra0fZr1+tCiyh";
        QTest::newRow("empty") << QByteArray() << "MalformedPublicKey";
        QTest::newRow("truncated") << good.chopped(4) << "MalformedPublicKey";
        QTest::newRow("not base64") << QByteArray("RWQf*ycJYgBg0/chvWLALT2rkpTlcPXuSbKiv2AhVWxra0fZr1+tCiyh")
                                    << "MalformedPublicKey";
        QTest::newRow("three lines") << "untrusted comment: x\n" + good + "\nmore"
                                     << "MalformedPublicKey";
        QTest::newRow("comment line without prefix") << "comment: x\n" + good << "MalformedPublicKey";
        // "Sm" || key id || key: base64 of another algorithm with the right length.
        QTest::newRow("other algorithm") << QByteArray("U20fCycJYgBg0/chvWLALT2rkpTlcPXuSbKiv2AhVWxra0fZr1+tCiyh")
                                         << "UnsupportedAlgorithm";
    }

    void rejectsMalformedKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, kind);
        try {
            MinisignPublicKey::parse(text);
            QFAIL("a malformed key was accepted");
        } catch (const MinisignError& error) {
            QCOMPARE(QString::fromLatin1(MinisignError::name(error.kind())), kind);
        }
    }

    void constructorChecksSizes()
    {
        QVERIFY_THROWS_EXCEPTION(CryptoError, MinisignPublicKey(QByteArray(7, 'x'), QByteArray(32, 'x')));
        QVERIFY_THROWS_EXCEPTION(CryptoError, MinisignPublicKey(QByteArray(8, 'x'), QByteArray(31, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestMinisignPublicKey)
#include "TestMinisignPublicKey.moc"
