#include "Fingerprint.h"
#include "IdentityCard.h"
#include "ShareError.h"
#include "TemporaryVault.h"
#include "VaultIdentity.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

// Fixed keys, so the card's exact text is pinned: a change of format shows here first.
IdentityCard fixedCard()
{
    const AgeRecipient recipient = AgeRecipient::fromPublicKey(QByteArray(32, '\x11'));
    const MinisignPublicKey signingKey(QByteArray(8, '\x22'), QByteArray(32, '\x33'));
    return IdentityCard(recipient, signingKey);
}

ShareError::Kind parseError(const QString& text)
{
    try {
        IdentityCard::parse(text);
    } catch (const ShareError& error) {
        return error.kind();
    }
    return ShareError::Kind::Io; // stands for "accepted": parse never reports Io
}

QString withLine(const QString& card, const QString& key, const QString& replacement)
{
    QStringList lines = card.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(key + QLatin1Char(':')))
            line = replacement;
    }
    lines.removeAll(QString()); // a removed line leaves no blank line behind
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

// The identity card: the short text behind the Sharing view's QR code that another Carnet reads.
class TestIdentityCard : public QObject
{
    Q_OBJECT

private slots:
    void pinsTheFormat()
    {
        const IdentityCard card = fixedCard();
        const QString expectedFingerprint
            = Fingerprint::of(QByteArrayLiteral("ed25519"), QByteArray(32, '\x33')).toHex();
        QCOMPARE(card.fingerprint().toHex(), expectedFingerprint);
        // Worked out apart from Carnet (Bech32, base64 and BLAKE2b in another language); docs/identity-card.md shows
        // it.
        const QString expected
            = QStringLiteral("carnet-identity:v1\n"
                             "age:age1zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygs0dsc5v\n"
                             "minisign:RWQiIiIiIiIiIjMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMz\n"
                             "fingerprint:0b443716f45038dd96323a7abe356d6e93288adf79bebde88422ae62670e55cd\n");
        QCOMPARE(expectedFingerprint,
                 QStringLiteral("0b443716f45038dd96323a7abe356d6e93288adf79bebde88422ae62670e55cd"));
        QCOMPARE(card.toText(), expected);
        // The base64 line is minisign's ("Ed", key id, key) and the recipient age's Bech32.
        QVERIFY(card.minisignPublicKey().toBase64().startsWith("RWQi"));
        QVERIFY(card.ageRecipient().toString().startsWith(QLatin1String("age1")));
        QCOMPARE(IdentityCard::parse(expected), card);
    }

    void roundTripsAVaultsKeys()
    {
        TemporaryVault tv;
        const VaultIdentity identity = VaultIdentity::load(tv.db());
        const IdentityCard card = IdentityCard::fromVault(identity);
        QCOMPARE(card.ageRecipient(), identity.ageRecipient());
        QCOMPARE(card.minisignPublicKey(), identity.minisignPublicKey());
        QCOMPARE(card.fingerprint(), identity.fingerprint());
        const QString text = card.toText();
        QVERIFY(text.size() < 300); // small enough for a QR code a phone reads at arm's length
        const IdentityCard parsed = IdentityCard::parse(text);
        QCOMPARE(parsed, card);
        QCOMPARE(parsed.fingerprint().toDisplayString(), identity.fingerprint().toDisplayString());
    }

    void toleratesHarmlessVariations()
    {
        const IdentityCard card = fixedCard();
        const QString text = card.toText();
        QCOMPARE(IdentityCard::parse(QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n"))), card);
        QCOMPARE(IdentityCard::parse(text.chopped(1)), card); // no final newline
        // The fingerprint as people read it, in groups, and in upper case.
        QCOMPARE(IdentityCard::parse(
                     withLine(text, QStringLiteral("fingerprint"),
                              QStringLiteral("fingerprint:") + card.fingerprint().toDisplayString().toUpper())),
                 card);
        // A field this version does not know, as a later minor revision could add.
        QCOMPARE(IdentityCard::parse(text + QStringLiteral("name-hint:Ana\n")), card);
    }

    void refusesWhatIsNotACard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        const QString good = fixedCard().toText();
        const int invalid = int(ShareError::Kind::Invalid);
        const IdentityCard other(AgeRecipient::fromPublicKey(QByteArray(32, '\x44')),
                                 MinisignPublicKey(QByteArray(8, '\x55'), QByteArray(32, '\x66')));
        QTest::newRow("empty") << QString() << invalid;
        QTest::newRow("other text") << QStringLiteral("hello\n") << invalid;
        QTest::newRow("bare age key") << fixedCard().ageRecipient().toString() << invalid;
        QTest::newRow("newer version") << QString(good).replace(QLatin1String(":v1\n"), QLatin1String(":v2\n"))
                                       << int(ShareError::Kind::UnsupportedVersion);
        QTest::newRow("version zero") << QString(good).replace(QLatin1String(":v1\n"), QLatin1String(":v0\n"))
                                      << invalid;
        QTest::newRow("version text") << QString(good).replace(QLatin1String(":v1\n"), QLatin1String(":vX\n"))
                                      << invalid;
        QTest::newRow("no age") << withLine(good, QStringLiteral("age"), {}) << invalid;
        QTest::newRow("no minisign") << withLine(good, QStringLiteral("minisign"), {}) << invalid;
        QTest::newRow("no fingerprint") << withLine(good, QStringLiteral("fingerprint"), {}) << invalid;
        QTest::newRow("twice") << good + QStringLiteral("age:") + fixedCard().ageRecipient().toString() << invalid;
        QTest::newRow("bad age") << withLine(good, QStringLiteral("age"), QStringLiteral("age:age1notakey")) << invalid;
        QTest::newRow("bad minisign") << withLine(good, QStringLiteral("minisign"), QStringLiteral("minisign:RWQabc"))
                                      << invalid;
        QString flipped = fixedCard().fingerprint().toHex();
        flipped[10] = flipped[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QTest::newRow("fingerprint of another key")
            << withLine(good, QStringLiteral("fingerprint"), QStringLiteral("fingerprint:") + flipped) << invalid;
        // Someone else's signing key with this card's fingerprint: the swap the fingerprint exists to catch.
        QTest::newRow("swapped signing key")
            << withLine(good, QStringLiteral("minisign"),
                        QStringLiteral("minisign:") + QString::fromLatin1(other.minisignPublicKey().toBase64()))
            << invalid;
        QTest::newRow("no colon") << good + QStringLiteral("just words\n") << invalid;
        QTest::newRow("blank line") << QString(good).replace(QLatin1String("\nminisign"), QLatin1String("\n\nminisign"))
                                    << invalid;
        QTest::newRow("bad name") << good + QStringLiteral("Name With Space:x\n") << invalid;
        QTest::newRow("too long") << good + QStringLiteral("pad:")
                + QString(IdentityCard::MaxTextSize, QLatin1Char('x'))
                                  << invalid;
    }

    void refusesWhatIsNotACard()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(parseError(text)), kind);
        try {
            IdentityCard::parse(text);
        } catch (const ShareError& error) {
            QVERIFY(!error.message().isEmpty());
            QVERIFY(!error.message().contains(QLatin1Char('\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityCard)
#include "TestIdentityCard.moc"
