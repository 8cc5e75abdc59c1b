#include "ExternalTool.h"
#include "MinisignError.h"
#include "MinisignKeyPair.h"
#include "MinisignPublicKey.h"
#include "MinisignSignature.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using carnet::MinisignError;
using carnet::MinisignKeyPair;
using carnet::MinisignPublicKey;
using carnet::MinisignSignature;
using carnet::testsupport::ExternalTool;

namespace {

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 61 + 17) & 0xff);
    }
    return data;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

// Carnet and the real minisign (0.11) check each other's signatures, and both refuse altered files.
class TestMinisignInterop : public QObject
{
    Q_OBJECT

private:
    QString m_minisign;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_minisign = ExternalTool::find(QStringLiteral("minisign"));
        if (m_minisign.isEmpty()) {
            QSKIP("minisign is not installed (Debian package \"minisign\"); CI installs it");
        }
        QVERIFY(m_dir.isValid());
        qInfo("%s", ExternalTool::run(m_minisign, {QStringLiteral("-v")}).out.trimmed().constData());
    }

    void carnetSignsMinisignVerifies_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("trustedComment");
        QTest::newRow("empty file") << 0 << QByteArray("timestamp:1700000000\tfile:empty");
        QTest::newRow("small, JSON comment")
            << 100 << QByteArray(R"({"format":1,"export":"4f1c","signer":"ab12 cd34","items":3,"note":"caf\u00e9"})");
        QTest::newRow("1 MiB, UTF-8 comment") << 1024 * 1024 << QByteArray("Fiche de santé — signée");
    }

    void carnetSignsMinisignVerifies()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, trustedComment);
        const MinisignKeyPair pair = MinisignKeyPair::generate();
        const QByteArray data = sequence(size);
        writeFile(path("bundle.json"), data);
        writeFile(path("bundle.json.minisig"), pair.sign(data, trustedComment).toFileText());
        writeFile(path("carnet.pub"), pair.publicKey().toFileText());

        // With the key file, and with the key given inline (-P), as the share instructions will show it.
        ExternalTool::Result result
            = ExternalTool::run(m_minisign, {"-Vm", path("bundle.json"), "-p", path("carnet.pub")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("Trusted comment: " + trustedComment));
        result = ExternalTool::run(
            m_minisign, {"-Vm", path("bundle.json"), "-P", QString::fromLatin1(pair.publicKey().toBase64()), "-Q"});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, trustedComment + '\n');
        // -H insists on a prehashed signature, which is all Carnet writes.
        result = ExternalTool::run(m_minisign, {"-H", "-Vm", path("bundle.json"), "-p", path("carnet.pub"), "-q"});
        QVERIFY2(result.exitCode == 0, result.err.constData());

        // An altered file, an altered trusted comment, another key: minisign refuses each.
        QByteArray altered = data + "!";
        writeFile(path("bundle.json"), altered);
        QVERIFY(ExternalTool::run(m_minisign, {"-Vm", path("bundle.json"), "-p", path("carnet.pub")}).exitCode != 0);
        writeFile(path("bundle.json"), data);
        QByteArray signature = carnet::testsupport::readFile(path("bundle.json.minisig"));
        QByteArray forgedComment = signature;
        forgedComment.replace("trusted comment: ", "trusted comment: X");
        writeFile(path("bundle.json.minisig"), forgedComment);
        QVERIFY(ExternalTool::run(m_minisign, {"-Vm", path("bundle.json"), "-p", path("carnet.pub")}).exitCode != 0);
        writeFile(path("bundle.json.minisig"), signature);
        writeFile(path("other.pub"), MinisignKeyPair::generate().publicKey().toFileText());
        QVERIFY(ExternalTool::run(m_minisign, {"-Vm", path("bundle.json"), "-p", path("other.pub")}).exitCode != 0);
    }

    void minisignSignsCarnetVerifies_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<int>("size");
        QTest::newRow("prehashed, small") << false << 1000;
        QTest::newRow("prehashed, 1 MiB") << false << 1024 * 1024;
        QTest::newRow("prehashed, empty") << false << 0;
        QTest::newRow("legacy (-l)") << true << 5000;
    }

    void minisignSignsCarnetVerifies()
    {
        QFETCH(bool, legacy);
        QFETCH(int, size);
        QFile::remove(path("ms.pub"));
        QFile::remove(path("ms.key"));
        ExternalTool::Result result
            = ExternalTool::run(m_minisign, {"-G", "-W", "-p", path("ms.pub"), "-s", path("ms.key")});
        QVERIFY2(result.exitCode == 0, result.err.constData());

        const QByteArray data = sequence(size);
        writeFile(path("report.pdf"), data);
        const QByteArray trustedComment = R"({"format":1,"from":"minisign"})";
        QStringList arguments
            = {"-S", "-s", path("ms.key"), "-m", path("report.pdf"), "-t", QString::fromUtf8(trustedComment)};
        if (legacy) {
            arguments << "-l";
        }
        result = ExternalTool::run(m_minisign, arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());

        const MinisignPublicKey key = MinisignPublicKey::parse(carnet::testsupport::readFile(path("ms.pub")));
        const MinisignSignature signature
            = MinisignSignature::parse(carnet::testsupport::readFile(path("report.pdf.minisig")));
        QCOMPARE(signature.algorithm(),
                 legacy ? MinisignSignature::Algorithm::Legacy : MinisignSignature::Algorithm::Prehashed);
        QCOMPARE(key.verify(data, signature), trustedComment);
        // The key id Carnet prints is the one minisign printed in the key file. minisign 0.11 drops leading
        // zeros there, newer versions and Carnet print all 16 digits, so compare the numbers.
        const QByteArray comment = carnet::testsupport::readFile(path("ms.pub")).split('\n').first();
        QVERIFY(comment.startsWith("untrusted comment: minisign public key "));
        bool printedOk = false;
        bool oursOk = false;
        const qulonglong printed = comment.split(' ').last().toULongLong(&printedOk, 16);
        QCOMPARE(key.keyIdHex().size(), 16);
        QVERIFY(printedOk);
        QCOMPARE(key.keyIdHex().toULongLong(&oursOk, 16), printed);
        QVERIFY(oursOk);

        QByteArray altered = data;
        altered.append('x');
        try {
            key.verify(altered, signature);
            QFAIL("an altered file verified");
        } catch (const MinisignError& error) {
            QCOMPARE(error.kind(), MinisignError::Kind::InvalidSignature);
        }
        try {
            MinisignKeyPair::generate().publicKey().verify(data, signature);
            QFAIL("verified with another key");
        } catch (const MinisignError& error) {
            QCOMPARE(error.kind(), MinisignError::Kind::KeyIdMismatch);
        }
    }
};

QTEST_GUILESS_MAIN(TestMinisignInterop)
#include "TestMinisignInterop.moc"
