#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "AgeError.h"
#include "AgeIdentity.h"
#include "ExternalTool.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using carnet::AgeDecryptor;
using carnet::AgeEncryptor;
using carnet::AgeError;
using carnet::AgeIdentity;
using carnet::AgeRecipient;
using carnet::SecretBytes;
using carnet::testsupport::ExternalTool;

namespace {

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 97 + 13) & 0xff);
    }
    return data;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

} // namespace

// Carnet and the real age (1.1) read each other's files: X25519 both ways, binary and armored, and passphrases
// both ways through a pseudo-terminal, since age reads passphrases from /dev/tty only.
class TestAgeInterop : public QObject
{
    Q_OBJECT

private:
    QString m_age;
    QString m_ageKeygen;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_age = ExternalTool::find(QStringLiteral("age"));
        m_ageKeygen = ExternalTool::find(QStringLiteral("age-keygen"));
        if (m_age.isEmpty() || m_ageKeygen.isEmpty()) {
            QSKIP("age and age-keygen are not installed (Debian package \"age\"); CI installs them");
        }
        QVERIFY(m_dir.isValid());
        const ExternalTool::Result version = ExternalTool::run(m_age, {QStringLiteral("--version")});
        QVERIFY(version.started);
        qInfo("age %s", version.out.trimmed().constData());
    }

    void carnetEncryptsAgeDecrypts_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armored");
        for (const int size : {0, 1, 64 * 1024, 200 * 1024}) {
            QTest::addRow("%d bytes, binary", size) << size << false;
            QTest::addRow("%d bytes, armored", size) << size << true;
        }
    }

    void carnetEncryptsAgeDecrypts()
    {
        QFETCH(int, size);
        QFETCH(bool, armored);
        const AgeIdentity mine = AgeIdentity::generate();
        writeFile(path("carnet-key.txt"), bytesOf(mine.toIdentityFile()));
        // Several recipients; age has to find its stanza among them.
        AgeEncryptor encryptor = AgeEncryptor::forRecipients(
            {AgeIdentity::generate().recipient(), mine.recipient(), AgeIdentity::generate().recipient()});
        encryptor.setArmored(armored);
        const QByteArray plaintext = sequence(size);
        writeFile(path("from-carnet.age"), encryptor.encrypt(plaintext));

        QFile::remove(path("decrypted"));
        const ExternalTool::Result result = ExternalTool::run(
            m_age, {"-d", "-i", path("carnet-key.txt"), "-o", path("decrypted"), path("from-carnet.age")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(carnet::testsupport::readFile(path("decrypted")), plaintext);
    }

    void ageEncryptsCarnetDecrypts_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armored");
        for (const int size : {0, 1, 64 * 1024, 200 * 1024}) {
            QTest::addRow("%d bytes, binary", size) << size << false;
            QTest::addRow("%d bytes, armored", size) << size << true;
        }
    }

    void ageEncryptsCarnetDecrypts()
    {
        QFETCH(int, size);
        QFETCH(bool, armored);
        // A key made by age-keygen, read the way a user would import it.
        QFile::remove(path("age-key.txt"));
        QCOMPARE(ExternalTool::run(m_ageKeygen, {"-o", path("age-key.txt")}).exitCode, 0);
        const auto identities
            = AgeIdentity::parseIdentityFile(SecretBytes::copyOf(carnet::testsupport::readFile(path("age-key.txt"))));
        QVERIFY(identities.has_value());
        QCOMPARE(identities->size(), std::size_t {1});
        const QByteArray recipient = ExternalTool::run(m_ageKeygen, {"-y", path("age-key.txt")}).out.trimmed();
        QCOMPARE(identities->front().recipient().toString().toLatin1(), recipient);

        const QByteArray plaintext = sequence(size);
        writeFile(path("plain"), plaintext);
        QStringList arguments = {"-r", AgeIdentity::generate().recipient().toString(),
                                 "-r", QString::fromLatin1(recipient),
                                 "-o", path("from-age.age")};
        if (armored) {
            arguments.prepend("-a");
        }
        QFile::remove(path("from-age.age"));
        const ExternalTool::Result result = ExternalTool::run(m_age, arguments << path("plain"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray file = carnet::testsupport::readFile(path("from-age.age"));
        QCOMPARE(file.startsWith("-----BEGIN AGE ENCRYPTED FILE-----"), armored);

        AgeDecryptor decryptor;
        decryptor.addIdentity(AgeIdentity::parse(identities->front().toSecretString()).value());
        QCOMPARE(decryptor.decrypt(file), plaintext);

        // Damaged in transit: Carnet says so, rather than "wrong key".
        QByteArray damaged = file;
        damaged[damaged.size() - (armored ? 40 : 5)]
            = armored ? '*' : static_cast<char>(damaged.at(damaged.size() - 5) ^ 1);
        try {
            decryptor.decrypt(damaged);
            QFAIL("a damaged file decrypted");
        } catch (const AgeError& error) {
            QVERIFY2(error.isDamaged(), error.what());
        }
    }

    void ageRefusesWrongKeyAndTampering()
    {
        const AgeIdentity mine = AgeIdentity::generate();
        writeFile(path("carnet-key.txt"), bytesOf(mine.toIdentityFile()));
        const QByteArray toSomeoneElse
            = AgeEncryptor::forRecipients({AgeIdentity::generate().recipient()}).encrypt("not for you");
        writeFile(path("other.age"), toSomeoneElse);
        ExternalTool::Result result = ExternalTool::run(m_age, {"-d", "-i", path("carnet-key.txt"), path("other.age")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.out.isEmpty());

        QByteArray tampered = AgeEncryptor::forRecipients({mine.recipient()}).encrypt(sequence(1000));
        tampered[tampered.size() - 100] = static_cast<char>(tampered.at(tampered.size() - 100) ^ 1);
        writeFile(path("tampered.age"), tampered);
        QFile::remove(path("decrypted"));
        result = ExternalTool::run(m_age,
                                   {"-d", "-i", path("carnet-key.txt"), "-o", path("decrypted"), path("tampered.age")});
        QVERIFY(result.exitCode != 0);
    }

    void carnetPassphraseAgeDecrypts_data()
    {
        QTest::addColumn<int>("logN");
        QTest::addColumn<bool>("armored");
        QTest::newRow("default work factor (18), binary") << AgeEncryptor::DefaultScryptLogN << false;
        QTest::newRow("work factor 10, armored") << 10 << true;
    }

    void carnetPassphraseAgeDecrypts()
    {
        QFETCH(int, logN);
        QFETCH(bool, armored);
        if (ExternalTool::find(QStringLiteral("script")).isEmpty()) {
            QSKIP("script(1) from util-linux is needed to give age a terminal for its passphrase prompt");
        }
        const QByteArray passphrase = "correct horse battery staple";
        AgeEncryptor encryptor = AgeEncryptor::forPassphrase(SecretBytes::copyOf(passphrase), logN);
        encryptor.setArmored(armored);
        const QByteArray plaintext = sequence(70 * 1024);
        writeFile(path("scrypt-from-carnet.age"), encryptor.encrypt(plaintext));
        QFile::remove(path("decrypted"));
        const ExternalTool::Result result = ExternalTool::runWithTerminal(
            {m_age, "-d", "-o", path("decrypted"), path("scrypt-from-carnet.age")}, passphrase + '\n');
        QVERIFY2(result.exitCode == 0, result.out.constData());
        QCOMPARE(carnet::testsupport::readFile(path("decrypted")), plaintext);

        // And a wrong passphrase is refused by age too (checked at the cheap work factor only).
        if (logN > 10) {
            return;
        }
        QFile::remove(path("decrypted"));
        const ExternalTool::Result wrong = ExternalTool::runWithTerminal(
            {m_age, "-d", "-o", path("decrypted"), path("scrypt-from-carnet.age")}, "wrong passphrase\n");
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(carnet::testsupport::readFile(path("decrypted")).isEmpty());
    }

    void agePassphraseCarnetDecrypts_data()
    {
        QTest::addColumn<bool>("armored");
        QTest::newRow("binary") << false;
        QTest::newRow("armored") << true;
    }

    void agePassphraseCarnetDecrypts()
    {
        QFETCH(bool, armored);
        if (ExternalTool::find(QStringLiteral("script")).isEmpty()) {
            QSKIP("script(1) from util-linux is needed to give age a terminal for its passphrase prompt");
        }
        const QByteArray passphrase = "a passphrase typed into age";
        const QByteArray plaintext = sequence(100 * 1024);
        writeFile(path("plain"), plaintext);
        QFile::remove(path("scrypt-from-age.age"));
        QStringList arguments = {m_age, "-p", "-o", path("scrypt-from-age.age"), path("plain")};
        if (armored) {
            arguments.insert(1, "-a");
        }
        // age asks twice: the passphrase and its confirmation.
        const ExternalTool::Result result
            = ExternalTool::runWithTerminal(arguments, passphrase + '\n' + passphrase + '\n');
        QVERIFY2(result.exitCode == 0, result.out.constData());
        const QByteArray file = carnet::testsupport::readFile(path("scrypt-from-age.age"));
        QCOMPARE(file.startsWith("-----BEGIN AGE ENCRYPTED FILE-----"), armored);

        AgeDecryptor decryptor;
        decryptor.setPassphrase(SecretBytes::copyOf(passphrase));
        QCOMPARE(decryptor.decrypt(file), plaintext);

        // Each scrypt run at age's work factor takes about a second under load: check a wrong passphrase once.
        if (armored) {
            return;
        }
        AgeDecryptor wrong;
        wrong.setPassphrase(SecretBytes::copyOf(QByteArray("not it")));
        try {
            wrong.decrypt(file);
            QFAIL("decrypted with the wrong passphrase");
        } catch (const AgeError& error) {
            QCOMPARE(error.kind(), AgeError::Kind::WrongPassphrase);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgeInterop)
#include "TestAgeInterop.moc"
