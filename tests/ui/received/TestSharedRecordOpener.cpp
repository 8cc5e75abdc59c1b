#include "CareTeamRepository.h"
#include "DialogSeams.h"
#include "JournalMarkdownView.h"
#include "ReceivedShareStore.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "SharePassphraseDialog.h"
#include "SharedRecordFixture.h"
#include "SharedRecordOpener.h"
#include "SharedRecordSections.h"
#include "SharedRecordView.h"
#include "SharedRecordWindow.h"
#include "TestSupport.h"
#include "VaultIdentity.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace carnet;
using testsupport::SharedRecordFixture;

namespace {

// What the share window showed, read by a dialog driver while it was up.
struct WindowSeen
{
    bool shown = false;
    QString title;
    QString signer;
    QString fingerprint;
    QString pinWarning;
    QString replay;
    QString made;
    QString patient;
    QStringList sections;
    QStringList entryTitles;
    QString firstBody;
    QStringList medications;
    QStringList insurance;
    QStringList appointments;
    QStringList editable;
    bool keepVisible = false;
    bool keepEnabled = false;
    QString keepText;
};

QStringList column(const QTableWidget* table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, col)->text();
    return out;
}

// Reads the window, then runs `act` on it (keep, save) and reads the keep button again.
void pushWindowDriver(WindowSeen* seen, std::function<void(SharedRecordWindow&)> act = {}, const QString& shot = {})
{
    DialogSeam::pushDriver([seen, act, shot](QDialog& dialog) {
        auto* window = qobject_cast<SharedRecordWindow*>(&dialog);
        if (!window)
            return int(QDialog::Rejected);
        seen->shown = true;
        seen->title = window->windowTitle();
        SharedRecordView* view = window->view();
        seen->signer = view->signerText();
        seen->fingerprint = view->fingerprintText();
        seen->pinWarning = view->pinWarningText();
        seen->replay = view->replayWarningText();
        seen->made = view->madeText();
        seen->patient = view->patientText();
        SharedRecordSections* sections = view->sections();
        seen->sections = sections->sectionTitles();
        for (int i = 0; i < sections->entryList()->topLevelItemCount(); ++i)
            seen->entryTitles << sections->entryList()->topLevelItem(i)->text(1);
        seen->firstBody = sections->entryBody()->toPlainText();
        seen->medications = column(sections->medicationTable(), 0);
        seen->insurance = column(sections->insuranceTable(), 0);
        seen->appointments = column(sections->appointmentTable(), 2);
        seen->editable = SharedRecordFixture::editableWidgets(window);
        if (!shot.isEmpty()) {
            SharedRecordFixture::screenshot(window, shot);
            for (int tab = 1; tab < sections->count(); ++tab) {
                sections->setCurrentIndex(tab);
                SharedRecordFixture::screenshot(window, shot + QStringLiteral("-tab%1").arg(tab));
            }
            sections->setCurrentIndex(0);
        }
        if (act)
            act(*window);
        seen->keepVisible = window->keepButton()->isVisibleTo(window);
        seen->keepEnabled = window->keepButton()->isEnabled();
        seen->keepText = window->keepButton()->text();
        return int(QDialog::Rejected);
    });
}

void pushPassphraseDriver(const QString& typed, bool* asked = nullptr)
{
    DialogSeam::pushDriver([typed, asked](QDialog& dialog) {
        auto* ask = qobject_cast<SharePassphraseDialog*>(&dialog);
        if (!ask)
            return int(QDialog::Rejected);
        if (asked)
            *asked = true;
        if (ask->passphraseField()->echoMode() != QLineEdit::Password)
            return int(QDialog::Rejected);
        QTest::keyClicks(ask->passphraseField(), typed);
        return int(ask->openButton()->isEnabled() ? QDialog::Accepted : QDialog::Rejected);
    });
}

} // namespace

