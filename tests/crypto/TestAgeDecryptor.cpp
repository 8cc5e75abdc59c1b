#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "AgeError.h"
#include "AgeHeader.h"
#include "AgeIdentity.h"
#include "AgeScryptRecipient.h"
#include "Hkdf.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QtTest>
#include <algorithm>
#include <cstring>
#include <set>
#include <sodium.h>

using carnet::AgeDecryptor;
using carnet::AgeEncryptor;
using carnet::AgeError;
using carnet::AgeHeader;
using carnet::AgeIdentity;
using carnet::AgeRecipient;
using carnet::AgeScryptRecipient;
using carnet::AgeStanza;
using carnet::Hkdf;
using carnet::SecretBytes;
using Kind = carnet::AgeError::Kind;

Q_DECLARE_METATYPE(carnet::AgeError::Kind)

namespace {

constexpr int LowLogN = 4; // fast scrypt for tests; the default (18) is checked in TestAgeEncryptor

// A read-only sequential device that hands out at most a few bytes per read, like a slow pipe.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 take = std::min({maxSize, m_step, static_cast<qint64>(m_data.size() - m_offset)});
        std::memcpy(data, m_data.constData() + m_offset, static_cast<std::size_t>(take));
        m_offset += take;
        return take;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_offset = 0;
};

struct Outcome
{
    std::optional<Kind> error;
    QByteArray plaintext; // whatever reached the output, even on failure
};

Outcome decryptCollecting(const AgeDecryptor& decryptor, const QByteArray& file)
{
    QByteArray input = file;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    Outcome outcome;
    QBuffer out(&outcome.plaintext);
    out.open(QIODevice::WriteOnly);
    try {
        decryptor.decrypt(in, out);
    } catch (const AgeError& error) {
        outcome.error = error.kind();
    }
    return outcome;
}

QString kindName(std::optional<Kind> kind)
{
    return kind ? QString::fromLatin1(AgeError::name(*kind)) : QStringLiteral("success");
}

AgeIdentity identityFrom(const char* text)
{
    std::optional<AgeIdentity> identity = AgeIdentity::parse(QString::fromLatin1(text));
    if (!identity) {
        qFatal("bad test identity");
    }
    return std::move(*identity);
}

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 131 + 7) & 0xff);
    }
    return data;
}

// Builds a payload by hand with a known file key, so tests can make streams no honest encoder would.
struct HandChunk
{
    QByteArray plaintext;
    bool last;
    quint64 counter;
};

QByteArray sealedPayload(const SecretBytes& fileKey, const QByteArray& nonce, const QList<HandChunk>& chunks)
{
    const SecretBytes key = Hkdf::sha256(fileKey, nonce, "payload");
    QByteArray payload = nonce;
    for (const HandChunk& chunk : chunks) {
        unsigned char chunkNonce[12] = {};
        for (int i = 0; i < 8; ++i) {
            chunkNonce[10 - i] = static_cast<unsigned char>(chunk.counter >> (8 * i));
        }
        chunkNonce[11] = chunk.last ? 1 : 0;
        QByteArray sealed(chunk.plaintext.size() + 16, Qt::Uninitialized);
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()), nullptr,
                                                  reinterpret_cast<const unsigned char*>(chunk.plaintext.constData()),
                                                  static_cast<unsigned long long>(chunk.plaintext.size()), nullptr, 0,
                                                  nullptr, chunkNonce, key.data());
        payload += sealed;
    }
    return payload;
}

} // namespace

Q_DECLARE_METATYPE(HandChunk)
Q_DECLARE_METATYPE(std::optional<carnet::AgeError::Kind>)

class TestAgeDecryptor : public QObject
{
    Q_OBJECT

private:
    AgeIdentity m_identity = AgeIdentity::generate();

    AgeDecryptor decryptorFor(const AgeIdentity& identity) const
    {
        AgeDecryptor decryptor;
        decryptor.addIdentity(AgeIdentity::parse(identity.toSecretString()).value());
        return decryptor;
    }

