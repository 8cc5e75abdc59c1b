#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "AgeError.h"
#include "CareTeamRepository.h"
#include "DisclosureLog.h"
#include "JournalRepository.h"
#include "OneTimePassphrase.h"
#include "RecordError.h"
#include "ShareError.h"
#include "SharePackageReader.h"
#include "SharePackageWriter.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

constexpr int TestScryptLogN = 10;

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A tar a Carnet writer refuses to make: any paths, repeats allowed.
QByteArray rawTar(const std::vector<TarArchive::Member>& members)
{
    qsizetype capacity = 1 << 16;
    for (const TarArchive::Member& member : members)
        capacity += member.data.size() + 4096;
    QByteArray out(capacity, '\0');
    size_t used = 0;
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open_memory(a, out.data(), static_cast<size_t>(out.size()), &used);
    for (const TarArchive::Member& member : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, member.path.toUtf8().constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, member.data.size());
        archive_write_header(a, e);
        archive_write_data(a, member.data.constData(), static_cast<size_t>(member.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(static_cast<qsizetype>(used));
    return out;
}

// The four signed files of an archive, without their signatures.
std::vector<TarArchive::Member> unsignedFiles(const SharePackageWriter::Archive& archive)
{
    std::vector<TarArchive::Member> files;
    for (const TarArchive::Member& member : archive.members) {
        if (!member.path.endsWith(QLatin1String(".minisig")))
            files.push_back(member);
    }
    return files;
}

TarArchive::Member* find(std::vector<TarArchive::Member>& members, const QString& path)
{
    for (TarArchive::Member& member : members) {
        if (member.path == path)
            return &member;
    }
    return nullptr;
}

} // namespace

// The share package end to end in the model: writing, opening, and every way a package can be refused.
class TestSharePackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryVault> m_sender;
    std::unique_ptr<TemporaryVault> m_recipient;
    ShareSamples m_samples;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ShareContent allContent() const
    {
        ShareSelection selection;
        selection.entryIds = m_samples.entryIds;
        selection.medications = selection.insurance = selection.appointments = true;
        return ShareContent::collect(m_sender->db(), selection);
    }

    AgeRecipient recipientKey() const { return VaultIdentity::load(m_recipient->db()).ageRecipient(); }

    SharePackageReader recipientReader(bool withVault = false) const
    {
        SharePackageReader reader;
        reader.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
        if (withVault)
            reader.setVault(m_recipient->db());
        return reader;
    }

    // A fresh package from the sender to the recipient vault; returns the file's bytes.
    QByteArray writeToRecipient(const ShareContent& content, const QString& name,
                                SharePackageWriter::Result* result = nullptr)
    {
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        const auto written =
            writer.writeForRecipients(content, {ShareRecipient::fromText(recipientKey().toString())}, path(name));
        if (result)
            *result = written;
        return testsupport::readFile(path(name));
    }

    SharePackageWriter::Archive archiveFor(const ShareContent& content) const
    {
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        return writer.buildArchive(content, {ShareRecipient::fromText(recipientKey().toString()).fingerprint()},
                                   QStringLiteral("hand.carnet-share"));
    }

    QByteArray encryptForRecipient(const QByteArray& tar) const
    {
        return AgeEncryptor::forRecipients({recipientKey()}).encrypt(tar);
    }

    ShareError::Kind openError(const QByteArray& file, const SharePackageReader& reader) const
    {
        try {
            reader.openBytes(file);
        } catch (const ShareError& error) {
            return error.kind();
        }
        return ShareError::Kind::Io; // stands for "opened": the reader never reports Io for bytes in memory
    }

    ShareError::Kind openError(const QByteArray& file) const { return openError(file, recipientReader()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sender = std::make_unique<TemporaryVault>();
        m_recipient = std::make_unique<TemporaryVault>();
        m_samples = ShareSamples::fill(m_sender->db());
    }

    void cleanupTestCase()
    {
        m_sender.reset();
        m_recipient.reset();
    }

    void selectionPicksEntries()
    {
        ShareSelection byTag;
        byTag.tag = QStringLiteral("bp");
        ShareContent content = ShareContent::collect(m_sender->db(), byTag);
        QCOMPARE(content.entries.size(), std::size_t(2));
        QCOMPARE(content.entries[0].id, m_samples.entryIds[0]); // oldest first
        QVERIFY(!content.includesMedications);
        QCOMPARE(content.itemCount(), 2);

        ShareSelection byDates;
        byDates.from = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC);
        byDates.to = QDateTime(QDate(2024, 5, 31), QTime(0, 0), Qt::UTC);
        content = ShareContent::collect(m_sender->db(), byDates);
        QCOMPARE(content.entries.size(), std::size_t(2));
        QCOMPARE(content.entries[0].id, m_samples.entryIds[1]);

        ShareSelection both;
        both.entryIds = {m_samples.entryIds[0]};
        both.tag = QStringLiteral("bp");
        QVERIFY_THROWS_EXCEPTION(ShareError, ShareContent::collect(m_sender->db(), both));
        ShareSelection unknown;
        unknown.entryIds = {999999};
        QVERIFY_THROWS_EXCEPTION(RecordError, ShareContent::collect(m_sender->db(), unknown));
        ShareSelection blankTag; // would fold to no tag at all, i.e. every entry
        blankTag.tag = QStringLiteral(" # ");
        QVERIFY_THROWS_EXCEPTION(ShareError, ShareContent::collect(m_sender->db(), blankTag));
        ShareSelection reversed;
        reversed.from = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
        reversed.to = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
        QVERIFY_THROWS_EXCEPTION(ShareError, ShareContent::collect(m_sender->db(), reversed));
        ShareSelection nothing;
        nothing.tag = QStringLiteral("no-such-tag");
        try {
            ShareContent::collect(m_sender->db(), nothing);
            QFAIL("an empty selection was accepted");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Invalid);
        }
    }

    void roundTripToARecipient()
    {
        const ShareContent content = allContent();
        SharePackageWriter::Result result;
        const QByteArray file = writeToRecipient(content, QStringLiteral("round.carnet-share"), &result);
        QVERIFY(!file.isEmpty());
        QVERIFY(file.startsWith("age-encryption.org/v1\n"));
        // No health data in the clear.
        QVERIFY(!file.contains("Metformin"));
        QVERIFY(!file.contains(ShareSamples::PatientName));
        QCOMPARE(result.size, file.size());
        QCOMPARE(result.itemCount, 6);

        const OpenedShare share = recipientReader().openBytes(file);
        QCOMPARE(share.manifest.exportId, result.exportId);
        QCOMPARE(share.manifest.itemCount, 6);
        QCOMPARE(share.manifest.recipientFingerprints,
                 QStringList{VaultIdentity::fingerprintOfRecipient(recipientKey()).toDisplayString()});
        const VaultIdentity sender = VaultIdentity::load(m_sender->db());
        QCOMPARE(share.signerFingerprint, sender.fingerprint().toDisplayString());
        QCOMPARE(share.signerKey, sender.minisignPublicKeyText());
        QVERIFY(!share.signerPinned);
        QVERIFY(!share.replayed);
        QCOMPARE(share.view.patientName, QLatin1String(ShareSamples::PatientName));
        QCOMPARE(share.view.entries.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(share.view.entries[i].title, m_samples.titles[i]);
            QCOMPARE(share.view.entries[i].body, m_samples.bodies[i]);
        }
        QCOMPARE(share.view.medications.size(), std::size_t(1));
        QCOMPARE(share.view.coverages.size(), std::size_t(1));
        QCOMPARE(share.view.appointments.size(), std::size_t(1));

        QStringList names;
        for (const TarArchive::Member& member : share.members)
            names << member.path;
        QCOMPARE(names, SharePackage::memberNames());
        const QByteArray summary = share.member(QStringLiteral("summary.html"));
        QVERIFY(summary.contains("Blood pressure &lt;check&gt;"));
        QVERIFY(!summary.contains("<script"));
        QVERIFY(!summary.contains("http://") && !summary.contains("https://"));
        QVERIFY(summary.contains("Content-Security-Policy"));
        const QByteArray readme = share.member(QStringLiteral("README.txt"));
        QVERIFY(readme.contains("age -d -i key.txt -o share.tar round.carnet-share"));
        QVERIFY(readme.contains("minisign -Vm bundle.json -P " + sender.minisignPublicKeyText().toLatin1()));
        QVERIFY(readme.contains(sender.fingerprint().toDisplayString().toLatin1()));
        QCOMPARE(share.member(QStringLiteral("signer.pub")), sender.minisignPublicKey().toFileText());
    }

    void severalRecipientsEachOpenIt()
    {
        TemporaryVault third;
        const ShareContent content = allContent();
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        const VaultIdentity other = VaultIdentity::load(third.db());
        writer.writeForRecipients(content,
                                  {ShareRecipient::fromText(recipientKey().toString()),
                                   ShareRecipient::fromText(other.ageRecipient().toString())},
                                  path(QStringLiteral("two.carnet-share")));
        const QByteArray file = testsupport::readFile(path(QStringLiteral("two.carnet-share")));
        QCOMPARE(recipientReader().openBytes(file).manifest.recipientFingerprints.size(), 2);
        SharePackageReader otherReader;
        otherReader.addIdentity(other.ageIdentity().clone());
        QCOMPARE(otherReader.openBytes(file).view.entries.size(), std::size_t(3));
    }

    void roundTripToAPassphrase()
    {
        const SecretBytes passphrase = OneTimePassphrase::generate();
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        const QString file = path(QStringLiteral("pass.carnet-share"));
        const auto result = writer.writeForPassphrase(allContent(), passphrase, file);
        QCOMPARE(result.recipientFingerprints, QStringList{QStringLiteral("passphrase")});
        QVERIFY(testsupport::readFile(file).contains("-> scrypt "));

        SharePackageReader reader;
        reader.setPassphrase(passphrase);
        const OpenedShare share = reader.open(file);
        QCOMPARE(share.manifest.exportId, result.exportId);
        QCOMPARE(share.manifest.recipientFingerprints, QStringList{QStringLiteral("passphrase")});
        QVERIFY(share.member(QStringLiteral("README.txt")).contains("one-time passphrase"));
        QCOMPARE(share.view.entries.size(), std::size_t(3));

        SharePackageReader wrong;
        wrong.setPassphrase(SecretBytes::copyOf(QByteArray("orbit-crane-velvet-tiny-harbor-lunch")));
        try {
            wrong.open(file);
            QFAIL("opened with a wrong passphrase");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::WrongSecret);
        }
        // A key where a passphrase is needed is a wrong secret too, not damage.
        QCOMPARE(openError(testsupport::readFile(file)), ShareError::Kind::WrongSecret);
    }

    void oneTimePassphrasesAreWordsWithEnoughEntropy()
    {
        QVERIFY(OneTimePassphrase::entropyBits() >= 64);
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const SecretBytes secret = OneTimePassphrase::generate();
            const QString text = QString::fromLatin1(secret.chars(), static_cast<qsizetype>(secret.size()));
            const QStringList words = text.split(QLatin1Char(OneTimePassphrase::Separator));
            QCOMPARE(words.size(), OneTimePassphrase::DefaultWords);
            for (const QString& word : words)
                QVERIFY2(OneTimePassphrase::isWord(word), qPrintable(word));
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 50);
        QSet<QString> list;
        for (int i = 0; i < OneTimePassphrase::WordCount; ++i)
            list.insert(QString::fromLatin1(OneTimePassphrase::word(i)));
        QCOMPARE(list.size(), OneTimePassphrase::WordCount);
        QVERIFY(OneTimePassphrase::word(OneTimePassphrase::WordCount) == nullptr);
    }

    void redactionRemovesIdentifiers()
    {
        ShareContent content = allContent();
        const auto findings = content.findIdentifiers(ShareContent::scannerFor(m_sender->db()));
        QSet<IdentifierScanner::Category> categories;
        for (const auto& finding : findings)
            categories.insert(finding.match.category);
        QVERIFY(categories.contains(IdentifierScanner::Category::Phone));
        QVERIFY(categories.contains(IdentifierScanner::Category::Email));
        content.redact(findings);
        QVERIFY(!content.entries[1].body.contains(QLatin1String(ShareSamples::Phone)));

        const QByteArray file = writeToRecipient(content, QStringLiteral("redacted.carnet-share"));
        const OpenedShare share = recipientReader().openBytes(file);
        const QString body = share.view.entries[1].body;
        QVERIFY(!body.contains(QLatin1String(ShareSamples::Phone)));
        QVERIFY(!body.contains(QLatin1String(ShareSamples::Email)));
        QVERIFY(body.contains(QLatin1String("[phone number removed]")));
        for (const TarArchive::Member& member : share.members) {
            QVERIFY2(!member.data.contains(ShareSamples::Phone), qPrintable(member.path));
            QVERIFY2(!member.data.contains(ShareSamples::Email), qPrintable(member.path));
        }
        // The vault keeps what the patient wrote.
        QCOMPARE(JournalRepository(m_sender->db()).get(m_samples.entryIds[1]).body, m_samples.bodies[1]);
    }

    void logsTheDisclosureAndTheAudit()
    {
        const qint64 before = DisclosureLog(m_sender->db()).count();
        SharePackageWriter::Result result;
        const QByteArray file = writeToRecipient(allContent(), QStringLiteral("logged.carnet-share"), &result);
        QCOMPARE(DisclosureLog(m_sender->db()).count(), before + 1);
        const DisclosureLog::Disclosure row = DisclosureLog(m_sender->db()).list().front();
        QCOMPARE(row.exportId, result.exportId);
        QCOMPARE(row.packageSha256.toLatin1(), sha256Hex(file));
        QCOMPARE(row.fileName, QStringLiteral("logged.carnet-share"));
        QCOMPARE(row.itemCount, 6);
        QCOMPARE(row.recipients.size(), std::size_t(1));
        QCOMPARE(row.recipients[0].kind, QStringLiteral("age-recipient"));
        QCOMPARE(row.recipients[0].fingerprint, VaultIdentity::fingerprintOfRecipient(recipientKey()).toDisplayString());
        QCOMPARE(row.items.value(QStringLiteral("journal")).toArray().size(), 3);
        QVERIFY(row.items.value(QStringLiteral("medications")).toBool());

        const auto entries = m_sender->vault().auditLog().entries();
        const AuditLog::Entry& last = entries.back();
        QCOMPARE(last.event, QStringLiteral("share_exported"));
        QCOMPARE(last.detail, QStringLiteral("export_id=%1 items=6").arg(result.exportId));
        QVERIFY(m_sender->vault().auditLog().verify().ok);

        const QFile::Permissions permissions = QFileInfo(path(QStringLiteral("logged.carnet-share"))).permissions();
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                 | QFileDevice::WriteOther)));
    }

    void nothingIsLoggedWhenTheFileCannotBeWritten()
    {
        const qint64 before = DisclosureLog(m_sender->db()).count();
        const qint64 audits = m_sender->vault().auditLog().count();
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        try {
            writer.writeForRecipients(allContent(), {ShareRecipient::fromText(recipientKey().toString())},
                                      path(QStringLiteral("no-such-folder/x.carnet-share")));
            QFAIL("wrote into a missing folder");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Io);
        }
        QCOMPARE(DisclosureLog(m_sender->db()).count(), before);
        QCOMPARE(m_sender->vault().auditLog().count(), audits);
    }

    void everySingleByteFlipIsRefused()
    {
        TemporaryVault tiny;
        ShareSamples::addTinyEntry(tiny.db());
        ShareSelection selection;
        selection.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        const ShareContent content = ShareContent::collect(tiny.db(), selection);
        SharePackageWriter writer(tiny.vault(), TestScryptLogN);
        writer.writeForRecipients(content, {ShareRecipient::fromText(recipientKey().toString())},
                                  path(QStringLiteral("tiny.carnet-share")));
        const QByteArray file = testsupport::readFile(path(QStringLiteral("tiny.carnet-share")));
        const SharePackageReader reader = recipientReader();
        QCOMPARE(reader.openBytes(file).view.entries.size(), std::size_t(1));
        qInfo("flipping each of %lld bytes", static_cast<long long>(file.size()));

        QMap<ShareError::Kind, int> kinds;
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray flipped = file;
            flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
            try {
                reader.openBytes(flipped);
                QFAIL(qPrintable(QStringLiteral("a flip at byte %1 still opened").arg(i)));
            } catch (const ShareError& error) {
                ++kinds[error.kind()];
            } catch (const AgeError&) {
                ++kinds[ShareError::Kind::Malformed];
            }
        }
        // Most flips land in the payload (damage); flips inside the recipient stanza read as "not for this key".
        QVERIFY(kinds.value(ShareError::Kind::Malformed) > file.size() / 2);
        QCOMPARE(kinds.value(ShareError::Kind::BadSignature), 0); // authenticated encryption catches them first
    }

    void truncationIsRefused()
    {
        TemporaryVault tiny;
        ShareSamples::addTinyEntry(tiny.db());
        ShareSelection selection;
        selection.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        SharePackageWriter writer(tiny.vault(), TestScryptLogN);
        writer.writeForRecipients(ShareContent::collect(tiny.db(), selection),
                                  {ShareRecipient::fromText(recipientKey().toString())},
                                  path(QStringLiteral("cut.carnet-share")));
        const QByteArray file = testsupport::readFile(path(QStringLiteral("cut.carnet-share")));
        const qsizetype headerEnd = file.indexOf("\n---") + 1;
        const qsizetype payload = file.indexOf('\n', headerEnd) + 1;
        QVERIFY(headerEnd > 0 && payload > headerEnd);
        for (const qsizetype length : {qsizetype(0), qsizetype(1), qsizetype(21), headerEnd, payload, payload + 16,
                                       payload + 17, file.size() / 2, file.size() - 17, file.size() - 16,
                                       file.size() - 1}) {
            const ShareError::Kind kind = openError(file.left(length));
            QVERIFY2(kind == ShareError::Kind::Malformed, qPrintable(QStringLiteral("cut at %1").arg(length)));
        }
    }

    void aPackageForAnotherKeyIsAWrongKey()
    {
        TemporaryVault stranger;
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        writer.writeForRecipients(
            allContent(), {ShareRecipient::fromText(VaultIdentity::load(stranger.db()).ageRecipient().toString())},
            path(QStringLiteral("stranger.carnet-share")));
        const QByteArray file = testsupport::readFile(path(QStringLiteral("stranger.carnet-share")));
        QCOMPARE(openError(file), ShareError::Kind::WrongSecret);
    }

    void aReplayedExportIdIsFlagged()
    {
        SharePackageWriter::Result result;
        const QByteArray file = writeToRecipient(allContent(), QStringLiteral("replay.carnet-share"), &result);
        SharePackageReader verifyOnly = recipientReader();
        verifyOnly.setVault(m_recipient->db(), false);
        QVERIFY(!verifyOnly.openBytes(file).replayed); // verifying does not remember it
        const SharePackageReader reader = recipientReader(true);
        const OpenedShare first = reader.openBytes(file);
        QVERIFY(!first.replayed);
        const OpenedShare second = reader.openBytes(file);
        QVERIFY(second.replayed);
        QVERIFY(second.firstSeen.isValid());
        QVERIFY(second.firstSeen <= QDateTime::currentDateTimeUtc());
        QCOMPARE(second.view.entries.size(), first.view.entries.size()); // flagged, not refused
        QVERIFY(verifyOnly.openBytes(file).replayed);
    }

    void pinnedAndUnpinnedSigners()
    {
        const QByteArray file = writeToRecipient(allContent(), QStringLiteral("pin.carnet-share"));
        const VaultIdentity sender = VaultIdentity::load(m_sender->db());

        OpenedShare share = recipientReader().openBytes(file);
        QVERIFY(!share.signerPinned);
        QVERIFY(share.signerName.isEmpty());
        QCOMPARE(share.signerFingerprint, sender.fingerprint().toDisplayString());

        SharePackageReader expecting = recipientReader();
        expecting.setExpectedSigner(sender.minisignPublicKey(), QStringLiteral("Ana"));
        share = expecting.openBytes(file);
        QVERIFY(share.signerPinned);
        QCOMPARE(share.signerName, QStringLiteral("Ana"));

        SharePackageReader expectingAnother = recipientReader();
        expectingAnother.setExpectedSigner(VaultIdentity::load(m_recipient->db()).minisignPublicKey());
        QCOMPARE(openError(file, expectingAnother), ShareError::Kind::BadSignature);

        // A care-team member with the sender's key: named, and pinned only once the patient pinned it.
        CareTeamRepository team(m_recipient->db());
        CareTeamMember member;
        member.name = QStringLiteral("Ana Lima");
        member.minisignKey = sender.minisignPublicKeyText();
        const std::int64_t id = team.add(member);
        share = recipientReader(true).openBytes(file);
        QCOMPARE(share.signerName, QStringLiteral("Ana Lima"));
        QVERIFY(!share.signerPinned);
        team.setPinned(id, true);
        share = recipientReader(true).openBytes(file);
        QVERIFY(share.signerPinned);
        team.purge(id);

        // A package from this very vault to itself names it.
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        writer.writeForRecipients(allContent(), {ShareRecipient::fromText(sender.ageRecipient().toString())},
                                  path(QStringLiteral("self.carnet-share")));
        SharePackageReader own;
        own.addIdentity(sender.ageIdentity().clone());
        own.setVault(m_sender->db());
        share = own.open(path(QStringLiteral("self.carnet-share")));
        QVERIFY(share.signerPinned);
        QCOMPARE(share.signerName, QStringLiteral("this vault"));
    }

    void aTarWithEscapingPathsIsRefused()
    {
        const auto archive = archiveFor(allContent());
        for (const char* hostile : {"../evil.txt", "/etc/cron.d/x", "a/../../b"}) {
            std::vector<TarArchive::Member> members = archive.members;
            members.push_back({QString::fromLatin1(hostile), QByteArray("boom")});
            const QByteArray file = encryptForRecipient(rawTar(members));
            QCOMPARE(openError(file), ShareError::Kind::UnsafeContent);
        }
        std::vector<TarArchive::Member> duplicated = archive.members;
        duplicated.push_back(archive.members.front());
        QCOMPARE(openError(encryptForRecipient(rawTar(duplicated))), ShareError::Kind::UnsafeContent);
        // The same members, properly written, open: the refusal is about the paths alone.
        QCOMPARE(openError(encryptForRecipient(rawTar(archive.members))), ShareError::Kind::Io);
    }

    void missingOrExtraMembersAreRefused()
    {
        const auto archive = archiveFor(allContent());
        for (const QString& name : SharePackage::memberNames()) {
            std::vector<TarArchive::Member> members;
            for (const TarArchive::Member& member : archive.members) {
                if (member.path != name)
                    members.push_back(member);
            }
            QVERIFY2(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created)))
                         == ShareError::Kind::Malformed,
                     qPrintable(name));
        }
        std::vector<TarArchive::Member> extra = archive.members;
        extra.push_back({QStringLiteral("notes.txt"), QByteArray("unsigned")});
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(extra, archive.manifest.created))),
                 ShareError::Kind::Malformed);
        QCOMPARE(openError(encryptForRecipient(QByteArray("not a tar at all"))), ShareError::Kind::Malformed);
    }

    void anOversizeMemberIsRefused()
    {
        const auto archive = archiveFor(allContent());
        std::vector<TarArchive::Member> members = archive.members;
        find(members, QStringLiteral("summary.html"))->data = QByteArray(SharePackage::MaxMemberBytes + 1, ' ');
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::TooLarge);
        QCOMPARE(openError(QByteArray(SharePackage::MaxPackageBytes + 1, 'a')), ShareError::Kind::TooLarge);
    }

    void anUnknownFormatVersionIsRefused()
    {
        const auto archive = archiveFor(allContent());
        ShareManifest newer = archive.manifest;
        newer.format = 2;
        const VaultIdentity sender = VaultIdentity::load(m_sender->db());
        const auto members = SharePackageWriter::signMembers(sender.minisignKeyPair(), newer, unsignedFiles(archive));
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, newer.created))),
                 ShareError::Kind::UnsupportedVersion);
    }

    void badSignaturesAreRefused()
    {
        const auto archive = archiveFor(allContent());
        const VaultIdentity sender = VaultIdentity::load(m_sender->db());

        // One byte of bundle.json changed after signing (re-encrypted, so only the signature can tell).
        std::vector<TarArchive::Member> members = archive.members;
        QByteArray& bundle = find(members, QStringLiteral("bundle.json"))->data;
        bundle.replace("Metformin", "Metformix");
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::BadSignature);

        // A signature that is not a signature.
        members = archive.members;
        find(members, QStringLiteral("README.txt.minisig"))->data = "untrusted comment: x\nnope\n";
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::BadSignature);

        // A valid legacy ("Ed", not prehashed) signature by the right key: the format signs prehashed only.
        members = archive.members;
        const QByteArray readme = find(members, QStringLiteral("README.txt"))->data;
        const QByteArray comment = archive.manifest.trustedComment(QStringLiteral("README.txt"));
        const SigningKeyPair& signing = sender.minisignKeyPair().signingKey();
        const QByteArray legacy = signing.signDetached(readme);
        find(members, QStringLiteral("README.txt.minisig"))->data =
            "untrusted comment: legacy\n" + (QByteArray("Ed") + sender.minisignKeyPair().keyId() + legacy).toBase64()
            + "\ntrusted comment: " + comment + '\n' + signing.signDetached(legacy + comment).toBase64() + '\n';
        QVERIFY(sender.minisignPublicKey().verify(readme, MinisignSignature::parse(
                    find(members, QStringLiteral("README.txt.minisig"))->data)) == comment);
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::BadSignature);

        // A package another vault made: it verifies with its own key, unpinned, and is refused when the sender's
        // key is expected.
        TemporaryVault forger;
        ShareSamples::addTinyEntry(forger.db());
        ShareSelection selection;
        selection.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        SharePackageWriter forgerWriter(forger.vault(), TestScryptLogN);
        forgerWriter.writeForRecipients(ShareContent::collect(forger.db(), selection),
                                        {ShareRecipient::fromText(recipientKey().toString())},
                                        path(QStringLiteral("forger.carnet-share")));
        const QByteArray forgedFile = testsupport::readFile(path(QStringLiteral("forger.carnet-share")));
        const VaultIdentity forgerIdentity = VaultIdentity::load(forger.db());
        const OpenedShare unpinned = recipientReader().openBytes(forgedFile);
        QVERIFY(!unpinned.signerPinned);
        QCOMPARE(unpinned.signerFingerprint, forgerIdentity.fingerprint().toDisplayString());
        SharePackageReader expecting = recipientReader();
        expecting.setExpectedSigner(sender.minisignPublicKey());
        QCOMPARE(openError(forgedFile, expecting), ShareError::Kind::BadSignature);

        // The sender's files re-signed by that other key, signer.pub swapped to match: the signatures hold, but the
        // bundle's Provenance still names the sender.
        ShareManifest resigned = archive.manifest;
        resigned.signerFingerprint = forgerIdentity.fingerprint().toDisplayString();
        std::vector<TarArchive::Member> files = unsignedFiles(archive);
        find(files, QStringLiteral("signer.pub"))->data = forgerIdentity.minisignPublicKey().toFileText();
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(
                     SharePackageWriter::signMembers(forgerIdentity.minisignKeyPair(), resigned, files),
                     resigned.created))),
                 ShareError::Kind::Malformed);

        // A trusted comment naming another signer than the key that made it.
        ShareManifest lying = archive.manifest;
        lying.signerFingerprint = forgerIdentity.fingerprint().toDisplayString();
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(
                     SharePackageWriter::signMembers(sender.minisignKeyPair(), lying, unsignedFiles(archive)),
                     lying.created))),
                 ShareError::Kind::BadSignature);
    }

    void signedDataMustAgree()
    {
        const auto archive = archiveFor(allContent());
        const VaultIdentity sender = VaultIdentity::load(m_sender->db());
        // summary.html signed under another export id.
        ShareManifest other = archive.manifest;
        other.exportId = ShareManifest::newExportId();
        std::vector<TarArchive::Member> members = archive.members;
        const auto resigned = SharePackageWriter::signMembers(sender.minisignKeyPair(), other,
                                                              {*find(members, QStringLiteral("summary.html"))});
        find(members, QStringLiteral("summary.html.minisig"))->data = resigned.at(1).data;
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::Malformed);

        // A signature moved onto another file names the file it was made for.
        members = archive.members;
        std::swap(find(members, QStringLiteral("summary.html"))->data, find(members, QStringLiteral("README.txt"))->data);
        std::swap(find(members, QStringLiteral("summary.html.minisig"))->data,
                  find(members, QStringLiteral("README.txt.minisig"))->data);
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(members, archive.manifest.created))),
                 ShareError::Kind::Malformed);

        // An item count that does not match the bundle.
        ShareManifest miscount = archive.manifest;
        miscount.itemCount += 1;
        QCOMPARE(openError(encryptForRecipient(TarArchive::write(
                     SharePackageWriter::signMembers(sender.minisignKeyPair(), miscount, unsignedFiles(archive)),
                     miscount.created))),
                 ShareError::Kind::Malformed);
    }

    // The worked example of docs/share-format.md, kept in tests/data/share: packages already handed out must keep
    // opening.
    void opensTheFormatExample()
    {
        const QString folder = testsupport::testDataDir() + QStringLiteral("/share/");
        const QJsonObject expected =
            QJsonDocument::fromJson(testsupport::readFile(folder + QStringLiteral("example.json"))).object();
        const auto identities = AgeIdentity::parseIdentityFile(
            SecretBytes::copyOf(testsupport::readFile(folder + QStringLiteral("example-provider-key.txt"))));
        QVERIFY(identities.has_value());
        const QByteArray file = testsupport::readFile(folder + QStringLiteral("example.carnet-share"));
        QCOMPARE(sha256Hex(file), expected.value(QStringLiteral("sha256")).toString().toLatin1());

        SharePackageReader reader;
        reader.addIdentity(identities->front().clone());
        reader.setExpectedSigner(MinisignPublicKey::parse(expected.value(QStringLiteral("signer_key")).toString().toLatin1()));
        const OpenedShare share = reader.openBytes(file);
        QVERIFY(share.signerPinned);
        QCOMPARE(share.manifest.exportId, expected.value(QStringLiteral("export_id")).toString());
        QCOMPARE(share.manifest.created, QDateTime::fromString(expected.value(QStringLiteral("created")).toString(), Qt::ISODate));
        QCOMPARE(share.signerFingerprint, expected.value(QStringLiteral("signer_fingerprint")).toString());
        QCOMPARE(share.manifest.itemCount, expected.value(QStringLiteral("items")).toInt());
        QCOMPARE(share.manifest.recipientFingerprints.size(), 2);
        QCOMPARE(share.view.patientName, expected.value(QStringLiteral("patient")).toString());
        QCOMPARE(share.view.entries.size(), std::size_t(1));
        QCOMPARE(share.view.entries[0].title, expected.value(QStringLiteral("entry_title")).toString());
        QCOMPARE(share.view.entries[0].body, expected.value(QStringLiteral("entry_body")).toString());
        QCOMPARE(share.view.entries[0].date,
                 QDateTime::fromString(expected.value(QStringLiteral("entry_date")).toString(), Qt::ISODate));
        QCOMPARE(share.view.entries[0].tags, QStringList{QStringLiteral("bp")});
        // Not for this test vault's key.
        QCOMPARE(openError(file), ShareError::Kind::WrongSecret);
    }

    void refusesWithoutAnyKey()
    {
        const QByteArray file = writeToRecipient(allContent(), QStringLiteral("nokey.carnet-share"));
        QCOMPARE(openError(file, SharePackageReader()), ShareError::Kind::Invalid);
        QVERIFY_THROWS_EXCEPTION(ShareError, recipientReader().open(path(QStringLiteral("does-not-exist"))));
    }
};

QTEST_GUILESS_MAIN(TestSharePackage)
#include "TestSharePackage.moc"
