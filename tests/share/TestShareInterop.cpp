#include "CliRunner.h"
#include "ExternalTool.h"
#include "OneTimePassphrase.h"
#include "SharePackageReader.h"
#include "SharePackageWriter.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using testsupport::CliRunner;
using testsupport::ExternalTool;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(file.write(data), data.size());
}

QString text(const SecretBytes& secret)
{
    return QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size()));
}

} // namespace

// A share against the real tools a provider without Carnet has: age decrypts it, minisign verifies each file, and
// Carnet opens packages that age (with a key or a passphrase) and tar put together.
class TestShareInterop : public QObject
{
    Q_OBJECT

private:
    QString m_age;
    QString m_minisign;
    QString m_tar;
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryVault> m_sender;
    std::unique_ptr<TemporaryVault> m_recipient;
    ShareSamples m_samples;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ShareContent content() const
    {
        ShareSelection selection;
        selection.entryIds = m_samples.entryIds;
        selection.medications = selection.insurance = selection.appointments = true;
        return ShareContent::collect(m_sender->db(), selection);
    }

    AgeRecipient recipientKey() const { return VaultIdentity::load(m_recipient->db()).ageRecipient(); }
    QString senderKey() const { return VaultIdentity::load(m_sender->db()).minisignPublicKeyText(); }

    // Unpacks a tar with the system's tar into a new folder; returns the member names as tar lists them.
    QStringList untar(const QString& tarPath, const QString& folder)
    {
        QDir().mkpath(folder);
        const auto listed = ExternalTool::run(m_tar, {QStringLiteral("-tf"), tarPath});
        const auto extracted = ExternalTool::run(m_tar, {QStringLiteral("-xf"), tarPath, QStringLiteral("-C"), folder});
        if (listed.exitCode != 0 || extracted.exitCode != 0)
            return {};
        return QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void verifyWithMinisign(const QString& folder, const QString& key, const QString& exportId)
    {
        for (const QString& file : SharePackage::signedFiles()) {
            const auto result = ExternalTool::run(
                m_minisign, {QStringLiteral("-Vm"), QDir(folder).filePath(file), QStringLiteral("-P"), key});
            QVERIFY2(result.exitCode == 0, qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(result.err)));
            QVERIFY(result.out.contains("Trusted comment: {\"format\":1,\"export_id\":\"" + exportId.toLatin1()));
            QVERIFY(result.out.contains("\"file\":\"" + file.toLatin1() + "\"}"));
        }
    }

private slots:
    void initTestCase()
    {
        m_age = ExternalTool::find(QStringLiteral("age"));
        m_minisign = ExternalTool::find(QStringLiteral("minisign"));
        m_tar = ExternalTool::find(QStringLiteral("tar"));
        if (m_age.isEmpty() || m_minisign.isEmpty() || m_tar.isEmpty())
            QSKIP("age, minisign and tar are needed (Debian packages \"age\", \"minisign\", \"tar\"); CI installs them");
        if (ExternalTool::find(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) is needed to type passphrases into age (Debian package \"bsdutils\")");
        QVERIFY(m_dir.isValid());
        m_sender = std::make_unique<TemporaryVault>();
        m_recipient = std::make_unique<TemporaryVault>();
        m_samples = ShareSamples::fill(m_sender->db());
        writeFile(path(QStringLiteral("key.txt")), [this] {
            const SecretBytes identityFile = VaultIdentity::load(m_recipient->db()).ageIdentity().toIdentityFile();
            return QByteArray(identityFile.chars(), static_cast<qsizetype>(identityFile.size()));
        }());
    }

    void cleanupTestCase()
    {
        m_sender.reset();
        m_recipient.reset();
    }

    void ageDecryptsAndMinisignVerifies()
    {
        SharePackageWriter writer(m_sender->vault());
        const auto result = writer.writeForRecipients(content(), {ShareRecipient::fromText(recipientKey().toString())},
                                                      path(QStringLiteral("carnet.carnet-share")));
        const auto decrypted = ExternalTool::run(m_age, {QStringLiteral("-d"), QStringLiteral("-i"), path(QStringLiteral("key.txt")),
                                                         QStringLiteral("-o"), path(QStringLiteral("carnet.tar")),
                                                         path(QStringLiteral("carnet.carnet-share"))});
        QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
        const QString folder = path(QStringLiteral("carnet"));
        QCOMPARE(untar(path(QStringLiteral("carnet.tar")), folder), SharePackage::memberNames());
        verifyWithMinisign(folder, senderKey(), result.exportId);

        // The signature path given explicitly (-x), and the key as the minisign.pub file signer.pub is.
        const auto explicitSig = ExternalTool::run(
            m_minisign, {QStringLiteral("-V"), QStringLiteral("-m"), QDir(folder).filePath(QStringLiteral("bundle.json")),
                         QStringLiteral("-x"), QDir(folder).filePath(QStringLiteral("bundle.json.minisig")),
                         QStringLiteral("-p"), QDir(folder).filePath(QStringLiteral("signer.pub"))});
        QVERIFY2(explicitSig.exitCode == 0, explicitSig.err.constData());

        // Another key, or a changed file, fails in minisign too.
        const QString otherKey = VaultIdentity::load(m_recipient->db()).minisignPublicKeyText();
        const auto wrongKey = ExternalTool::run(
            m_minisign, {QStringLiteral("-Vm"), QDir(folder).filePath(QStringLiteral("bundle.json")), QStringLiteral("-P"), otherKey});
        QVERIFY(wrongKey.exitCode != 0);
        QFile bundle(QDir(folder).filePath(QStringLiteral("bundle.json")));
        QVERIFY(bundle.open(QIODevice::Append));
        bundle.write(" ");
        bundle.close();
        const auto changed = ExternalTool::run(
            m_minisign, {QStringLiteral("-Vm"), bundle.fileName(), QStringLiteral("-P"), senderKey()});
        QVERIFY(changed.exitCode != 0);
    }

    void carnetOpensAPackageMadeWithAgeAndTar()
    {
        SharePackageWriter writer(m_sender->vault());
        const auto archive = writer.buildArchive(content(), {ShareRecipient::fromText(recipientKey().toString()).fingerprint()},
                                                 QStringLiteral("hand.carnet-share"));
        const QString folder = path(QStringLiteral("hand"));
        QDir().mkpath(folder);
        for (const TarArchive::Member& member : archive.members)
            writeFile(QDir(folder).filePath(member.path), member.data);
        const auto tarred = ExternalTool::run(
            m_tar, QStringList{QStringLiteral("-cf"), path(QStringLiteral("hand.tar")), QStringLiteral("-C"), folder}
                       + SharePackage::memberNames());
        QVERIFY2(tarred.exitCode == 0, tarred.err.constData());
        const auto encrypted = ExternalTool::run(
            m_age, {QStringLiteral("-r"), recipientKey().toString(), QStringLiteral("-o"), path(QStringLiteral("hand.carnet-share")),
                    path(QStringLiteral("hand.tar"))});
        QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());

        SharePackageReader reader;
        reader.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
        const OpenedShare share = reader.open(path(QStringLiteral("hand.carnet-share")));
        QCOMPARE(share.manifest.exportId, archive.manifest.exportId);
        QCOMPARE(share.view.entries.size(), std::size_t(3));
        QCOMPARE(share.view.entries[0].body, m_samples.bodies[0]);
        QCOMPARE(share.member(QStringLiteral("bundle.json")), archive.members.front().data);
    }

