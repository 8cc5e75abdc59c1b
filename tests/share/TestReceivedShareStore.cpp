#include "AuditLog.h"
#include "CareTeamRepository.h"
#include "Database.h"
#include "OneTimePassphrase.h"
#include "ReceivedShareListModel.h"
#include "ReceivedShareStore.h"
#include "ReceivingVault.h"
#include "RecordError.h"
#include "ShareError.h"
#include "SharePackageProbe.h"
#include "SharePackageReader.h"
#include "SharePackageWriter.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

constexpr int TestScryptLogN = 10;

int countEvents(AuditLog& log, const char* event)
{
    int n = 0;
    for (const AuditLog::Entry& entry : log.entries()) {
        if (entry.event == QLatin1String(event))
            ++n;
    }
    return n;
}

} // namespace

// Kept shares ("Shared with me"): what is stored, how it reads back, how the signer is named, and the list model.
class TestReceivedShareStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryVault> m_sender;
    std::unique_ptr<TemporaryVault> m_recipient;
    ShareSamples m_samples;
    int m_files = 0;

    ShareContent allContent() const
    {
        ShareSelection selection;
        selection.entryIds = m_samples.entryIds;
        selection.medications = selection.insurance = selection.appointments = true;
        return ShareContent::collect(m_sender->db(), selection);
    }

    ShareContent journalOnly() const
    {
        ShareSelection selection;
        selection.entryIds = {m_samples.entryIds[0]};
        return ShareContent::collect(m_sender->db(), selection);
    }

    QString writeToRecipient(const ShareContent& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("share-%1.carnet-share").arg(++m_files));
        SharePackageWriter writer(m_sender->vault(), TestScryptLogN);
        const AgeRecipient key = VaultIdentity::load(m_recipient->db()).ageRecipient();
        writer.writeForRecipients(content, {ShareRecipient::fromText(key.toString())}, path);
        return path;
    }

    OpenedShare openInRecipient(const QString& path)
    {
        SharePackageReader reader;
        reader.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
        OpenedShare share = reader.open(path);
        ReceivingVault(m_recipient->db()).recognise(share);
        return share;
    }

    void removeAll()
    {
        ReceivedShareStore store(m_recipient->vault());
        for (const ReceivedShareStore::Summary& s : store.list())
            store.remove(s.id);
    }

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

    void cleanup() { removeAll(); }

    void keepsTheVerifiedBundleAndReadsItBack()
    {
        const OpenedShare share = openInRecipient(writeToRecipient(allContent()));
        ReceivedShareStore store(m_recipient->vault());
        AuditLog& audit = m_recipient->vault().auditLog();
        const int keptBefore = countEvents(audit, ReceivedShareStore::KeptEvent);
        QCOMPARE(store.count(), 0);
        QVERIFY(!store.findByExportId(share.manifest.exportId));

        const std::int64_t id = store.keep(share);
        QVERIFY(id > 0);
        QCOMPARE(store.findByExportId(share.manifest.exportId), std::optional<std::int64_t>(id));
        QCOMPARE(countEvents(audit, ReceivedShareStore::KeptEvent), keptBefore + 1);
        // The audit detail names the export, never what it holds.
        const QString detail = audit.entries().back().detail;
        QVERIFY(detail.contains(share.manifest.exportId));
        QVERIFY(!detail.contains(QLatin1String(ShareSamples::PatientName)));
        QVERIFY(!detail.contains(QStringLiteral("Metformin")));

        // Stored byte for byte.
        Statement raw = m_recipient->db().prepare(QStringLiteral("SELECT bundle FROM received_shares WHERE id = ?"));
        raw.bind(1, id);
        QVERIFY(raw.step());
        QCOMPARE(raw.blob(0), share.member(QStringLiteral("bundle.json")));

        // From the vault, after locking.
        m_recipient->lock();
        m_recipient->reopen();
        ReceivedShareStore reopened(m_recipient->vault());
        const ReceivedShareStore::Share kept = reopened.load(id);
        QCOMPARE(kept.summary.id, id);
        QCOMPARE(kept.manifest.exportId, share.manifest.exportId);
        QVERIFY(kept.manifest.sameAs(share.manifest));
        QCOMPARE(kept.summary.created, share.manifest.created);
        QCOMPARE(kept.summary.itemCount, 6);
        QCOMPARE(kept.summary.signerFingerprint, share.signerFingerprint);
        QVERIFY(!kept.summary.signerPinned);
        QVERIFY(kept.summary.receivedAt.isValid());
        QCOMPARE(kept.view.patientName, QLatin1String(ShareSamples::PatientName));
        QCOMPARE(kept.view.entries.size(), std::size_t(3));
        QCOMPARE(kept.view.entries[1].title, m_samples.titles[1]);
        QCOMPARE(kept.view.entries[0].body, m_samples.bodies[0]);
        QCOMPARE(kept.view.medications.size(), std::size_t(1));
        QCOMPARE(kept.view.coverages.size(), std::size_t(1));
        QCOMPARE(kept.view.appointments.size(), std::size_t(1));
    }

    void keepingTheSameExportTwiceKeepsOneCopy()
    {
        const QString path = writeToRecipient(journalOnly());
        const OpenedShare first = openInRecipient(path);
        const OpenedShare again = openInRecipient(path);
        QVERIFY(again.replayed);
        ReceivedShareStore store(m_recipient->vault());
        const int keptBefore = countEvents(m_recipient->vault().auditLog(), ReceivedShareStore::KeptEvent);
        const std::int64_t id = store.keep(first);
        QCOMPARE(store.keep(again), id);
        QCOMPARE(store.count(), 1);
        QCOMPARE(countEvents(m_recipient->vault().auditLog(), ReceivedShareStore::KeptEvent), keptBefore + 1);
    }

    void listsNewestFirstWithCountsAndDates()
    {
        ReceivedShareStore store(m_recipient->vault());
        const OpenedShare older = openInRecipient(writeToRecipient(journalOnly()));
        const std::int64_t olderId = store.keep(older);
        QTest::qWait(1100); // received_at has whole seconds
        const OpenedShare newer = openInRecipient(writeToRecipient(allContent()));
        const std::int64_t newerId = store.keep(newer);
        const auto list = store.list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].id, newerId);
        QCOMPARE(list[0].itemCount, 6);
        QCOMPARE(list[0].created, newer.manifest.created);
        QCOMPARE(list[0].exportId, newer.manifest.exportId);
        QCOMPARE(list[1].id, olderId);
        QCOMPARE(list[1].itemCount, 1);
        QVERIFY(list[0].receivedAt > list[1].receivedAt);
        QVERIFY(!list[0].signerPinned);
        QVERIFY(list[0].signerName.isEmpty());
    }

    void theSignerFollowsTheCareTeam()
    {
        const OpenedShare share = openInRecipient(writeToRecipient(journalOnly()));
        QVERIFY(!share.signerPinned);
        ReceivedShareStore store(m_recipient->vault());
        const std::int64_t id = store.keep(share);

        CareTeamRepository team(m_recipient->db());
        CareTeamMember member;
        member.name = QStringLiteral("Dr. Sender");
        member.minisignKey = VaultIdentity::load(m_sender->db()).minisignPublicKeyText();
        const std::int64_t memberId = team.add(member);
        ReceivedShareStore::Summary summary = store.list().front();
        QCOMPARE(summary.signerName, QStringLiteral("Dr. Sender"));
        QVERIFY(!summary.signerPinned);

        team.setPinned(memberId, true);
        summary = store.list().front();
        QVERIFY(summary.signerPinned);
        QVERIFY(store.load(id).summary.signerPinned);
        QCOMPARE(store.load(id).summary.signerName, QStringLiteral("Dr. Sender"));

        team.setPinned(memberId, false);
        QVERIFY(!store.load(id).summary.signerPinned);
        team.purge(memberId);
        QVERIFY(!store.list().front().signerPinned);
    }

    // ReceivingVault does on the UI thread what SharePackageReader::setVault does inside open(): same names, same
    // pins, same replay flags.
    void recognitionMatchesTheReadersOwn()
    {
        CareTeamRepository team(m_recipient->db());
        CareTeamMember member;
        member.name = QStringLiteral("Ana Lima");
        member.minisignKey = VaultIdentity::load(m_sender->db()).minisignPublicKeyText();
        const std::int64_t memberId = team.add(member);
        for (const bool pinned : {false, true}) {
            team.setPinned(memberId, pinned);
            const QString path = writeToRecipient(journalOnly());
            SharePackageReader reader;
            reader.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
            reader.setVault(m_recipient->db(), false);
            const OpenedShare byReader = reader.open(path);

            SharePackageReader plain;
            plain.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
            OpenedShare recognised = plain.open(path);
            QVERIFY(recognised.signerName.isEmpty());
            ReceivingVault(m_recipient->db()).recognise(recognised);
            QCOMPARE(recognised.signerName, byReader.signerName);
            QCOMPARE(recognised.signerPinned, byReader.signerPinned);
            QCOMPARE(recognised.signerPinned, pinned);
            QVERIFY(!recognised.replayed);

            // Remembered now: the reader and a second recognition both call it a replay.
            const OpenedShare replayedByReader = reader.open(path);
            QVERIFY(replayedByReader.replayed);
            OpenedShare second = plain.open(path);
            ReceivingVault(m_recipient->db()).recognise(second);
            QVERIFY(second.replayed);
            QCOMPARE(second.firstSeen, replayedByReader.firstSeen);
        }
        team.purge(memberId);

        // Without remembering, a new export stays new.
        const QString path = writeToRecipient(journalOnly());
        SharePackageReader plain;
        plain.addIdentity(VaultIdentity::load(m_recipient->db()).ageIdentity().clone());
        OpenedShare share = plain.open(path);
        ReceivingVault(m_recipient->db()).recognise(share, false);
        QVERIFY(!ReceivingVault(m_recipient->db()).firstSeen(share.manifest.exportId));

        // A share from this vault to itself is its own, pinned.
        const VaultIdentity own = VaultIdentity::load(m_recipient->db());
        const QString self = m_dir.filePath(QStringLiteral("self.carnet-share"));
        SharePackageWriter(m_recipient->vault(), TestScryptLogN)
            .writeForRecipients(journalOnly(), {ShareRecipient::fromText(own.ageRecipient().toString())}, self);
        SharePackageReader ownReader;
        ownReader.addIdentity(own.ageIdentity().clone());
        OpenedShare mine = ownReader.open(self);
        ReceivingVault(m_recipient->db()).recognise(mine);
        QVERIFY(mine.signerPinned);
        QCOMPARE(mine.signerName, QStringLiteral("this vault"));
    }

    void refusesWhatDidNotVerify()
    {
        OpenedShare share = openInRecipient(writeToRecipient(journalOnly()));
        ReceivedShareStore store(m_recipient->vault());

        OpenedShare altered = share;
        for (TarArchive::Member& m : altered.members) {
            if (m.path == QLatin1String("bundle.json"))
                m.data.replace("Blood pressure", "Blood pleasure");
        }
        try {
            store.keep(altered);
            QFAIL("an altered bundle was kept");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::BadSignature);
        }

        OpenedShare otherKey = share;
        otherKey.signerKey = VaultIdentity::load(m_recipient->db()).minisignPublicKeyText();
        QVERIFY_THROWS_EXCEPTION(ShareError, store.keep(otherKey));

        OpenedShare empty = share;
        empty.members.clear();
        try {
            store.keep(empty);
            QFAIL("a share without members was kept");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Invalid);
        }
        QCOMPARE(store.count(), 0);
    }

    void removeIsFinalAndAudited()
    {
        ReceivedShareStore store(m_recipient->vault());
        const OpenedShare share = openInRecipient(writeToRecipient(journalOnly()));
        const std::int64_t id = store.keep(share);
        AuditLog& audit = m_recipient->vault().auditLog();
        const int removedBefore = countEvents(audit, ReceivedShareStore::RemovedEvent);
        store.remove(id);
        QCOMPARE(store.count(), 0);
        QCOMPARE(countEvents(audit, ReceivedShareStore::RemovedEvent), removedBefore + 1);
        QVERIFY(audit.entries().back().detail.contains(share.manifest.exportId));
        QVERIFY(audit.verify().ok);
        // The export id stays seen: the same file opened again is still flagged.
        QVERIFY(ReceivingVault(m_recipient->db()).firstSeen(share.manifest.exportId));

        try {
            store.remove(id);
            QFAIL("removed twice");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("No received share with id %1.").arg(id));
        }
        QVERIFY_THROWS_EXCEPTION(RecordError, store.load(424242));
    }

    void probeTellsPassphraseFromKeys()
    {
        const QString forKey = writeToRecipient(journalOnly());
        QCOMPARE(SharePackageProbe::lockOf(forKey), SharePackageProbe::Lock::Keys);
        const QString forPassphrase = m_dir.filePath(QStringLiteral("pass.carnet-share"));
        SharePackageWriter(m_sender->vault(), TestScryptLogN)
            .writeForPassphrase(journalOnly(), OneTimePassphrase::generate(), forPassphrase);
        QCOMPARE(SharePackageProbe::lockOf(forPassphrase), SharePackageProbe::Lock::Passphrase);
        QCOMPARE(SharePackageProbe::lockOfBytes(QByteArrayLiteral("not an age file")),
                 SharePackageProbe::Lock::Unknown);
        QCOMPARE(SharePackageProbe::lockOf(m_dir.filePath(QStringLiteral("missing"))),
                 SharePackageProbe::Lock::Unknown);
        QCOMPARE(SharePackageProbe::lockOfBytes(testsupport::readFile(forKey).left(40)),
                 SharePackageProbe::Lock::Unknown);
    }

    void listModel()
    {
        ReceivedShareListModel model(m_recipient->vault());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReceivedShareListModel::ColumnCount));
        QCOMPARE(model.headerData(ReceivedShareListModel::SignerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Signed by"));

        ReceivedShareStore store(m_recipient->vault());
        const OpenedShare share = openInRecipient(writeToRecipient(allContent()));
        const std::int64_t id = store.keep(share);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.rowOf(id + 1000), -1);
        const QModelIndex signer = model.index(0, ReceivedShareListModel::SignerColumn);
        QVERIFY(signer.data().toString().startsWith(QStringLiteral("Unknown signer (")));
        QVERIFY(signer.data().toString().contains(share.signerFingerprint.section(QLatin1Char(' '), 0, 1)));
        QVERIFY(signer.data(Qt::ToolTipRole).toString().contains(share.signerFingerprint));
        QCOMPARE(signer.data(ReceivedShareListModel::IdRole).toLongLong(), id);
        QCOMPARE(signer.data(ReceivedShareListModel::PinnedRole).toBool(), false);
        QCOMPARE(signer.data(ReceivedShareListModel::FingerprintRole).toString(), share.signerFingerprint);
        QCOMPARE(signer.data(ReceivedShareListModel::CreatedRole).toDateTime(), share.manifest.created);
        QCOMPARE(model.index(0, ReceivedShareListModel::ItemsColumn).data().toInt(), 6);
        QVERIFY(!model.index(0, ReceivedShareListModel::ReceivedColumn).data().toString().isEmpty());

        CareTeamRepository team(m_recipient->db());
        CareTeamMember member;
        member.name = QStringLiteral("Dr. Sender");
        member.minisignKey = VaultIdentity::load(m_sender->db()).minisignPublicKeyText();
        const std::int64_t memberId = team.add(member);
        model.reload();
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Dr. Sender (not pinned)"));
        team.setPinned(memberId, true);
        model.reload();
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Dr. Sender"));
        QCOMPARE(model.index(0, 0).data(ReceivedShareListModel::PinnedRole).toBool(), true);
        team.purge(memberId);

        store.remove(id);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceivedShareStore)
#include "TestReceivedShareStore.moc"
