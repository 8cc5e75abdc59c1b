#include "ActivityPage.h"
#include "AppController.h"
#include "AuditLogModel.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "RecoveryCodeDialog.h"
#include "StartPages.h"
#include "StartWindow.h"
#include "TemporaryVault.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace carnet;

namespace {

const QString Passphrase = QStringLiteral("purple elephant marching slowly");

// Answers the recovery-code dialog the way a careful user would: types the last group back and confirms.
void answerRecoveryDialogWhenShown(QString* codeSeen)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, codeSeen] {
        if (auto* dialog = qobject_cast<RecoveryCodeDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *codeSeen = dialog->checkGroup();
            QTest::keyClicks(dialog->checkField(), dialog->checkGroup().toLower());
            dialog->accept();
        }
    });
    timer->start(20);
}

} // namespace

class TestAppController : public QObject
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

    void createUnlockLockAndAutoLock()
    {
        testsupport::ManualClock clock;
        const QString folder = m_dir.filePath(QStringLiteral("vault"));
        AppController app(folder, clock);
        app.startWindow()->setNewVaultKdf(PassphraseKdf::floor());
        app.start();
        StartWindow* start = app.startWindow();
        CreateVaultPage* create = start->createPage();
        QVERIFY(create->isVisible());
        QVERIFY(!create->createButton()->isEnabled());
        QTest::keyClicks(create->passphraseField(), Passphrase);
        QTest::keyClicks(create->repeatField(), Passphrase);
        QVERIFY(create->createButton()->isEnabled());

        QString lastGroup;
        answerRecoveryDialogWhenShown(&lastGroup);
        QSignalSpy unlocked(&app, &AppController::unlockedChanged);
        QTest::keyClick(create->repeatField(), Qt::Key_Return);
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(lastGroup.size(), 4);
        QVERIFY(app.mainWindow());
        QVERIFY(app.mainWindow()->isVisible());
        QVERIFY(!start->isVisible());
        QVERIFY(app.vault()->isUnlocked());

        // Ctrl+L locks and destroys the main window with every record view in it.
        QPointer<MainWindow> main = app.mainWindow();
        QPointer<QObject> activityModel = static_cast<ActivityPage*>(main->page(QStringLiteral("Activity")))->model();
        QVERIFY(activityModel);
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        QTest::keySequence(main, QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(!main);
        QVERIFY(!activityModel);
        QVERIFY(!app.vault());
        QVERIFY(start->isVisible());
        QCOMPARE(start->lockReason(), QStringLiteral("Locked on request."));

        // A wrong passphrase says so and keeps the vault locked.
        UnlockPage* unlock = start->unlockPage();
        QTest::keyClicks(unlock->passphraseField(), QStringLiteral("not my passphrase"));
        QTest::keyClick(unlock->passphraseField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!start->isBusy(), 30000);
        QCOMPARE(start->errorText(), QStringLiteral("Wrong passphrase."));
        QVERIFY(!app.mainWindow());

        QTest::keyClicks(unlock->passphraseField(), Passphrase);
        QTest::keyClick(unlock->passphraseField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);

        // Idle: five minutes without input lock the vault through the injected clock.
        main = app.mainWindow();
        activityModel = static_cast<ActivityPage*>(main->page(QStringLiteral("Activity")))->model();
        clock.advanceSeconds(4 * 60);
        app.autoLock().check();
        QVERIFY(main);
        clock.advanceSeconds(60);
        app.autoLock().check();
        QVERIFY(!main);
        QVERIFY(!activityModel);
        QVERIFY(!app.vault());
        QCOMPARE(start->lockReason(), QStringLiteral("Locked after 5 minute(s) without activity."));

        // The Activity view of the next session shows what happened, including the failed attempt.
        QTest::keyClicks(unlock->passphraseField(), Passphrase);
        QTest::keyClick(unlock->passphraseField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 30000);
        auto* activity = static_cast<ActivityPage*>(app.mainWindow()->page(QStringLiteral("Activity")));
        QStringList events;
        for (int row = 0; row < activity->model()->rowCount(); ++row)
            events << activity->model()->index(row, AuditLogModel::EventColumn).data().toString();
        QVERIFY(events.contains(QStringLiteral("Failed unlock attempt")));
        QVERIFY(events.contains(QStringLiteral("Vault created")));
    }

    void recoveryCodePath()
    {
        testsupport::TemporaryVault tv;
        const QString code = tv.recoveryCode();
        const QString folder = tv.folder();
        tv.lock();
        AppController app(folder);
        app.start();
        StartWindow* start = app.startWindow();
        QTest::mouseClick(start->unlockPage()->findChildren<QPushButton*>().last(), Qt::LeftButton);
        RecoverPage* recover = start->recoverPage();
        QVERIFY(recover->isVisible());
        QTest::keyClicks(recover->codeField(), code);
        QTest::keyClicks(recover->passphraseField(), Passphrase);
        QTest::keyClicks(recover->repeatField(), Passphrase);
        QString lastGroup;
        answerRecoveryDialogWhenShown(&lastGroup);
        QTest::mouseClick(recover->recoverButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 60000);
        QVERIFY(!code.endsWith(lastGroup)); // a new code was shown
    }
};

QTEST_MAIN(TestAppController)
#include "TestAppController.moc"
