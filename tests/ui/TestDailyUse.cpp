#include "AppController.h"
#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "JournalEntryEditorDialog.h"
#include "JournalListModel.h"
#include "JournalPage.h"
#include "JournalRepository.h"
#include "JournalSearchModel.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "MedicationEditorDialog.h"
#include "MedicationListModel.h"
#include "MedicationRepository.h"
#include "MedicationsPage.h"
#include "StartPages.h"
#include "StartWindow.h"
#include "TemporaryVault.h"
#include "TodayPage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

namespace {

template <typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QAction* action(QWidget& page, const char* name)
{
    return child<QAction>(page, name);
}

void unlock(StartWindow* start, const QString& passphrase)
{
    UnlockPage* page = start->unlockPage();
    QTest::keyClicks(page->passphraseField(), passphrase);
    QTest::keyClick(page->passphraseField(), Qt::Key_Return);
}

} // namespace

// A patient's day, through the real main window: write a journal entry, add a medication, take its dose from the
// Today view, copy a member id, lock, unlock, and find the entry again by searching.
class TestDailyUse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void aDayWithCarnet()
    {
        testsupport::TemporaryVault tv;
        const QString folder = tv.folder();
        tv.lock();
        testsupport::ManualClock clock(QDateTime(QDate::currentDate(), QTime(7, 55)));
        AppController app(folder, clock);
        app.start();
        unlock(app.startWindow(), QString::fromLatin1(testsupport::TemporaryVault::Passphrase));
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);
        MainWindow* main = app.mainWindow();
        QCOMPARE(main->currentPage(), 0); // Today first

        // Journal: a new entry through the editor.
        auto* journal = static_cast<JournalPage*>(main->page(QStringLiteral("Journal")));
        main->showPage(1);
        DialogSeam::pushDriver([](QDialog& dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "journalTitle"), QStringLiteral("Dizzy after breakfast"));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "journalBody"),
                             QStringLiteral("Felt lightheaded around 9, passed after sitting down."));
            QTest::keyClicks(child<QLineEdit>(dialog, "journalTags"), QStringLiteral("dizziness"));
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "journalEditorButtons")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            return dialog.result();
        });
        action(*journal, "newJournalEntry")->trigger();
        QCOMPARE(JournalRepository(app.vault()->database()).count(), 1);

        // Medications: once a day at 08:00 (the editor's default schedule).
        auto* meds = static_cast<MedicationsPage*>(main->page(QStringLiteral("Medications")));
        main->showPage(2);
        DialogSeam::pushDriver([](QDialog& dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("Levothyroxine"));
            QTest::keyClicks(child<QLineEdit>(dialog, "strength"), QStringLiteral("50 mcg"));
            QTest::keyClicks(child<QLineEdit>(dialog, "doseAmount"), QStringLiteral("1"));
            QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled())
                return int(QDialog::Rejected);
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog.result();
        });
        action(*meds, "newMedication")->trigger();
        MedicationRepository repository(app.vault()->database(), clock);
        QCOMPARE(static_cast<int>(repository.list().size()), 1);
        const std::int64_t medId = repository.list().front().id;

        // Today: the 08:00 dose is there and pending; take it at 08:10.
        auto* today = static_cast<TodayPage*>(main->page(QStringLiteral("Today")));
        clock.advanceSeconds(15 * 60);
        main->showPage(0);
        QCOMPARE(today->doseView()->model()->rowCount(), 1);
        today->takeSelectedDose();
        const auto doses = repository.doses(medId);
        QCOMPARE(static_cast<int>(doses.size()), 1);
        QCOMPARE(doses.front().status, DoseEvent::Status::Taken);

        // A copied member id does not outlive the session.
        app.clipboard().copy(QStringLiteral("MHM-4821-7730-02"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("MHM-4821-7730-02"));

        // Lock: the window, its pages and their models are gone, the vault is closed, the clipboard cleared.
        QPointer<MainWindow> mainGuard = main;
        QPointer<QObject> journalModel = journal->listModel();
        QPointer<QObject> medsModel = meds->listModel();
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        QTest::keySequence(main, QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(!mainGuard);
        QVERIFY(!journalModel);
        QVERIFY(!medsModel);
        QVERIFY(!app.vault());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // Unlock and find the entry by searching.
        unlock(app.startWindow(), QString::fromLatin1(testsupport::TemporaryVault::Passphrase));
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);
        main = app.mainWindow();
        // Tomorrow's dose is in the reminder schedule; today's, already taken, is not.
        int levothyroxine = 0;
        for (const Reminder& reminder : app.reminders().reminders())
            levothyroxine += reminder.title.startsWith(QStringLiteral("Levothyroxine")) ? 1 : 0;
        QCOMPARE(levothyroxine, 1);
        journal = static_cast<JournalPage*>(main->page(QStringLiteral("Journal")));
        main->showPage(1);
        QTest::keyClicks(journal->searchField(), QStringLiteral("lighthead"));
        QTRY_COMPARE(journal->shownModel(), static_cast<QAbstractItemModel*>(journal->searchModel()));
        QTRY_COMPARE(journal->shownModel()->rowCount(), 1);
        QCOMPARE(journal->shownModel()->index(0, 0).data(JournalListModel::TitleRole).toString(),
                 QStringLiteral("Dizzy after breakfast"));
        QTest::keyClicks(journal->searchField(), QStringLiteral("zzz"));
        QTRY_COMPARE(journal->shownModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDailyUse)
#include "TestDailyUse.moc"