// Opening a .carnet-share: the viewer, keeping, every refusal, with real packages between two real vaults.
class TestSharedRecordOpener : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SharedRecordFixture> m_fx;
    std::unique_ptr<QWidget> m_host;

    // Opens `path` from m_host and waits until the opener is done.
    bool openAndWait(Vault* vault, const QString& path)
    {
        SharedRecordOpener* opener = SharedRecordOpener::open(m_host.get(), vault, path);
        if (!opener)
            return false;
        QSignalSpy finished(opener, &SharedRecordOpener::finished);
        return finished.wait(30000);
    }

    // Opens a package that must be refused: no window, one warning; returns the warning.
    QString refusal(Vault* vault, const QString& path)
    {
        WindowSeen seen;
        pushWindowDriver(&seen);
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        const QString before = MessageBoxSeam::lastText();
        if (!openAndWait(vault, path))
            return QStringLiteral("(the opener did not finish)");
        if (seen.shown)
            return QStringLiteral("(the refused package was shown)");
        if (SharedRecordFixture::dropPendingDrivers() != 1)
            return QStringLiteral("(a dialog other than the share window ran)");
        return MessageBoxSeam::lastText();
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<SharedRecordFixture>();
        m_host = std::make_unique<QWidget>();
        m_host->resize(400, 300);
        m_host->show();
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_fx.reset();
    }

    void explainsEachRefusalDifferently()
    {
        using Kind = ShareError::Kind;
        QSet<QString> texts;
        for (const Kind kind : {Kind::Malformed, Kind::UnsafeContent, Kind::TooLarge, Kind::UnsupportedVersion,
                                Kind::BadSignature, Kind::WrongSecret, Kind::Invalid, Kind::Io}) {
            const QString text = SharedRecordOpener::explain(ShareError(kind, QStringLiteral("detail")),
                                                             SharedRecordOpener::Attempt::VaultKey);
            QVERIFY(text.endsWith(QStringLiteral("Details: detail")));
            texts.insert(text);
        }
        texts.insert(SharedRecordOpener::explain(ShareError(Kind::WrongSecret, QStringLiteral("detail")),
                                                 SharedRecordOpener::Attempt::Passphrase));
        QCOMPARE(texts.size(), 9);
        const auto explain = [](Kind kind, SharedRecordOpener::Attempt attempt) {
            return SharedRecordOpener::explain(ShareError(kind, QStringLiteral("x")), attempt);
        };
        const auto key = SharedRecordOpener::Attempt::VaultKey;
        QVERIFY(explain(Kind::WrongSecret, SharedRecordOpener::Attempt::Passphrase)
                    .startsWith(QStringLiteral("Wrong passphrase")));
        QVERIFY(explain(Kind::WrongSecret, key).contains(QStringLiteral("not for your key")));
        QVERIFY(explain(Kind::BadSignature, key).contains(QStringLiteral("tampered")));
        QVERIFY(explain(Kind::BadSignature, key).contains(QStringLiteral("Do not trust its contents")));
        QVERIFY(explain(Kind::Malformed, key).contains(QStringLiteral("Do not trust its contents")));
        QVERIFY(explain(Kind::UnsafeContent, key).contains(QStringLiteral("unsafe content")));
        QVERIFY(explain(Kind::UnsupportedVersion, key).contains(QStringLiteral("newer Carnet")));
        QVERIFY(explain(Kind::TooLarge, key).contains(QStringLiteral("too large")));
        QVERIFY(explain(Kind::Io, key).contains(QStringLiteral("Cannot read the file")));
    }

    void opensAShareForTheVaultKeyReadOnly()
    {
        const QString path = m_fx->writeForReceiver(QStringLiteral("full.carnet-share"));
        Vault& vault = m_fx->receiver().vault();
        const QString summaryPath = m_fx->path(QStringLiteral("summary-saved"));
        WindowSeen seen;
        std::int64_t keptId = 0;
        pushWindowDriver(
            &seen,
            [&](SharedRecordWindow& window) {
                QObject::connect(&window, &SharedRecordWindow::kept, [&keptId](std::int64_t id) { keptId = id; });
                FileDialogSeam::setNextFileName(summaryPath);
                QTest::mouseClick(window.saveSummaryButton(), Qt::LeftButton);
                QTest::mouseClick(window.keepButton(), Qt::LeftButton);
            },
            QStringLiteral("window"));
        QVERIFY(openAndWait(&vault, path));
        QVERIFY(seen.shown);

        const QString fingerprint = VaultIdentity::load(m_fx->sender().db()).fingerprint().toDisplayString();
        QCOMPARE(seen.fingerprint, SharedRecordView::fingerprintLines(fingerprint));
        QCOMPARE(seen.fingerprint.count(QLatin1Char('\n')), 1);
        QCOMPARE(seen.fingerprint.simplified(), fingerprint);
        QCOMPARE(seen.signer, QStringLiteral("An unknown key — Not pinned"));
        QCOMPARE(seen.pinWarning,
                 QStringLiteral("This signer's key is not pinned in your care team: compare the "
                                "fingerprint with them before trusting it."));
        QVERIFY(seen.replay.isEmpty());
        QVERIFY2(seen.made.contains(QStringLiteral("6 record(s)")), qPrintable(seen.made));
        QVERIFY(seen.patient.startsWith(QStringLiteral("Ana Lima, born ")));

        QCOMPARE(seen.sections,
                 (QStringList {QStringLiteral("Journal entries (3)"), QStringLiteral("Medications (1)"),
                               QStringLiteral("Insurance (1)"), QStringLiteral("Appointments (1)")}));
        QCOMPARE(seen.entryTitles, (QStringList {m_fx->samples().titles.begin(), m_fx->samples().titles.end()}));
        QVERIFY(seen.firstBody.contains(QStringLiteral("128/82")));
        QVERIFY(!seen.firstBody.contains(QStringLiteral("**"))); // rendered, not shown as source
        QCOMPARE(seen.medications.size(), 1);
        QVERIFY(seen.medications.first().startsWith(QStringLiteral("Metformin")));
        QCOMPARE(seen.insurance, QStringList {QStringLiteral("Acme Health")});
        QCOMPARE(seen.appointments, QStringList {QStringLiteral("Cardiology follow-up")});
        QVERIFY2(seen.editable.isEmpty(), qPrintable(seen.editable.join(QStringLiteral(", "))));

        // Kept: stored in the vault, and the button says so.
        QVERIFY(seen.keepVisible);
        QVERIFY(!seen.keepEnabled);
        QCOMPARE(seen.keepText, QStringLiteral("Kept"));
        ReceivedShareStore store(vault);
        QCOMPARE(store.count(), 1);
        QVERIFY(keptId > 0);
        QCOMPARE(store.list().front().id, keptId);

        // The saved summary is the verified member, byte for byte, readable by this user only.
        const QString saved = summaryPath + QStringLiteral(".html");
        QVERIFY(QFile::exists(saved));
        QVERIFY(testsupport::readFile(saved).contains("Cardiology follow-up"));
        QCOMPARE(QFile::permissions(saved) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void openingTheSameExportAgainWarnsOfAReplay()
    {
        const QString path = m_fx->path(QStringLiteral("full.carnet-share"));
        WindowSeen seen;
        pushWindowDriver(&seen, {}, QStringLiteral("replay"));
        QVERIFY(openAndWait(&m_fx->receiver().vault(), path));
        QVERIFY(seen.shown);
        QVERIFY2(seen.replay.startsWith(QStringLiteral("You opened this share before, on ")), qPrintable(seen.replay));
        // Already kept: nothing to keep twice.
        QVERIFY(!seen.keepEnabled);
        QCOMPARE(seen.keepText, QStringLiteral("Kept"));
        QCOMPARE(ReceivedShareStore(m_fx->receiver().vault()).count(), 1);
    }

    void aCareTeamSignerIsNamedAndPinnedOnlyOncePinned()
    {
        const std::int64_t member = m_fx->addSenderToCareTeam(QStringLiteral("Dr. Amélie Sender"), false);
        WindowSeen unpinned;
        pushWindowDriver(&unpinned);
        QVERIFY(openAndWait(&m_fx->receiver().vault(), m_fx->writeSmallForReceiver(QStringLiteral("a.carnet-share"))));
        QCOMPARE(unpinned.signer, QStringLiteral("Dr. Amélie Sender — Not pinned"));
        QVERIFY(!unpinned.pinWarning.isEmpty());
        QCOMPARE(unpinned.title, QStringLiteral("Shared record from Dr. Amélie Sender"));
        QCOMPARE(unpinned.sections, QStringList {QStringLiteral("Journal entries (1)")});

        CareTeamRepository(m_fx->receiver().db()).setPinned(member, true);
        WindowSeen pinned;
        pushWindowDriver(&pinned, {}, QStringLiteral("pinned"));
        QVERIFY(openAndWait(&m_fx->receiver().vault(), m_fx->writeSmallForReceiver(QStringLiteral("b.carnet-share"))));
        QCOMPARE(pinned.signer, QStringLiteral("Dr. Amélie Sender — ✓ Pinned in your care team"));
        QVERIFY(pinned.pinWarning.isEmpty());
        QVERIFY(pinned.replay.isEmpty());
        CareTeamRepository(m_fx->receiver().db()).purge(member);
    }

    void passphraseShares()
    {
        QString passphrase;
        const QString path = m_fx->writeForPassphrase(QStringLiteral("pass.carnet-share"), &passphrase);
        Vault& vault = m_fx->receiver().vault();

        // Wrong: said so, nothing shown.
        bool asked = false;
        pushPassphraseDriver(QStringLiteral("not-the-right-words"), &asked);
        QVERIFY(refusal(&vault, path).startsWith(QStringLiteral("Wrong passphrase")));
        QVERIFY(asked);

        // Right, typed as read out over the phone: opens, with the vault's replay check and keep.
        pushPassphraseDriver(QStringLiteral("  ") + passphrase.toUpper().replace(QLatin1Char('-'), QLatin1Char(' ')));
        WindowSeen seen;
        pushWindowDriver(&seen, {}, QStringLiteral("passphrase"));
        QVERIFY(openAndWait(&vault, path));
        QVERIFY(seen.shown);
        QCOMPARE(seen.sections.size(), 4);
        QVERIFY(seen.keepVisible);
        QVERIFY(seen.keepEnabled);

        // Armored, the lock cannot be told from the header: the vault's key is tried, then the passphrase asked for.
        const QString armored = m_fx->armoredCopy(path, QStringLiteral("pass-armored.carnet-share"));
        QCOMPARE(SharePackageProbe::lockOf(armored), SharePackageProbe::Lock::Unknown);
        bool askedForArmored = false;
        pushPassphraseDriver(passphrase, &askedForArmored);
        WindowSeen armoredSeen;
        pushWindowDriver(&armoredSeen);
        QVERIFY(openAndWait(&vault, armored));
        QVERIFY(askedForArmored);
        QVERIFY(armoredSeen.shown);
        QVERIFY(!armoredSeen.replay.isEmpty()); // the same export as above

        // Without a vault (the start window): opens, nothing to keep.
        pushPassphraseDriver(passphrase);
        WindowSeen withoutVault;
        pushWindowDriver(&withoutVault);
        QVERIFY(openAndWait(nullptr, path));
        QVERIFY(withoutVault.shown);
        QVERIFY(!withoutVault.keepVisible);
        QVERIFY(withoutVault.replay.isEmpty());
        QVERIFY(!withoutVault.pinWarning.isEmpty());

        // Cancelled: nothing happens, nothing is said.
        DialogSeam::pushDriver([](QDialog&) { return int(QDialog::Rejected); });
        WindowSeen cancelled;
        pushWindowDriver(&cancelled);
        const QString lastBefore = MessageBoxSeam::lastText();
        QVERIFY(openAndWait(&vault, path));
        QVERIFY(!cancelled.shown);
        QCOMPARE(SharedRecordFixture::dropPendingDrivers(), 1);
        QCOMPARE(MessageBoxSeam::lastText(), lastBefore);

        QCOMPARE(SharePassphraseDialog::normalised(QStringLiteral(" Orbit crane\tVELVET ")),
                 QStringLiteral("orbit-crane-velvet"));
        QCOMPARE(SharePassphraseDialog::normalised(QStringLiteral("my own Secret")), QStringLiteral("my own Secret"));
    }

    void refusedPackagesShowNothing()
    {
        Vault& vault = m_fx->receiver().vault();
        const QString good = m_fx->writeSmallForReceiver(QStringLiteral("good.carnet-share"));

        QString text = refusal(&vault, m_fx->tamperedCopy(good, QStringLiteral("tampered.carnet-share")));
        QVERIFY2(text.contains(QStringLiteral("tampered"))
                     && text.contains(QStringLiteral("Do not trust its contents")),
                 qPrintable(text));

        text = refusal(&vault, m_fx->writeForAnotherKey(QStringLiteral("other.carnet-share")));
        QVERIFY2(text.contains(QStringLiteral("This share is not for your key")), qPrintable(text));

        text = refusal(&vault, m_fx->writeNewerFormat(QStringLiteral("newer.carnet-share")));
        QVERIFY2(text.contains(QStringLiteral("made by a newer Carnet")), qPrintable(text));

        text = refusal(&vault, m_fx->path(QStringLiteral("no-such-file.carnet-share")));
        QVERIFY2(text.startsWith(QStringLiteral("Cannot read the file")), qPrintable(text));

        QFile huge(m_fx->path(QStringLiteral("huge.carnet-share")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(SharePackage::MaxPackageBytes + 1)); // sparse: costs no disk
        huge.close();
        text = refusal(&vault, huge.fileName());
        QVERIFY2(text.contains(QStringLiteral("too large")), qPrintable(text));

        QFile junk(m_fx->path(QStringLiteral("junk.carnet-share")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not an age file at all\n");
        junk.close();
        text = refusal(&vault, junk.fileName());
        QVERIFY2(text.contains(QStringLiteral("not a Carnet share")), qPrintable(text));

        // A share locked to a key, opened without a vault: unlock first. No passphrase is asked for.
        text = refusal(nullptr, good);
        QCOMPARE(text, SharedRecordOpener::needsVaultText(QStringLiteral("good.carnet-share")));
        QVERIFY(text.contains(QStringLiteral("Unlock your vault first")));
        QVERIFY(text.contains(QStringLiteral("Open shared record")));

        // Nothing of any refused package was kept or remembered as seen.
        QCOMPARE(ReceivedShareStore(vault).count(), 1);
    }

    // scrypt at a real work factor takes a moment: the opener shows it is busy, off the UI thread, and stops showing
    // it.
    void showsItIsBusyWhileDecrypting()
    {
        QString passphrase;
        const QString path = m_fx->writeForPassphrase(QStringLiteral("slow.carnet-share"), &passphrase, 17);
        pushPassphraseDriver(passphrase);
        WindowSeen seen;
        bool busyWhenShown = true;
        bool cursorWhenShown = true;
        SharedRecordOpener* opener = SharedRecordOpener::open(m_host.get(), &m_fx->receiver().vault(), path);
        QVERIFY(opener);
        pushWindowDriver(&seen, [&](SharedRecordWindow&) {
            busyWhenShown = opener->isBusy();
            cursorWhenShown = QApplication::overrideCursor() != nullptr;
        });
        QSignalSpy finished(opener, &SharedRecordOpener::finished);
        QTRY_VERIFY_WITH_TIMEOUT(opener->isBusy(), 10000);
        QVERIFY(QApplication::overrideCursor());
        // The UI thread keeps running while scrypt works, and the busy window comes up.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_host->findChild<QProgressDialog*>() && m_host->findChild<QProgressDialog*>()->isVisible(), 10000);
        QVERIFY(m_host->findChild<QProgressDialog*>()->labelText().contains(QStringLiteral("slow.carnet-share")));
        QVERIFY(finished.wait(30000));
        QVERIFY(seen.shown);
        QVERIFY(!busyWhenShown);
        QVERIFY(!cursorWhenShown);
        QVERIFY(!m_host->findChild<QProgressDialog*>());
    }

    // The vault locks while a share is being decrypted: the window under it goes, and with it the opener; nothing is
    // shown afterwards and the busy cursor does not stay.
    void lockingWhileDecryptingShowsNothing()
    {
        QString passphrase;
        const QString path = m_fx->writeForPassphrase(QStringLiteral("slow2.carnet-share"), &passphrase, 17);
        auto* page = new QWidget(m_host.get());
        pushPassphraseDriver(passphrase);
        WindowSeen seen;
        pushWindowDriver(&seen);
        QPointer<SharedRecordOpener> opener = SharedRecordOpener::open(page, &m_fx->receiver().vault(), path);
        QVERIFY(opener);
        QTRY_VERIFY_WITH_TIMEOUT(opener && opener->isBusy(), 10000);
        delete page;
        QVERIFY(!opener);
        QVERIFY(!QApplication::overrideCursor());
        QTest::qWait(1500); // longer than the decryption
        QVERIFY(!seen.shown);
        QCOMPARE(SharedRecordFixture::dropPendingDrivers(), 1);
    }

    void asksForTheFileWhenNoneIsGiven()
    {
        FileDialogSeam::setNextFileName(QString());
        QVERIFY(!SharedRecordOpener::open(m_host.get(), &m_fx->receiver().vault()));

        WindowSeen seen;
        pushWindowDriver(&seen);
        FileDialogSeam::setNextFileName(m_fx->writeSmallForReceiver(QStringLiteral("chosen.carnet-share")));
        SharedRecordOpener* opener = SharedRecordOpener::open(m_host.get(), &m_fx->receiver().vault());
        QVERIFY(opener);
        QCOMPARE(opener->path(), m_fx->path(QStringLiteral("chosen.carnet-share")));
        QSignalSpy finished(opener, &SharedRecordOpener::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(seen.shown);
    }
};

QTEST_MAIN(TestSharedRecordOpener)
#include "TestSharedRecordOpener.moc"
