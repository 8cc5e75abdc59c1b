#include "ManualClock.h"
#include "ReminderScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace carnet;

class TestReminderScheduler : public QObject
{
    Q_OBJECT

private:
    static std::vector<Reminder> sample(const QDateTime& base)
    {
        return {
            {QStringLiteral("dose:1:08:00"), base.addSecs(60), QStringLiteral("Metformin 500 mg"), QStringLiteral("1 tablet")},
            {QStringLiteral("appt:7"), base.addSecs(3600), QStringLiteral("Dr. Lindqvist"), QStringLiteral("Cardiology")},
        };
    }

private slots:
    void firesOnceWhenDue()
    {
        testsupport::ManualClock clock;
        ReminderScheduler scheduler(clock);
        QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
        scheduler.setReminders(sample(clock.now()));
        scheduler.check();
        QCOMPARE(spy.count(), 0);
        clock.advanceSeconds(61);
        scheduler.check();
        scheduler.check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Reminder>().title, QStringLiteral("Metformin 500 mg"));
        scheduler.setReminders(sample(clock.now().addSecs(-61))); // refreshed schedule: not fired twice
        scheduler.check();
        QCOMPARE(spy.count(), 1);
    }

    void lockedRemindersCarryNoHealthDetail()
    {
        testsupport::ManualClock clock;
        ReminderScheduler scheduler(clock);
        QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
        scheduler.setReminders(sample(clock.now()));
        scheduler.redactForLock();
        clock.advanceSeconds(3601);
        scheduler.check();
        QCOMPARE(spy.count(), 2);
        for (const auto& args : spy) {
            const auto reminder = args.at(0).value<Reminder>();
            QVERIFY(reminder.redacted);
            QVERIFY(!reminder.title.contains(QLatin1String("Metformin")) && !reminder.title.contains(QLatin1String("Lindqvist")));
            QVERIFY(!reminder.detail.contains(QLatin1String("tablet")) && !reminder.detail.contains(QLatin1String("Cardiology")));
        }
    }

    void staleRemindersAreSkippedAndDisabledStaysQuiet()
    {
        testsupport::ManualClock clock;
        ReminderScheduler scheduler(clock);
        QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
        scheduler.setReminders(sample(clock.now().addSecs(-5 * 3600)));
        scheduler.check();
        QCOMPARE(spy.count(), 0);
        scheduler.setEnabled(false);
        scheduler.setReminders(sample(clock.now()));
        clock.advanceSeconds(7200);
        scheduler.check();
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "TestReminderScheduler.moc"
