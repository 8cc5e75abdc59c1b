#include "AppointmentRepository.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "TemporaryVault.h"
#include "UpcomingReminders.h"

#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

class TestUpcomingReminders : public QObject
{
    Q_OBJECT

private slots:
    void dosesAndAppointmentRemindersInTheNextDayAndAHalf()
    {
        TemporaryVault tv;
        const QDate today(2026, 3, 10);
        ManualClock clock(QDateTime(today, QTime(7, 55)));
        MedicationRepository meds(tv.db(), clock);
        Medication m;
        m.name = QStringLiteral("Metformin");
        m.strength = QStringLiteral("500 mg");
        m.doseAmount = 1;
        m.doseUnit = QStringLiteral("tablet");
        m.schedule = MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)});
        m.startDate = today.addDays(-3);
        const std::int64_t id = meds.add(m);

        AppointmentRepository calendar(tv.db());
        Appointment a;
        a.title = QStringLiteral("Check-up");
        a.start = QDateTime(today.addDays(1), QTime(10, 0)).toUTC();
        a.end = a.start.addSecs(1800);
        a.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        a.reminderMinutes = {60};
        calendar.add(a);

        auto reminders = UpcomingReminders::collect(tv.db(), clock);
        QStringList seen;
        for (const Reminder& r : reminders)
            seen << r.at.toLocalTime().toString(QStringLiteral("dd HH:mm ")) + r.title;
        // Until 19:55 tomorrow: three doses and the reminder an hour before the check-up, in time order.
        QCOMPARE(seen, (QStringList{QStringLiteral("10 08:00 Metformin 500 mg"), QStringLiteral("10 20:00 Metformin 500 mg"),
                                    QStringLiteral("11 08:00 Metformin 500 mg"), QStringLiteral("11 09:00 Check-up")}));
        QCOMPARE(reminders.front().detail, QStringLiteral("1 tablet, due 08:00"));
        QVERIFY(reminders.front().key.startsWith(QStringLiteral("dose:%1:").arg(id)));

        // A dose taken is no longer announced.
        meds.recordDose(id, DoseEvent::Status::Taken, QDateTime(today, QTime(7, 58)), QDateTime(today, QTime(8, 0)));
        reminders = UpcomingReminders::collect(tv.db(), clock);
        QCOMPARE(reminders.size(), std::size_t(3));
        QCOMPARE(reminders.front().at, QDateTime(today, QTime(20, 0)));
    }
};

QTEST_GUILESS_MAIN(TestUpcomingReminders)
#include "TestUpcomingReminders.moc"
