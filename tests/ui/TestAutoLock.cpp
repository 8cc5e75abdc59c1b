#include "AutoLock.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace carnet;

class TestAutoLock : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterTheDelayWithoutActivity()
    {
        testsupport::ManualClock clock;
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.start();
        clock.advanceSeconds(AutoLock::DefaultDelaySeconds - 1);
        lock.check();
        QCOMPARE(spy.count(), 0);
        clock.advanceSeconds(1);
        lock.check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<AutoLock::Reason>(), AutoLock::Reason::Idle);
        QVERIFY(!lock.isRunning());
        lock.check();
        QCOMPARE(spy.count(), 1); // once
    }

    void activityPostponesIt()
    {
        testsupport::ManualClock clock;
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setDelaySeconds(60);
        lock.start();
        for (int i = 0; i < 10; ++i) {
            clock.advanceSeconds(50);
            lock.noteActivity();
            lock.check();
        }
        QCOMPARE(spy.count(), 0);
        clock.advanceSeconds(60);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void zeroMeansNever()
    {
        testsupport::ManualClock clock;
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setDelaySeconds(0);
        lock.start();
        clock.advanceSeconds(24 * 3600);
        lock.check();
        QCOMPARE(spy.count(), 0);
        lock.lockNow(AutoLock::Reason::ScreenLocked);
        QCOMPARE(spy.count(), 1);
    }

    void reasonsAreDescribed()
    {
        QCOMPARE(AutoLock::describe(AutoLock::Reason::Idle, 300), QStringLiteral("Locked after 5 minute(s) without activity."));
        QVERIFY(AutoLock::describe(AutoLock::Reason::ScreenLocked, 300).contains(QLatin1String("screen")));
        QVERIFY(AutoLock::describe(AutoLock::Reason::Suspend, 300).contains(QLatin1String("sleep")));
    }
};

QTEST_GUILESS_MAIN(TestAutoLock)
#include "TestAutoLock.moc"
