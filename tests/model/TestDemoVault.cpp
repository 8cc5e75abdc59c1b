#include "AppointmentRepository.h"
#include "CareTeamRepository.h"
#include "DemoVault.h"
#include "InsuranceRepository.h"
#include "JournalRepository.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "MinisignPublicKey.h"
#include "ProfileRepository.h"
#include "ShareRecipient.h"
#include "Vault.h"
#include "VaultIdentity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestDemoVault : public QObject
{
    Q_OBJECT

private slots:
    void aLivedInYearThatTheAppCanShow()
    {
        QTemporaryDir dir;
        testsupport::ManualClock clock(QDateTime(QDate(2026, 5, 20), QTime(12, 0)));
        auto vault = DemoVault::create(dir.filePath(QStringLiteral("demo")), clock);
        Database& db = vault->database();

        JournalRepository journal(db);
        const int entries = journal.count();
        QVERIFY2(entries > 100 && entries < 250, qPrintable(QString::number(entries))); // about three a week
        QVERIFY(!journal.search(QStringLiteral("headache")).empty());
        QVERIFY(journal.allTags().size() >= 5);

        MedicationRepository meds(db, clock);
        QCOMPARE(static_cast<int>(meds.list(MedicationRepository::Filter::Current).size()), 4);
        QCOMPARE(static_cast<int>(meds.list(MedicationRepository::Filter::Past).size()), 1);
        QVERIFY(!meds.dueDoses(clock.now().date()).empty());
        QVERIFY(!meds.refillsRunningLow(clock.now().date(), 7).empty());
        // Mostly taken, not perfectly: the chart has something to show.
        for (const Adherence& a : meds.adherence(clock.now().date().addDays(-30), clock.now().date().addDays(-1))) {
            QVERIFY2(a.shareTaken() > 0.6 && a.shareTaken() <= 1.0, qPrintable(a.medicationName));
            QVERIFY(a.scheduled > 0);
        }

        AppointmentRepository calendar(db);
        QVERIFY(calendar.upcoming(clock.now(), 10).size() >= 3);
        QVERIFY(InsuranceRepository(db).list(clock.now().date()).size() == 2);
        QCOMPARE(ProfileRepository(db).get().fullName, QStringLiteral("Maren Halvorsen"));
        QCOMPARE(static_cast<int>(CareTeamRepository(db).list().size()), 3);
        // Someone to share with in the wizard: a pinned provider and an unpinned one, each with keys that parse.
        int pinned = 0;
        int withKeys = 0;
        for (const CareTeamMember& member : CareTeamRepository(db).list()) {
            if (member.ageRecipient.isEmpty())
                continue;
            ++withKeys;
            pinned += member.pinned ? 1 : 0;
            QCOMPARE(ShareRecipient::fromCareTeamMember(member).recipient.toString(), member.ageRecipient);
            QCOMPARE(VaultIdentity::fingerprintOfSigningKey(
                         MinisignPublicKey::parse(member.minisignKey.toLatin1()).publicKey())
                         .toDisplayString(),
                     member.fingerprint);
        }
        QCOMPARE(withKeys, 2);
        QCOMPARE(pinned, 1);

        // The demo passphrase opens it like any vault.
        const QString folder = vault->folder();
        vault->lock();
        vault.reset();
        auto reopened = Vault::unlock(folder, SecretBytes::fromUtf8(QString::fromLatin1(DemoVault::Passphrase)));
        QCOMPARE(JournalRepository(reopened->database()).count(), entries);
    }

    void sameSeedSameVault()
    {
        QTemporaryDir dir;
        testsupport::ManualClock clock(QDateTime(QDate(2026, 5, 20), QTime(12, 0)));
        auto a = DemoVault::create(dir.filePath(QStringLiteral("a")), clock);
        auto b = DemoVault::create(dir.filePath(QStringLiteral("b")), clock);
        QCOMPARE(JournalRepository(a->database()).count(), JournalRepository(b->database()).count());
        MedicationRepository medsA(a->database(), clock);
        MedicationRepository medsB(b->database(), clock);
        const auto idsA = medsA.list(MedicationRepository::Filter::All);
        const auto idsB = medsB.list(MedicationRepository::Filter::All);
        QCOMPARE(medsA.doses(idsA.front().id).size(), medsB.doses(idsB.front().id).size());
    }
};

QTEST_GUILESS_MAIN(TestDemoVault)
#include "TestDemoVault.moc"
