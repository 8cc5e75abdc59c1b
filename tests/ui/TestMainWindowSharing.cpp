#include "ClipboardGuard.h"
#include "Clock.h"
#include "DialogSeams.h"
#include "JournalPage.h"
#include "JournalRepository.h"
#include "MainWindow.h"
#include "ReceivedShareListModel.h"
#include "ReceivedSharesPage.h"
#include "ShareChoosePage.h"
#include "ShareEntryChoiceModel.h"
#include "ShareWizard.h"
#include "SharedRecordFixture.h"
#include "SharedRecordWindow.h"
#include "SharingPage.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace carnet;
using testsupport::SharedRecordFixture;
using testsupport::TemporaryVault;

namespace {

QAction* fileAction(MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

// The sharing commands as the main window offers them: File › New share… (with the journal's selected entry
// ticked), File › Open shared record… (kept shares land in Shared with me), and the Sharing section's buttons.
class TestMainWindowSharing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SharedRecordFixture> m_fx;
    std::shared_ptr<Vault> m_vault;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<MainWindow> m_main;
    std::int64_t m_entryId = 0;
    QString m_shareFile; // made for the receiver's key while its vault was still open here

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<SharedRecordFixture>();
        TemporaryVault& receiver = m_fx->receiver();
        JournalEntry entry;
        entry.occurredAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        entry.title = QStringLiteral("Knee after the run");
        entry.body = QStringLiteral("Swollen, ice helped.");
        JournalRepository journal(receiver.db());
        m_entryId = journal.add(entry);
        entry.title = QStringLiteral("Slept well");
        entry.occurredAt = entry.occurredAt.addDays(1);
        journal.add(entry);
        m_shareFile = m_fx->writeForReceiver(QStringLiteral("from-the-doctor.carnet-share"));
        // The main window shares its vault; the fixture's own handle steps aside for it.
        receiver.lock();
        m_vault = std::shared_ptr<Vault>(Vault::unlock(receiver.folder(), TemporaryVault::passphrase()));
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_main = std::make_unique<MainWindow>(m_vault, *m_clipboard, Clock::system());
        m_main->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
    }

    void cleanupTestCase()
    {
        m_main.reset();
        if (m_vault)
            m_vault->lock();
    }

    void fileMenuOffersBothCommandsWithShortcuts()
    {
        QAction* share = fileAction(*m_main, MainWindow::tr("&New share…"));
        QAction* open = fileAction(*m_main, MainWindow::tr("&Open shared record…"));
        QVERIFY(share);
        QVERIFY(open);
        QCOMPARE(share->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(m_main->page(MainWindow::tr("Sharing")));
        QVERIFY(m_main->page(MainWindow::tr("Shared with me")));
    }

    void newShareFromTheJournalTicksTheSelectedEntry()
    {
        auto* journal = qobject_cast<JournalPage*>(m_main->page(MainWindow::tr("Journal")));
        QVERIFY(journal);
        QVERIFY(m_main->showSection(MainWindow::tr("Journal")));
        QVERIFY(journal->selectEntry(m_entryId));
        fileAction(*m_main, MainWindow::tr("&New share…"))->trigger();
        auto* wizard = m_main->findChild<ShareWizard*>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->choosePage()->entryModel()->checkedIds(), std::vector<std::int64_t>{m_entryId});
        wizard->reject();
        QTRY_VERIFY(!m_main->findChild<ShareWizard*>()); // deleted on close
    }

    void sharingSectionButtonStartsTheWizard()
    {
        auto* sharing = qobject_cast<SharingPage*>(m_main->page(MainWindow::tr("Sharing")));
        QVERIFY(sharing);
        QVERIFY(m_main->showSection(MainWindow::tr("Sharing"))); // not the journal: nothing is ticked
        QTest::mouseClick(sharing->newShareButton(), Qt::LeftButton);
        auto* wizard = m_main->findChild<ShareWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->choosePage()->entryModel()->checkedIds().empty());
        wizard->reject();
        QTRY_VERIFY(!m_main->findChild<ShareWizard*>());
    }

    void openedShareKeptInSharedWithMe()
    {
        auto* received = qobject_cast<ReceivedSharesPage*>(m_main->page(MainWindow::tr("Shared with me")));
        QVERIFY(received);
        QCOMPARE(received->model()->rowCount(), 0);
        bool kept = false;
        DialogSeam::pushDriver([&kept](QDialog& dialog) {
            auto* window = qobject_cast<SharedRecordWindow*>(&dialog);
            if (!window)
                return int(QDialog::Rejected);
            QTest::mouseClick(window->keepButton(), Qt::LeftButton);
            kept = window->isKept();
            return int(QDialog::Rejected);
        });
        FileDialogSeam::setNextFileName(m_shareFile);
        fileAction(*m_main, MainWindow::tr("&Open shared record…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(kept, 20000);
        QTRY_COMPARE(received->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindowSharing)
#include "TestMainWindowSharing.moc"