    QByteArray encryptToMe(const QByteArray& plaintext, bool armored = false) const
    {
        AgeEncryptor encryptor = AgeEncryptor::forRecipients({m_identity.recipient()});
        encryptor.setArmored(armored);
        return encryptor.encrypt(plaintext);
    }

    // Header plus hand-made payload for m_identity.
    QByteArray handMadeFile(const QList<HandChunk>& chunks) const
    {
        const SecretBytes fileKey = SecretBytes::random(16);
        return AgeHeader::write({m_identity.recipient().wrapFileKey(fileKey)}, fileKey)
            + sealedPayload(fileKey, QByteArray(16, '\x07'), chunks);
    }

private slots:
    // The age project's testkit (C2SP CCTV), see tests/data/age/README.md. Each vector names the outcome class;
    // the accepted AgeError kinds for each class are listed here.
    void testkit_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(carnet::testsupport::testDataDir() + QStringLiteral("/age/testkit"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        if (names.size() < 60) {
            QTest::newRow("vectors missing") << QString(); // fails below, rather than aborting in a _data function
        }
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void testkit()
    {
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty(), "the testkit vectors were not found below CARNET_TEST_DATA");
        const QByteArray vector = carnet::testsupport::readFile(path);
        const qsizetype split = vector.indexOf("\n\n");
        QVERIFY(split > 0);
        QMap<QByteArray, QList<QByteArray>> fields;
        for (const QByteArray& line : vector.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            QVERIFY(colon > 0);
            fields[line.left(colon)].append(line.mid(colon + 2));
        }
        const QByteArray file = vector.mid(split + 2);
        const QByteArray expect = fields.value("expect").value(0);

        AgeDecryptor decryptor;
        for (const QByteArray& identity : fields.value("identity")) {
            decryptor.addIdentity(identityFrom(identity.constData()));
        }
        if (fields.contains("passphrase")) {
            decryptor.setPassphrase(SecretBytes::copyOf(fields.value("passphrase").first()));
        }
        const Outcome outcome = decryptCollecting(decryptor, file);

        static const QMap<QByteArray, std::set<Kind>> accepted = {
            {"armor failure", {Kind::MalformedArmor, Kind::NotAgeFile}},
            {"header failure",
             {Kind::MalformedHeader, Kind::UnsupportedVersion, Kind::NotAgeFile, Kind::ScryptNotAlone,
              Kind::ScryptWorkFactorTooHigh}},
            {"no match", {Kind::NoMatchingIdentity, Kind::WrongPassphrase}},
            {"HMAC failure", {Kind::HeaderMacMismatch}},
            {"payload failure", {Kind::TruncatedPayload, Kind::TrailingData, Kind::DamagedChunk}},
        };
        if (expect == "success") {
            QVERIFY2(!outcome.error, qPrintable(kindName(outcome.error)));
        } else {
            QVERIFY2(accepted.contains(expect), expect.constData());
            QVERIFY2(
                outcome.error && accepted.value(expect).count(*outcome.error),
                qPrintable(
                    QStringLiteral("expected %1, got %2").arg(QString::fromLatin1(expect), kindName(outcome.error))));
        }
        // Everything released before a failure must match the expected payload too.
        if (fields.contains("payload")) {
            QCOMPARE(QCryptographicHash::hash(outcome.plaintext, QCryptographicHash::Sha256).toHex(),
                     fields.value("payload").first());
        } else {
            QVERIFY(outcome.plaintext.isEmpty());
        }
    }

    void roundTripThroughSlowSequentialDevice_data()
    {
        QTest::addColumn<bool>("armored");
        QTest::addColumn<int>("step");
        QTest::newRow("binary, 1 byte reads") << false << 1;
        QTest::newRow("binary, 7 byte reads") << false << 7;
        QTest::newRow("armored, 1 byte reads") << true << 1;
        QTest::newRow("armored, 5 byte reads") << true << 5;
    }

    void roundTripThroughSlowSequentialDevice()
    {
        QFETCH(bool, armored);
        QFETCH(int, step);
        const QByteArray plaintext = sequence(70000);
        TrickleDevice in(encryptToMe(plaintext, armored), step);
        QByteArray output;
        QBuffer out(&output);
        out.open(QIODevice::WriteOnly);
        decryptorFor(m_identity).decrypt(in, out);
        QCOMPARE(output, plaintext);
    }

    // Every single-byte change of a small file fails closed with an AgeError, never silently and never with
    // another exception. Where the change lands decides which: inside an X25519 stanza it is indistinguishable
    // from a file for someone else (NoMatchingIdentity); in the MAC line or elsewhere in the header it is a
    // malformed header or a MAC mismatch; in the payload it is a damaged chunk.
    void everyByteFlipFails_data()
    {
        QTest::addColumn<bool>("armored");
        QTest::addColumn<bool>("passphrase");
        QTest::newRow("binary, X25519") << false << false;
        QTest::newRow("armored, X25519") << true << false;
        QTest::newRow("binary, scrypt") << false << true;
    }

    void everyByteFlipFails()
    {
        QFETCH(bool, armored);
        QFETCH(bool, passphrase);
        const QByteArray plaintext = "Blood pressure 120/80, no change in dose.";
        const SecretBytes secret = SecretBytes::copyOf(QByteArray("correct horse battery staple"));
        AgeEncryptor encryptor = passphrase ? AgeEncryptor::forPassphrase(secret, LowLogN)
                                            : AgeEncryptor::forRecipients({m_identity.recipient()});
        encryptor.setArmored(armored);
        const QByteArray file = encryptor.encrypt(plaintext);
        AgeDecryptor decryptor = decryptorFor(m_identity);
        decryptor.setPassphrase(secret);
        QCOMPARE(decryptor.decrypt(file), plaintext);

        const qsizetype headerEnd = armored ? 0 : file.indexOf("\n---") + 1 + 48;
        const std::set<Kind> headerKinds
            = {Kind::NotAgeFile,      Kind::UnsupportedVersion, Kind::MalformedHeader,        Kind::NoMatchingIdentity,
               Kind::WrongPassphrase, Kind::HeaderMacMismatch,  Kind::ScryptWorkFactorTooHigh};
        const std::set<Kind> payloadKinds = {Kind::DamagedChunk};
        std::set<Kind> armorKinds = headerKinds;
        armorKinds.insert(payloadKinds.begin(), payloadKinds.end());
        armorKinds.insert(Kind::MalformedArmor);
        for (const char mask : {'\x01', '\x80', '\xff'}) {
            for (qsizetype i = 0; i < file.size(); ++i) {
                QByteArray changed = file;
                changed[i] = static_cast<char>(changed.at(i) ^ mask);
                const Outcome outcome = decryptCollecting(decryptor, changed);
                const std::set<Kind>& allowed = armored ? armorKinds : (i < headerEnd ? headerKinds : payloadKinds);
                QVERIFY2(outcome.error && allowed.count(*outcome.error),
                         qPrintable(QStringLiteral("byte %1 ^ %2: %3")
                                        .arg(i)
                                        .arg(static_cast<unsigned char>(mask))
                                        .arg(kindName(outcome.error))));
                QVERIFY(outcome.plaintext.isEmpty());
            }
        }
    }

    void truncationFails_data()
    {
        QTest::addColumn<int>("plaintextSize");
        QTest::addColumn<int>("cut"); // bytes kept after the header; negative: bytes dropped from the end
        QTest::addColumn<Kind>("expected");
        const int chunk = 64 * 1024 + 16;
        QTest::newRow("no payload at all") << 1000 << 0 << Kind::TruncatedPayload;
        QTest::newRow("half a nonce") << 1000 << 8 << Kind::TruncatedPayload;
        QTest::newRow("nonce only") << 1000 << 16 << Kind::TruncatedPayload;
        QTest::newRow("shorter than a tag") << 1000 << 16 + 10 << Kind::TruncatedPayload;
        QTest::newRow("inside the only chunk") << 1000 << 16 + 500 << Kind::DamagedChunk;
        QTest::newRow("last byte missing") << 1000 << -1 << Kind::DamagedChunk;
        QTest::newRow("after the first full chunk") << 200 * 1024 << 16 + chunk << Kind::TruncatedPayload;
        QTest::newRow("after the second full chunk") << 200 * 1024 << 16 + 2 * chunk << Kind::TruncatedPayload;
        QTest::newRow("inside the second chunk") << 200 * 1024 << 16 + chunk + 100 << Kind::DamagedChunk;
        QTest::newRow("inside the last chunk") << 200 * 1024 << -100 << Kind::DamagedChunk;
        // Exactly 128 KiB: two full chunks, the second final. Dropping it leaves a valid non-final chunk.
        QTest::newRow("missing full final chunk") << 128 * 1024 << 16 + chunk << Kind::TruncatedPayload;
        QTest::newRow("full final chunk cut") << 128 * 1024 << -1 << Kind::DamagedChunk;
    }

    void truncationFails()
    {
        QFETCH(int, plaintextSize);
        QFETCH(int, cut);
        QFETCH(Kind, expected);
        const QByteArray file = encryptToMe(sequence(plaintextSize));
        const qsizetype headerSize = file.indexOf("\n---") + 1 + 48;
        const QByteArray truncated = cut >= 0 ? file.left(headerSize + cut) : file.left(file.size() + cut);
        const Outcome outcome = decryptCollecting(decryptorFor(m_identity), truncated);
        QCOMPARE(kindName(outcome.error), kindName(expected));
        // Only whole authenticated chunks may have been released.
        QVERIFY(outcome.plaintext.size() % (64 * 1024) == 0);
        QCOMPARE(outcome.plaintext, sequence(plaintextSize).left(outcome.plaintext.size()));
    }

    void truncatedHeaderFails()
    {
        const QByteArray file = encryptToMe("x");
        const qsizetype headerSize = file.indexOf("\n---") + 1 + 48;
        for (qsizetype keep = 0; keep < headerSize; ++keep) {
            const Outcome outcome = decryptCollecting(decryptorFor(m_identity), file.left(keep));
            QVERIFY2(outcome.error == Kind::NotAgeFile || outcome.error == Kind::MalformedHeader,
                     qPrintable(QStringLiteral("%1: %2").arg(keep).arg(kindName(outcome.error))));
        }
    }

    void trailingDataFails()
    {
        // After a full-size final chunk the extra bytes are recognised as such.
        const QByteArray full = encryptToMe(sequence(64 * 1024));
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), full + "x").error), kindName(Kind::TrailingData));
        // After a short final chunk the chunk boundary is unknown, so the chunk itself fails.
        const QByteArray small = encryptToMe("small");
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), small + "x").error),
                 kindName(Kind::DamagedChunk));
        // Armored: text after the end marker, and data encoded inside the armor after the final chunk.
        const QByteArray armored = encryptToMe("small", true);
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), armored + "garbage\n").error),
                 kindName(Kind::MalformedArmor));
        AgeEncryptor binary = AgeEncryptor::forRecipients({m_identity.recipient()});
        QByteArray fullArmored;
        {
            const QByteArray inner = binary.encrypt(sequence(64 * 1024)) + "trailing";
            QByteArray text = "-----BEGIN AGE ENCRYPTED FILE-----\n";
            const QByteArray encoded = inner.toBase64();
            for (qsizetype i = 0; i < encoded.size(); i += 64) {
                text += encoded.mid(i, 64) + '\n';
            }
            fullArmored = text + "-----END AGE ENCRYPTED FILE-----\n";
        }
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), fullArmored).error),
                 kindName(Kind::TrailingData));
    }

    void handMadeStreams_data()
    {
        QTest::addColumn<QList<HandChunk>>("chunks");
        QTest::addColumn<std::optional<Kind>>("expected");
        const QByteArray full = sequence(64 * 1024);
        QTest::newRow("empty plaintext, one empty final chunk")
            << QList<HandChunk> {{QByteArray(), true, 0}} << std::optional<Kind>();
        QTest::newRow("two chunks") << QList<HandChunk> {{full, false, 0}, {"end", true, 1}} << std::optional<Kind>();
        QTest::newRow("empty final chunk after data")
            << QList<HandChunk> {{full, false, 0}, {QByteArray(), true, 1}} << std::optional<Kind>(Kind::DamagedChunk);
        QTest::newRow("no final flag") << QList<HandChunk> {{"short", false, 0}}
                                       << std::optional<Kind>(Kind::DamagedChunk);
        QTest::newRow("final flag on a full chunk before more")
            << QList<HandChunk> {{full, true, 0}, {"more", true, 1}} << std::optional<Kind>(Kind::TrailingData);
        QTest::newRow("counter skips") << QList<HandChunk> {{full, false, 0}, {"end", true, 2}}
                                       << std::optional<Kind>(Kind::DamagedChunk);
        QTest::newRow("chunks swapped") << QList<HandChunk> {{full, false, 1}, {full, false, 0}, {"end", true, 2}}
                                        << std::optional<Kind>(Kind::DamagedChunk);
        QTest::newRow("two final chunks")
            << QList<HandChunk> {{full, true, 0}, {full, true, 1}} << std::optional<Kind>(Kind::TrailingData);
        QTest::newRow("full non-final chunk at the end")
            << QList<HandChunk> {{full, false, 0}} << std::optional<Kind>(Kind::TruncatedPayload);
    }

    void handMadeStreams()
    {
        QFETCH(QList<HandChunk>, chunks);
        QFETCH(std::optional<Kind>, expected);
        const Outcome outcome = decryptCollecting(decryptorFor(m_identity), handMadeFile(chunks));
        QCOMPARE(kindName(outcome.error), kindName(expected));
    }

    void wrongIdentity()
    {
        const QByteArray file = encryptToMe("secret");
        const Outcome outcome = decryptCollecting(decryptorFor(AgeIdentity::generate()), file);
        QCOMPARE(kindName(outcome.error), kindName(Kind::NoMatchingIdentity));
        QCOMPARE(kindName(decryptCollecting(AgeDecryptor(), file).error), kindName(Kind::NoMatchingIdentity));
        // A passphrase does not open an X25519 file either.
        AgeDecryptor withPassphrase;
        withPassphrase.setPassphrase(SecretBytes::copyOf(QByteArray("anything")));
        QCOMPARE(kindName(decryptCollecting(withPassphrase, file).error), kindName(Kind::NoMatchingIdentity));
        try {
            decryptorFor(AgeIdentity::generate()).decrypt(file);
            QFAIL("decrypted with the wrong identity");
        } catch (const AgeError& error) {
            QVERIFY(error.isWrongSecret());
            QVERIFY(!error.isDamaged());
        }
    }

    void wrongPassphrase()
    {
        const QByteArray file
            = AgeEncryptor::forPassphrase(SecretBytes::copyOf(QByteArray("right")), LowLogN).encrypt("secret");
        AgeDecryptor decryptor;
        decryptor.setPassphrase(SecretBytes::copyOf(QByteArray("wrong")));
        QCOMPARE(kindName(decryptCollecting(decryptor, file).error), kindName(Kind::WrongPassphrase));
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), file).error), kindName(Kind::PassphraseRequired));
        decryptor.setPassphrase(SecretBytes::copyOf(QByteArray("right")));
        QCOMPARE(decryptor.decrypt(file), QByteArray("secret"));
    }

    void tamperedPayloadIsNotAWrongKey()
    {
        QByteArray file = encryptToMe(sequence(1000));
        file[file.size() - 20] = static_cast<char>(file.at(file.size() - 20) ^ 1);
        try {
            decryptorFor(m_identity).decrypt(file);
            QFAIL("decrypted a tampered file");
        } catch (const AgeError& error) {
            QVERIFY(error.isDamaged());
            QVERIFY(!error.isWrongSecret());
        }
        QByteArray header = encryptToMe("x");
        const qsizetype mac = header.indexOf("\n--- ") + 5;
        header[mac] = header.at(mac) == 'A' ? 'B' : 'A';
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), header).error),
                 kindName(Kind::HeaderMacMismatch));
    }

    void scryptWorkFactorLimit()
    {
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("pass"));
        const QByteArray file = AgeEncryptor::forPassphrase(passphrase, 10).encrypt("x");
        AgeDecryptor decryptor;
        decryptor.setPassphrase(passphrase);
        decryptor.setMaxScryptLogN(9);
        QCOMPARE(kindName(decryptCollecting(decryptor, file).error), kindName(Kind::ScryptWorkFactorTooHigh));
        decryptor.setMaxScryptLogN(10);
        QCOMPARE(decryptor.decrypt(file), QByteArray("x"));

        // Above the default ceiling the reader refuses at once instead of allocating gigabytes.
        QByteArray high = file;
        high.replace(" 10\n", " 23\n");
        AgeDecryptor defaults;
        defaults.setPassphrase(passphrase);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(kindName(decryptCollecting(defaults, high).error), kindName(Kind::ScryptWorkFactorTooHigh));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(AgeDecryptor::DefaultMaxScryptLogN, 22);
    }

    void scryptMustBeAlone()
    {
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("pass"));
        const SecretBytes fileKey = SecretBytes::random(16);
        const QByteArray payload = sealedPayload(fileKey, QByteArray(16, '\x01'), {{"hello", true, 0}});
        const AgeStanza scrypt = AgeScryptRecipient::wrapFileKey(fileKey, passphrase, LowLogN);
        const AgeStanza x25519 = m_identity.recipient().wrapFileKey(fileKey);

        AgeDecryptor decryptor = decryptorFor(m_identity);
        decryptor.setPassphrase(passphrase);
        QCOMPARE(decryptor.decrypt(AgeHeader::write({scrypt}, fileKey) + payload), QByteArray("hello"));
        QCOMPARE(decryptor.decrypt(AgeHeader::write({x25519}, fileKey) + payload), QByteArray("hello"));
        for (const QList<AgeStanza>& stanzas : {QList<AgeStanza> {scrypt, x25519}, QList<AgeStanza> {x25519, scrypt},
                                                QList<AgeStanza> {scrypt, scrypt}}) {
            QCOMPARE(kindName(decryptCollecting(decryptor, AgeHeader::write(stanzas, fileKey) + payload).error),
                     kindName(Kind::ScryptNotAlone));
        }
    }

    void unknownStanzasAreSkipped()
    {
        const SecretBytes fileKey = SecretBytes::random(16);
        AgeStanza plugin;
        plugin.arguments = {"example.com/enigma", "arg"};
        plugin.body = QByteArray(100, 'z');
        const QByteArray file = AgeHeader::write({plugin, m_identity.recipient().wrapFileKey(fileKey)}, fileKey)
            + sealedPayload(fileKey, QByteArray(16, '\x02'), {{"ok", true, 0}});
        QCOMPARE(decryptorFor(m_identity).decrypt(file), QByteArray("ok"));
    }

    void notAnAgeFile()
    {
        for (const QByteArray& text : {QByteArray(), QByteArray("hello world"), QByteArray("  age-encryption.org/v1\n"),
                                       QByteArray("\x89PNG\r\n\x1a\n")}) {
            QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), text).error), kindName(Kind::NotAgeFile));
        }
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), "age-encryption.org/v2\n-> X\n\n--- x\n").error),
                 kindName(Kind::UnsupportedVersion));
        QCOMPARE(kindName(decryptCollecting(decryptorFor(m_identity), "-----BEGIN PGP MESSAGE-----\n").error),
                 kindName(Kind::MalformedArmor));
    }

    void errorsAreTranslatableSentences()
    {
        for (int i = 0; i <= static_cast<int>(Kind::WriteFailed); ++i) {
            const auto kind = static_cast<Kind>(i);
            QVERIFY(!AgeError::describe(kind).isEmpty());
            QVERIFY(QByteArray(AgeError::name(kind)) != "Unknown");
            QCOMPARE(QString::fromStdString(AgeError(kind).what()), AgeError::describe(kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestAgeDecryptor)
#include "TestAgeDecryptor.moc"
