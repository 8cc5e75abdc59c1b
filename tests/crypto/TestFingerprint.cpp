#include "Fingerprint.h"

#include <QRegularExpression>
#include <QtTest>
#include <sodium.h>

using carnet::Fingerprint;

namespace {

// Computes the documented construction directly with libsodium, independently of Fingerprint's code.
QByteArray referenceDigest(const QByteArray& domain, const QByteArray& publicKey)
{
    QByteArray input = QByteArrayLiteral("carnet fingerprint v1");
    input.append('\0');
    input.append(domain);
    input.append('\0');
    input.append(publicKey);
    QByteArray digest(32, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 32,
                           reinterpret_cast<const unsigned char*>(input.constData()),
                           static_cast<unsigned long long>(input.size()), nullptr, 0)
        != 0) {
        return QByteArray();
    }
    return digest;
}

const QByteArray SamplePublicKey
    = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void digestFollowsDocumentedConstruction()
    {
        const Fingerprint fingerprint = Fingerprint::of("ed25519", SamplePublicKey);
        QCOMPARE(fingerprint.digest().size(), Fingerprint::Size);
        QCOMPARE(fingerprint.digest(), referenceDigest("ed25519", SamplePublicKey));
        QCOMPARE(Fingerprint::of(QByteArray(), QByteArray()).digest(), referenceDigest(QByteArray(), QByteArray()));
    }

    void domainSeparatesKeys()
    {
        const Fingerprint signing = Fingerprint::of("ed25519", SamplePublicKey);
        QVERIFY(!(signing == Fingerprint::of("x25519", SamplePublicKey)));
        // Moving a byte across the separator gives a different input, hence a different digest.
        QVERIFY(!(Fingerprint::of("ab", "c") == Fingerprint::of("a", "bc")));
        QVERIFY(signing == Fingerprint::of("ed25519", SamplePublicKey));
        QVERIFY(!(signing == Fingerprint::of("ed25519", SamplePublicKey.left(31))));
    }

    void hexAndDisplayForms()
    {
        const Fingerprint fingerprint = Fingerprint::of("ed25519", SamplePublicKey);
        const QString hex = fingerprint.toHex();
        QCOMPARE(hex.size(), 64);
        QCOMPARE(hex, QString::fromLatin1(fingerprint.digest().toHex()));
        QCOMPARE(hex, hex.toLower());

        const QString display = fingerprint.toDisplayString();
        QCOMPARE(display.size(), 64 + 15);
        static const QRegularExpression grouped(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"));
        QVERIFY2(grouped.match(display).hasMatch(), qPrintable(display));
        QCOMPARE(QString(display).remove(QLatin1Char(' ')), hex);
        QCOMPARE(display.left(9), hex.left(4) + QLatin1Char(' ') + hex.mid(4, 4));
    }

    void emptyFingerprintDisplaysNothing()
    {
        const Fingerprint empty;
        QVERIFY(empty.toDisplayString().isEmpty());
        QVERIFY(empty.toHex().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestFingerprint)
#include "TestFingerprint.moc"
