#include "AppController.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "ReceivedShareStore.h"
#include "SharePassphraseDialog.h"
#include "SharedRecordFixture.h"
#include "SharedRecordSections.h"
#include "SharedRecordView.h"
#include "SharedRecordWindow.h"
#include "StartPages.h"
#include "StartWindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using testsupport::SharedRecordFixture;
using testsupport::TemporaryVault;

namespace {

struct Seen
{
    bool shown = false;
    bool parentIsMainWindow = false;
    bool keepVisible = false;
    bool kept = false;
    QStringList sections;
};

void pushWindowDriver(Seen* seen, MainWindow* const* main, bool keep)
{
    DialogSeam::pushDriver([seen, main, keep](QDialog& dialog) {
        auto* window = qobject_cast<SharedRecordWindow*>(&dialog);
        if (!window)
            return int(QDialog::Rejected);
        seen->shown = true;
        seen->parentIsMainWindow = main && *main && window->parentWidget() == *main;
        seen->keepVisible = window->keepButton()->isVisibleTo(window);
        seen->sections = window->view()->sections()->sectionTitles();
        if (keep && seen->keepVisible) {
            QTest::mouseClick(window->keepButton(), Qt::LeftButton);
            seen->kept = window->isKept();
        }
        return int(QDialog::Rejected);
    });
}

void unlock(AppController& app)
{
    UnlockPage* page = app.startWindow()->unlockPage();
    QTest::keyClicks(page->passphraseField(), QString::fromLatin1(TemporaryVault::Passphrase));
    QTest::keyClick(page->passphraseField(), Qt::Key_Return);
}

} // namespace

// `carnet FILE.carnet-share`: the start window says what it will open, opens it after unlocking (or at once with a
// passphrase), and opens it only once.
class TestOpenShareAtStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SharedRecordFixture> m_fx;
    MainWindow* m_main = nullptr;

    // Unlocks again and checks that no share window comes up.
    bool unlockOpensNothing(AppController& app)
    {
        Seen seen;
        pushWindowDriver(&seen, nullptr, false);
        unlock(app);
        if (!QTest::qWaitFor([&] { return app.mainWindow() != nullptr; }, 30000))
            return false;
        QTest::qWait(200);
        return !seen.shown && SharedRecordFixture::dropPendingDrivers() == 1;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_fx = std::make_unique<SharedRecordFixture>();
    }

    void cleanupTestCase() { m_fx.reset(); }

    void aShareForTheVaultKeyOpensOnceUnlocked()
    {
        const QString path = m_fx->writeForReceiver(QStringLiteral("for-me.carnet-share"));
        m_fx->receiver().lock();
        AppController app(m_fx->receiver().folder());
        app.openShareAfterUnlock(path);
        app.start();
        StartWindow* start = app.startWindow();
        QCOMPARE(app.pendingShare(), path);
        QCOMPARE(start->pendingShareText(), QStringLiteral("After you unlock, Carnet will open for-me.carnet-share."));
        // Locked to a key: no passphrase can open it before unlocking.
        QVERIFY(!start->openPendingShareButton()->isVisibleTo(start));
        SharedRecordFixture::screenshot(start, QStringLiteral("start-pending"));

        Seen seen;
        pushWindowDriver(&seen, &m_main, true);
        connect(&app, &AppController::unlockedChanged, this,
                [&](bool unlocked) { m_main = unlocked ? app.mainWindow() : nullptr; });
        unlock(app);
        QTRY_VERIFY_WITH_TIMEOUT(seen.shown, 30000);
        QVERIFY(seen.parentIsMainWindow); // goes with the main window when the vault locks
        QCOMPARE(seen.sections.size(), 4);
        QVERIFY(seen.keepVisible);
        QVERIFY(seen.kept);
        QCOMPARE(ReceivedShareStore(*app.vault()).count(), 1);
        QVERIFY(app.pendingShare().isEmpty());
        QVERIFY(start->pendingShareText().isEmpty());

        // Once only.
        app.lock(AutoLock::Reason::Requested);
        QVERIFY(unlockOpensNothing(app));

        // Given while unlocked, it opens at once (and the same export is now a replay).
        Seen again;
        pushWindowDriver(&again, &m_main, false);
        app.openShareAfterUnlock(path);
        QTRY_VERIFY_WITH_TIMEOUT(again.shown, 30000);
        QVERIFY(again.parentIsMainWindow);
        QVERIFY(app.pendingShare().isEmpty());
        app.lock(AutoLock::Reason::Requested);
    }

    void aPassphraseShareOpensFromTheStartWindow()
    {
        QString passphrase;
        const QString path = m_fx->writeForPassphrase(QStringLiteral("with-passphrase.carnet-share"), &passphrase);
        AppController app(m_fx->receiver().folder());
        app.openShareAfterUnlock(path);
        app.start();
        StartWindow* start = app.startWindow();
        QCOMPARE(start->pendingShareText(),
                 QStringLiteral("After you unlock, Carnet will open with-passphrase.carnet-share."));
        QVERIFY(start->openPendingShareButton()->isVisibleTo(start));
        SharedRecordFixture::screenshot(start, QStringLiteral("start-pending-passphrase"));

        DialogSeam::pushDriver([passphrase](QDialog& dialog) {
            auto* ask = qobject_cast<SharePassphraseDialog*>(&dialog);
            if (!ask)
                return int(QDialog::Rejected);
            QTest::keyClicks(ask->passphraseField(), passphrase);
            return int(QDialog::Accepted);
        });
        Seen seen;
        pushWindowDriver(&seen, nullptr, true);
        QTest::mouseClick(start->openPendingShareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(seen.shown, 30000);
        QVERIFY(!seen.keepVisible); // no vault: nothing to keep into
        QCOMPARE(seen.sections.size(), 4);
        QTRY_VERIFY(app.pendingShare().isEmpty());
        QVERIFY(start->pendingShareText().isEmpty());
        QVERIFY(!start->openPendingShareButton()->isVisibleTo(start));

        // Seen already: unlocking does not open it a second time.
        QVERIFY(unlockOpensNothing(app));
        // lock(), not lockForQuit(): the latter expects the main window to be closing already and leaves it be.
        app.lock(AutoLock::Reason::Requested);
    }

    void theStartWindowButtonOpensAShare()
    {
        QString passphrase;
        const QString path = m_fx->writeForPassphrase(QStringLiteral("picked.carnet-share"), &passphrase);
        StartWindow start(m_fx->receiver().folder());
        start.show();
        DialogSeam::pushDriver([passphrase](QDialog& dialog) {
            auto* ask = qobject_cast<SharePassphraseDialog*>(&dialog);
            if (!ask)
                return int(QDialog::Rejected);
            QTest::keyClicks(ask->passphraseField(), passphrase);
            return int(QDialog::Accepted);
        });
        Seen seen;
        pushWindowDriver(&seen, nullptr, false);
        FileDialogSeam::setNextFileName(path);
        QPushButton* open = nullptr;
        for (QPushButton* button : start.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Open a &shared record…"))
                open = button;
        }
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(seen.shown, 30000);
        QVERIFY(!seen.keepVisible);
    }
};

QTEST_MAIN(TestOpenShareAtStartup)
#include "TestOpenShareAtStartup.moc"
