#include "AuditLog.h"
#include "CareTeamRepository.h"
#include "DialogSeams.h"
#include "ReceivedShareListModel.h"
#include "ReceivedShareStore.h"
#include "ReceivedSharesPage.h"
#include "SharePackageReader.h"
#include "SharedRecordFixture.h"
#include "SharedRecordSections.h"
#include "SharedRecordView.h"
#include "SharedRecordWindow.h"
#include "VaultIdentity.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace carnet;
using testsupport::SharedRecordFixture;

namespace {

// Keeps the share shown in the window, as a person clicking "Keep in Shared with me" would.
void pushKeepDriver(bool* kept)
{
    DialogSeam::pushDriver([kept](QDialog& dialog) {
        auto* window = qobject_cast<SharedRecordWindow*>(&dialog);
        if (!window)
            return int(QDialog::Rejected);
        QTest::mouseClick(window->keepButton(), Qt::LeftButton);
        *kept = window->isKept();
        return int(QDialog::Rejected);
    });
}

int auditCount(AuditLog& log, const char* event)
{
    int n = 0;
    for (const AuditLog::Entry& entry : log.entries())
        n += entry.event == QLatin1String(event) ? 1 : 0;
    return n;
}

} // namespace

// The "Shared with me" section over a real vault: empty state, opening and keeping, the list from the vault, removing.
class TestReceivedSharesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SharedRecordFixture> m_fx;

    // Clicks "Open shared record…" with `path` as the chosen file and keeps the share; waits for the page to list it.
    bool openAndKeep(ReceivedSharesPage& page, const QString& path)
    {
        bool kept = false;
        pushKeepDriver(&kept);
        FileDialogSeam::setNextFileName(path);
        const int rows = page.model()->rowCount();
        QTest::mouseClick(page.openButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return page.model()->rowCount() == rows + 1; }, 30000) && kept;
    }

private slots:
    void initTestCase() { m_fx = std::make_unique<SharedRecordFixture>(); }
    void cleanupTestCase() { m_fx.reset(); }

    void keepsListsAndRemoves()
    {
        Vault& vault = m_fx->receiver().vault();
        auto page = std::make_unique<ReceivedSharesPage>(vault);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->resize(1000, 640);
        page->show();
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(!page->removeButton()->isEnabled());
        QCOMPARE(page->currentId(), 0);
        SharedRecordFixture::screenshot(page.get(), QStringLiteral("page-empty"));

        QVERIFY(openAndKeep(*page, m_fx->writeForReceiver(QStringLiteral("kept.carnet-share"))));
        QVERIFY(!page->isShowingEmptyState());
        QVERIFY(page->removeButton()->isEnabled());
        const std::int64_t id = page->currentId();
        QVERIFY(id > 0);
        QCOMPARE(page->view()->sections()->sectionTitles().size(), 4);
        QVERIFY(page->view()->patientText().startsWith(QStringLiteral("Ana Lima")));
        QVERIFY(!page->view()->pinWarningText().isEmpty());
        QVERIFY(page->view()->replayWarningText().isEmpty()); // a kept share is not a replay
        QVERIFY(page->view()->madeText().contains(QStringLiteral("kept on")));
        QVERIFY(SharedRecordFixture::editableWidgets(page.get()).isEmpty());

        // From the vault: a new page after locking and unlocking shows it again.
        page.reset();
        m_fx->receiver().lock();
        m_fx->receiver().reopen();
        page = std::make_unique<ReceivedSharesPage>(m_fx->receiver().vault());
        page->resize(1000, 640);
        page->show();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->currentId(), id);
        QCOMPARE(page->view()->sections()->entryList()->topLevelItemCount(), 3);
        QCOMPARE(page->view()->sections()->entryList()->topLevelItem(1)->text(1), m_fx->samples().titles[1]);
        QVERIFY(page->view()->signerText().startsWith(QStringLiteral("An unknown key")));
        SharedRecordFixture::screenshot(page.get(), QStringLiteral("page-one"));

        // Pinning the sender afterwards (in another section) names it and drops the warning when the page shows again.
        const std::int64_t member = m_fx->addSenderToCareTeam(QStringLiteral("Dr. Sender"), true);
        page->hide();
        page->show();
        QCOMPARE(page->model()->index(0, ReceivedShareListModel::SignerColumn).data().toString(),
                 QStringLiteral("Dr. Sender"));
        QVERIFY(page->view()->signerText().startsWith(QStringLiteral("Dr. Sender — ✓ Pinned")));
        QVERIFY(page->view()->pinWarningText().isEmpty());
        CareTeamRepository(m_fx->receiver().db()).purge(member);
        page->reload();

        // A share kept from a window opened elsewhere shows up when the page's window is active again.
        const std::int64_t elsewhere = [&] {
            SharePackageReader reader;
            reader.addIdentity(VaultIdentity::load(m_fx->receiver().db()).ageIdentity().clone());
            return ReceivedShareStore(m_fx->receiver().vault())
                .keep(reader.open(m_fx->writeSmallForReceiver(QStringLiteral("elsewhere.carnet-share"))));
        }();
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QCOMPARE(page->model()->rowCount(), 2);
        ReceivedShareStore(m_fx->receiver().vault()).remove(elsewhere);
        page->reload();
        QCOMPARE(page->model()->rowCount(), 1);

        // Remove asks first: "No" keeps it, "Yes" (Del key) removes it.
        AuditLog& audit = m_fx->receiver().vault().auditLog();
        const int removedBefore = auditCount(audit, ReceivedShareStore::RemovedEvent);
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QVERIFY(MessageBoxSeam::lastText().startsWith(QStringLiteral("Remove the share from")));
        QCOMPARE(page->model()->rowCount(), 1);
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->list()->setFocus();
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page->list(), Qt::Key_Delete);
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(ReceivedShareStore(m_fx->receiver().vault()).count(), 0);
        QCOMPARE(auditCount(audit, ReceivedShareStore::RemovedEvent), removedBefore + 1);
        QVERIFY(page->isShowingEmptyState());
        QCOMPARE(page->currentId(), 0);
    }

    void manyRowsAndLongNames()
    {
        Vault& vault = m_fx->receiver().vault();
        const std::int64_t member = m_fx->addSenderToCareTeam(
            QStringLiteral("Dr. Maximiliane Friederike von Hohenzollern-Sigmaringen, Allgemeinmedizin"), false);
        ReceivedSharesPage page(vault);
        page.resize(1000, 640);
        page.show();
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("many-%1.carnet-share").arg(i);
            QVERIFY(openAndKeep(page, i % 3 == 0 ? m_fx->writeForReceiver(name) : m_fx->writeSmallForReceiver(name)));
        }
        QCOMPARE(page.model()->rowCount(), 12);
        // The share kept last is the one selected and shown, and it is first (newest first).
        QCOMPARE(page.list()->currentIndex().row(), 0);
        QVERIFY(page.model()->index(0, 0).data().toString().endsWith(QStringLiteral("(not pinned)")));
        page.list()->setCurrentIndex(page.model()->index(2, 0));
        QCOMPARE(page.view()->sections()->sectionTitles().size(), 4); // the 10th kept held everything
        SharedRecordFixture::screenshot(&page, QStringLiteral("page-many"));
        CareTeamRepository(m_fx->receiver().db()).purge(member);
    }
};

QTEST_MAIN(TestReceivedSharesPage)
#include "TestReceivedSharesPage.moc"
