#include "MinisignError.h"
#include "MinisignSignature.h"
#include "TestSupport.h"

#include <QtTest>

using carnet::MinisignError;
using carnet::MinisignSignature;

namespace {

QByteArray fixtureSignature()
{
    return carnet::testsupport::readFile(carnet::testsupport::testDataDir() + "/minisign/message.txt.minisig");
}

QString parseOutcome(const QByteArray& text)
{
    try {
        MinisignSignature::parse(text);
        return QStringLiteral("ok");
    } catch (const MinisignError& error) {
        return QString::fromLatin1(MinisignError::name(error.kind()));
    }
}

} // namespace

class TestMinisignSignature : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndWritesMinisignFormat()
    {
        const QByteArray text = fixtureSignature();
        QVERIFY(text.startsWith("untrusted comment: "));
        const MinisignSignature signature = MinisignSignature::parse(text);
        QCOMPARE(signature.algorithm(), MinisignSignature::Algorithm::Prehashed);
        QCOMPARE(signature.keyId().toHex(), QByteArray("1f0b2709620060d3"));
        QCOMPARE(signature.untrustedComment(), QByteArray("signature from minisign secret key"));
        // Written back byte for byte as minisign wrote it.
        QCOMPARE(signature.toFileText(), text);
        // CRLF and a missing final newline are accepted; the text written is LF.
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        QCOMPARE(MinisignSignature::parse(crlf).toFileText(), text);
        QCOMPARE(MinisignSignature::parse(text.chopped(1)).toFileText(), text);
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty") << 0 << "MalformedSignature";
        QTest::newRow("three lines") << 1 << "MalformedSignature";
        QTest::newRow("extra line") << 2 << "MalformedSignature";
        QTest::newRow("no untrusted prefix") << 3 << "MalformedSignature";
        QTest::newRow("no trusted prefix") << 4 << "MalformedSignature";
        QTest::newRow("short signature") << 5 << "MalformedSignature";
        QTest::newRow("short global signature") << 6 << "MalformedSignature";
        QTest::newRow("non-canonical base64") << 7 << "MalformedSignature";
        QTest::newRow("unknown algorithm") << 8 << "UnsupportedAlgorithm";
        QTest::newRow("overlong trusted comment") << 9 << "MalformedSignature";
        QTest::newRow("NUL in trusted comment") << 10 << "MalformedSignature";
        QTest::newRow("blank line after") << 11 << "MalformedSignature";
    }

    void rejectsMalformedFiles()
    {
        QFETCH(int, variant);
        QFETCH(QString, kind);
        const QByteArray text = fixtureSignature();
        QList<QByteArray> lines = text.split('\n');
        lines.removeLast(); // the empty piece after the final newline
        QCOMPARE(lines.size(), 4);
        QByteArray changed;
        switch (variant) {
        case 0:
            break;
        case 1:
            lines.removeLast();
            changed = lines.join('\n') + '\n';
            break;
        case 2:
            changed = text + "extra\n";
            break;
        case 3:
            lines[0] = lines[0].mid(10);
            changed = lines.join('\n') + '\n';
            break;
        case 4:
            lines[2] = "comment: x";
            changed = lines.join('\n') + '\n';
            break;
        case 5:
            lines[1] = lines[1].left(80);
            changed = lines.join('\n') + '\n';
            break;
        case 6:
            lines[3] = lines[3].left(40);
            changed = lines.join('\n') + '\n';
            break;
        case 7: {
            // The signature line ends in "=": its last data character has two unused bits; set one.
            QByteArray& line = lines[1];
            const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            const qsizetype last = line.size() - 2;
            line[last] = alphabet.at(alphabet.indexOf(line.at(last)) | 1);
            changed = lines.join('\n') + '\n';
            break;
        }
        case 8:
            lines[1] = "RVg" + lines[1].mid(3); // "EX" instead of "ED"
            changed = lines.join('\n') + '\n';
            break;
        case 9:
            lines[2] = "trusted comment: " + QByteArray(MinisignSignature::MaxTrustedCommentSize + 1, 'x');
            changed = lines.join('\n') + '\n';
            break;
        case 10:
            lines[2] = QByteArray("trusted comment: a\0b", 20);
            changed = lines.join('\n') + '\n';
            break;
        case 11:
            changed = text + "\n";
            break;
        }
        QCOMPARE(parseOutcome(changed), kind);
    }
};

QTEST_GUILESS_MAIN(TestMinisignSignature)
#include "TestMinisignSignature.moc"