    void carnetOpensAnAgePassphraseFile()
    {
        SharePackageWriter writer(m_sender->vault());
        const auto archive = writer.buildArchive(content(), {QStringLiteral("passphrase")},
                                                 QStringLiteral("age-p.carnet-share"));
        writeFile(path(QStringLiteral("age-p.tar")), archive.tar);
        const QByteArray passphrase = "correct-horse-battery-staple-river";
        const auto encrypted = ExternalTool::runWithTerminal(
            {m_age, QStringLiteral("-p"), QStringLiteral("-o"), path(QStringLiteral("age-p.carnet-share")),
             path(QStringLiteral("age-p.tar"))},
            passphrase + '\n' + passphrase + '\n');
        QVERIFY2(encrypted.exitCode == 0, encrypted.out.constData());
        QVERIFY(testsupport::readFile(path(QStringLiteral("age-p.carnet-share"))).contains("-> scrypt "));

        CliRunner cli;
        const auto opened = cli.run({QStringLiteral("share"), QStringLiteral("open"), path(QStringLiteral("age-p.carnet-share")),
                                     QStringLiteral("--passphrase")},
                                    passphrase + '\n');
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QVERIFY(opened.out.contains(archive.manifest.exportId.toLatin1()));
        QVERIFY(opened.out.contains("Dizzy after lunch"));
        QVERIFY(opened.out.contains("Pinned:       NO"));

        const auto wrong = cli.run({QStringLiteral("share"), QStringLiteral("verify"), path(QStringLiteral("age-p.carnet-share")),
                                    QStringLiteral("--passphrase")},
                                   "not-the-passphrase\n");
        QCOMPARE(wrong.exitCode, 3);
    }

    void ageOpensACarnetPassphraseShare()
    {
        // At the real work factor (2^18), as a provider's age sees it.
        SharePackageWriter writer(m_sender->vault());
        const SecretBytes passphrase = OneTimePassphrase::generate();
        const auto result = writer.writeForPassphrase(content(), passphrase, path(QStringLiteral("pass.carnet-share")));
        QVERIFY(testsupport::readFile(path(QStringLiteral("pass.carnet-share"))).contains("-> scrypt "));
        QVERIFY(testsupport::readFile(path(QStringLiteral("pass.carnet-share"))).contains(" 18\n"));
        const auto decrypted = ExternalTool::runWithTerminal(
            {m_age, QStringLiteral("-d"), QStringLiteral("-o"), path(QStringLiteral("pass.tar")), path(QStringLiteral("pass.carnet-share"))},
            text(passphrase).toUtf8() + '\n');
        QVERIFY2(decrypted.exitCode == 0, decrypted.out.constData());
        const QString folder = path(QStringLiteral("pass"));
        QCOMPARE(untar(path(QStringLiteral("pass.tar")), folder), SharePackage::memberNames());
        verifyWithMinisign(folder, senderKey(), result.exportId);
    }
};

QTEST_GUILESS_MAIN(TestShareInterop)
#include "TestShareInterop.moc"
