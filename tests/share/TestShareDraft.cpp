// The share wizard's logic without a screen: selection, identifier choices, recipients, preview and the write.
#include "AgeIdentity.h"
#include "CareTeamRepository.h"
#include "DisclosureLog.h"
#include "JournalRepository.h"
#include "OneTimePassphrase.h"
#include "RecordError.h"
#include "ShareDraft.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "SharePackageReader.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"
#include "VaultIdentity.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

constexpr int TestScryptLogN = 10;

QString text(const SecretBytes& secret)
{
    return QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size()));
}

// The summary with what differs between two builds of the same content (export id and times) blanked out.
QString withoutIdAndTimes(const QByteArray& html)
{
    QString out = QString::fromUtf8(html);
    out.replace(QRegularExpression(QStringLiteral("[0-9a-f]{32}")), QStringLiteral("ID"));
    out.replace(QRegularExpression(QStringLiteral(R"(\d{4}-\d\d-\d\d \d\d:\d\d UTC)")), QStringLiteral("TIME"));
    return out;
}

} // namespace

class TestShareDraft : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    QTemporaryDir m_dir;
    ShareSamples m_samples;
    std::unique_ptr<AgeIdentity> m_doctorKey;
    std::int64_t m_doctor = 0;
    std::int64_t m_nurse = 0; // not pinned
    std::int64_t m_noKey = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::size_t findingWith(const ShareDraft& draft, const QString& text) const
    {
        for (std::size_t i = 0; i < draft.findings().size(); ++i) {
            if (draft.findings()[i].match.text == text)
                return i;
        }
        qFatal("no finding");
        return 0;
    }

    OpenedShare openAsDoctor(const QString& file) const
    {
        SharePackageReader reader;
        reader.addIdentity(m_doctorKey->clone());
        return reader.open(file);
    }

    // The sample entries (the second holds a phone number and an e-mail address) and the medication list.
    ShareSelection entriesAndMedications() const
    {
        ShareSelection selection;
        selection.entryIds = m_samples.entryIds;
        selection.medications = true;
        return selection;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<TemporaryVault>();
        m_samples = ShareSamples::fill(m_vault->db());
        m_doctorKey = std::make_unique<AgeIdentity>(AgeIdentity::generate());
        CareTeamRepository team(m_vault->db());
        CareTeamMember doctor;
        doctor.name = QStringLiteral("Dr. Claire Moreau");
        doctor.ageRecipient = m_doctorKey->recipient().toString();
        doctor.pinned = true;
        m_doctor = team.add(doctor);
        CareTeamMember nurse;
        nurse.name = QStringLiteral("Sam Home Nurse");
        nurse.role = QStringLiteral("caregiver");
        nurse.ageRecipient = AgeIdentity::generate().recipient().toString();
        m_nurse = team.add(nurse);
        CareTeamMember noKey;
        noKey.name = QStringLiteral("Front Desk");
        m_noKey = team.add(noKey);
    }

    void cleanupTestCase() { m_vault.reset(); }

    void collectsAndFindsIdentifiersWithoutRedactingThem()
    {
        ShareDraft draft(m_vault->vault());
        QVERIFY(!draft.selectsSomething());
        ShareSelection selection = entriesAndMedications();
        selection.entryIds.push_back(m_samples.entryIds.front()); // a repeat counts once
        draft.setSelection(selection);
        QVERIFY(draft.selectsSomething());
        QVERIFY(!draft.isCollected());
        draft.collect();
        QVERIFY(draft.isCollected());
        QCOMPARE(draft.content().entries.size(), std::size_t(3));
        QCOMPARE(draft.content().medications.size(), std::size_t(1));
        QCOMPARE(draft.itemCount(), 4);

        const std::size_t phone = findingWith(draft, QLatin1String(ShareSamples::Phone));
        const std::size_t email = findingWith(draft, QLatin1String(ShareSamples::Email));
        QCOMPARE(draft.findings()[phone].match.category, IdentifierScanner::Category::Phone);
        QCOMPARE(draft.findings()[email].match.category, IdentifierScanner::Category::Email);
        QCOMPARE(draft.entryOf(phone).id, m_samples.entryIds[1]);
        // Shown, not decided for the patient.
        QCOMPARE(draft.redactedCount(), 0);
        QVERIFY(!draft.isRedacted(phone));
        QVERIFY(draft.redactedContent().entries[1].body.contains(QLatin1String(ShareSamples::Phone)));

        // The body cut at its findings puts the pieces back together and marks each finding.
        const auto segments = draft.segments(draft.findings()[phone].entryIndex, ShareContent::Field::Body);
        QString joined;
        int marked = 0;
        for (const ShareDraft::Segment& segment : segments) {
            joined += segment.text;
            if (segment.finding >= 0) {
                ++marked;
                QCOMPARE(segment.text, draft.findings()[std::size_t(segment.finding)].match.text);
            }
        }
        QCOMPARE(joined, m_samples.bodies[1]);
        QVERIFY(marked >= 2);
    }

    void redactionChoicesSurviveCollectingAgain()
    {
        ShareDraft draft(m_vault->vault());
        draft.setSelection(entriesAndMedications());
        draft.collect();
        const std::size_t phone = findingWith(draft, QLatin1String(ShareSamples::Phone));
        draft.setRedacted(phone, true);
        QCOMPARE(draft.redactedCount(), 1);
        draft.setSelection(entriesAndMedications());
        draft.collect();
        QVERIFY(draft.isRedacted(findingWith(draft, QLatin1String(ShareSamples::Phone))));
        QCOMPARE(draft.redactedCount(), 1);

        draft.setAllRedacted(true);
        QCOMPARE(draft.redactedCount(), int(draft.findings().size()));
        const ShareContent all = draft.redactedContent();
        QVERIFY(!all.entries[1].body.contains(QLatin1String(ShareSamples::Email)));
        draft.setAllRedacted(false);
        QCOMPARE(draft.redactedCount(), 0);
        // Redaction never touches the vault.
        QCOMPARE(JournalRepository(m_vault->db()).get(m_samples.entryIds[1]).body, m_samples.bodies[1]);
    }

    void collectRefusesNothingAndDeletedEntries()
    {
        ShareDraft draft(m_vault->vault());
        draft.setSelection({});
        QVERIFY_THROWS_EXCEPTION(ShareError, draft.collect());
        QVERIFY(!draft.isCollected());
        QVERIFY_THROWS_EXCEPTION(ShareError, draft.previewHtml());
        QVERIFY_THROWS_EXCEPTION(ShareError, draft.write(path(QStringLiteral("never.carnet-share"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.carnet-share"))));

        JournalRepository journal(m_vault->db());
        const std::int64_t gone = ShareSamples::addTinyEntry(m_vault->db());
        journal.softDelete(gone);
        ShareSelection selection;
        selection.entryIds = {gone};
        draft.setSelection(selection);
        try {
            draft.collect();
            QFAIL("a deleted entry was collected");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
        }
        journal.purge(gone);
    }

    void redactedFindingLeavesKeptOneStays()
    {
        ShareDraft draft(m_vault->vault());
        draft.setSelection(entriesAndMedications());
        draft.collect();
        draft.setRedacted(findingWith(draft, QLatin1String(ShareSamples::Phone)), true);
        draft.setMemberChosen(m_doctor, true);
        QVERIFY(draft.recipientProblem().isEmpty());
        QCOMPARE(draft.unpinnedChosenMembers(), QStringList());
        const QByteArray preview = draft.previewHtml();
        QVERIFY(preview.contains("[phone number removed]"));
        QVERIFY(!preview.contains(ShareSamples::Phone));
        QVERIFY(preview.contains(ShareSamples::Email));

        const qint64 before = DisclosureLog(m_vault->db()).count();
        const QString file = path(QStringLiteral("redacted.carnet-share"));
        const ShareDraft::Written written = draft.write(file);
        QVERIFY(written.passphrase.isEmpty());
        QCOMPARE(written.result.path, file);
        QCOMPARE(written.result.itemCount, 4);
        QCOMPARE(written.result.size, QFileInfo(file).size());
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const OpenedShare share = openAsDoctor(file);
        QCOMPARE(share.view.entries.size(), std::size_t(3));
        const QString body = share.view.entries[1].body;
        QVERIFY2(body.contains(QStringLiteral("[phone number removed]")), qPrintable(body));
        QVERIFY(!body.contains(QLatin1String(ShareSamples::Phone)));
        QVERIFY(body.contains(QLatin1String(ShareSamples::Email)));
        QVERIFY(!share.member(QLatin1String(SharePackage::BundleFile)).contains(ShareSamples::Phone));
        QVERIFY(!share.member(QLatin1String(SharePackage::SummaryFile)).contains(ShareSamples::Phone));
        QCOMPARE(share.view.medications.size(), std::size_t(1));
        QVERIFY(!share.view.hasCoverageSection);
        // The preview was the summary that left, but for the export id and time.
        QCOMPARE(withoutIdAndTimes(share.member(QLatin1String(SharePackage::SummaryFile))), withoutIdAndTimes(preview));

        // One disclosure row, naming the member and what went.
        const std::vector<DisclosureLog::Disclosure> log = DisclosureLog(m_vault->db()).list();
        QCOMPARE(qint64(log.size()), before + 1);
        const DisclosureLog::Disclosure& row = log.front(); // newest first
        QCOMPARE(row.exportId, written.result.exportId);
        QCOMPARE(row.packageSha256, written.result.sha256);
        QCOMPARE(row.recipients.size(), std::size_t(1));
        QCOMPARE(row.recipients[0].label, QStringLiteral("Dr. Claire Moreau (care team)"));
        QCOMPARE(row.recipients[0].kind, QLatin1String(ShareRecipient::CareTeamKind));
        QCOMPARE(row.items.value(QStringLiteral("journal")).toArray().size(), 3);
        QVERIFY(row.items.value(QStringLiteral("medications")).toBool());
        QCOMPARE(row.fileName, QStringLiteral("redacted.carnet-share"));
        // The vault still holds the phone number.
        QCOMPARE(JournalRepository(m_vault->db()).get(m_samples.entryIds[1]).body, m_samples.bodies[1]);
    }

    void recipientsAreValidated()
    {
        ShareDraft draft(m_vault->vault());
        QCOMPARE(draft.careTeam().size(), std::size_t(2)); // the member without an age key cannot receive
        QCOMPARE(draft.careTeamWithoutKeyCount(), 1);
        draft.setSelection(entriesAndMedications());
        draft.collect();
        QVERIFY(draft.recipientProblem().contains(QStringLiteral("Choose who can open")));
        QVERIFY(draft.recipients().empty());
        try {
            draft.write(path(QStringLiteral("nobody.carnet-share")));
            QFAIL("a share without a recipient was written");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Invalid);
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nobody.carnet-share"))));

        const QString good = AgeIdentity::generate().recipient().toString();
        QVERIFY(ShareDraft::ageKeyProblem(good).isEmpty());
        QVERIFY(ShareDraft::ageKeyProblem(good.toUpper()).isEmpty());
        QVERIFY(ShareDraft::ageKeyProblem(QStringLiteral("  ") + good + QStringLiteral("\n")).isEmpty());
        QVERIFY(ShareDraft::ageKeyProblem(text(AgeIdentity::generate().toSecretString()))
                    .contains(QStringLiteral("secret key")));
        QVERIFY(ShareDraft::ageKeyProblem(QStringLiteral("RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"))
                    .contains(QStringLiteral("minisign")));
        QVERIFY(ShareDraft::ageKeyProblem(QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"))
                    .contains(QStringLiteral("SSH")));
        QVERIFY(ShareDraft::ageKeyProblem(QStringLiteral("hello")).contains(QStringLiteral("starts with age1")));
        QVERIFY(ShareDraft::ageKeyProblem(good.left(40)).contains(QStringLiteral("62 characters")));
        QVERIFY(
            ShareDraft::ageKeyProblem(good.left(30) + QLatin1Char('b') + good.mid(31)).contains(QStringLiteral("“b”")));
        const qsizetype letter = good.indexOf(QRegularExpression(QStringLiteral("[a-z]")), 4);
        QVERIFY(ShareDraft::ageKeyProblem(good.left(letter) + good.mid(letter, 1).toUpper() + good.mid(letter + 1))
                    .contains(QStringLiteral("upper-case")));
        // One character swapped for another valid one: only the checksum can tell.
        QString typo = good;
        typo[20] = typo[20] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        QVERIFY(ShareDraft::ageKeyProblem(typo).contains(QStringLiteral("checksum")));

        QVERIFY(draft.setPastedKeys(QStringLiteral("age1qqqq")).contains(QStringLiteral("62 characters")));
        QCOMPARE(draft.recipientProblem(), draft.pastedKeysProblem());
        QVERIFY(draft.setPastedKeys(good + QStringLiteral(", hello")).startsWith(QStringLiteral("Key 2:")));
        QVERIFY(!draft.recipientProblem().isEmpty());
        QVERIFY(draft.setPastedKeys(good).isEmpty());
        QVERIFY(draft.recipientProblem().isEmpty());
        QCOMPARE(draft.recipients().size(), std::size_t(1));
        QCOMPARE(draft.recipients()[0].kind, QLatin1String(ShareRecipient::AgeKeyKind));

        // A member's key pasted again counts once; an unpinned member is named for a warning.
        draft.setMemberChosen(m_nurse, true);
        draft.setMemberChosen(m_doctor, true);
        draft.setPastedKeys(good + QLatin1Char('\n') + m_doctorKey->recipient().toString());
        QCOMPARE(draft.recipients().size(), std::size_t(3));
        QCOMPARE(draft.recipients()[0].label, QStringLiteral("Dr. Claire Moreau (care team)"));
        QCOMPARE(draft.unpinnedChosenMembers(), QStringList {QStringLiteral("Sam Home Nurse")});
        QCOMPARE(draft.recipientDescriptions().size(), 3);
        QVERIFY(draft.recipientDescriptions()[0].contains(draft.recipients()[0].fingerprint()));

        // Reloading the team keeps who was chosen.
        draft.reloadCareTeam();
        QCOMPARE(draft.recipients().size(), std::size_t(3));

        // A passphrase share needs no key, and uses none.
        draft.setPastedKeys(QStringLiteral("not a key"));
        draft.setProtection(ShareDraft::Protection::Passphrase);
        QVERIFY(draft.recipientProblem().isEmpty());
        QVERIFY(draft.recipients().empty());
    }

    void passphraseShareOpensWithTheGeneratedWords()
    {
        ShareDraft draft(m_vault->vault());
        ShareSelection selection;
        selection.entryIds = {m_samples.entryIds[0]};
        selection.appointments = true;
        draft.setSelection(selection);
        draft.collect();
        draft.setMemberChosen(m_doctor, true); // ignored: age encrypts to a passphrase alone
        draft.setProtection(ShareDraft::Protection::Passphrase);
        draft.setScryptLogN(TestScryptLogN);
        QCOMPARE(draft.recipientDescriptions().size(), 1);

        const qint64 before = DisclosureLog(m_vault->db()).count();
        const QString file = path(QStringLiteral("words.carnet-share"));
        const ShareDraft::Written written = draft.write(file);
        const QString words = text(written.passphrase);
        QCOMPARE(words.split(QLatin1Char(OneTimePassphrase::Separator)).size(), OneTimePassphrase::DefaultWords);
        QCOMPARE(written.result.recipientFingerprints, QStringList {QLatin1String(ShareManifest::PassphraseRecipient)});

        SharePackageReader reader;
        reader.setPassphrase(written.passphrase);
        const OpenedShare share = reader.open(file);
        QCOMPARE(share.view.entries.size(), std::size_t(1));
        QCOMPARE(share.view.appointments.size(), std::size_t(1));

        // The doctor's key does not open it, and a wrong passphrase is "wrong secret", not "damaged".
        try {
            openAsDoctor(file);
            QFAIL("a passphrase share opened with a key");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::WrongSecret);
        }
        SharePackageReader wrong;
        wrong.setPassphrase(SecretBytes::fromUtf8(QStringLiteral("orbit-crane-velvet-tiny-harbor-lunch")));
        try {
            wrong.open(file);
            QFAIL("a wrong passphrase opened the share");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::WrongSecret);
        }

        const std::vector<DisclosureLog::Disclosure> log = DisclosureLog(m_vault->db()).list();
        QCOMPARE(qint64(log.size()), before + 1);
        QCOMPARE(log.front().recipients.size(), std::size_t(1));
        QCOMPARE(log.front().recipients[0].kind, QLatin1String(ShareRecipient::PassphraseKind));
    }

    void failedWriteLeavesNoFileAndNoLogRow()
    {
        ShareDraft draft(m_vault->vault());
        ShareSelection selection;
        selection.entryIds = {m_samples.entryIds[2]};
        draft.setSelection(selection);
        draft.collect();
        draft.setMemberChosen(m_doctor, true);
        const qint64 before = DisclosureLog(m_vault->db()).count();
        const QString file = path(QStringLiteral("no-such-folder/share.carnet-share"));
        try {
            draft.write(file);
            QFAIL("a share was written into a missing folder");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Io);
        }
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(DisclosureLog(m_vault->db()).count(), before);
    }
};

QTEST_GUILESS_MAIN(TestShareDraft)
#include "TestShareDraft.moc"
