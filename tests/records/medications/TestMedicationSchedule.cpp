#include "ManualClock.h"
#include "MedicationRepository.h"
#include "RecordError.h"
#include "TemporaryVault.h"

#include <QTest>

#include <ctime>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

// 2026-03-01 is a Sunday.
const QDate Sunday(2026, 3, 1);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

QStringList timesOf(const std::vector<QDateTime>& doses)
{
    QStringList out;
    for (const QDateTime& dose : doses)
        out << dose.toString(QStringLiteral("MM-dd HH:mm"));
    return out;
}

Medication scheduled(const QString& name, const MedicationSchedule& schedule, const QDate& start = Sunday)
{
    Medication m;
    m.name = name;
    m.schedule = schedule;
    m.startDate = start;
    m.doseAmount = 1;
    m.doseUnit = QStringLiteral("tablet");
    return m;
}

} // namespace

class TestMedicationSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A zone with daylight saving, so the every-N-hours schedule is checked across a change of the clocks.
        qputenv("TZ", "Europe/Paris");
        tzset();
    }

    void fixedTimesAreDueEveryDay()
    {
        MedicationSchedule schedule = MedicationSchedule::fixedTimes({QTime(20, 0), QTime(8, 0), QTime(8, 0, 30)});
        schedule.normalizeAndValidate();
        QCOMPARE(schedule.times, (std::vector<QTime>{QTime(8, 0), QTime(20, 0)}));
        QCOMPARE(timesOf(schedule.occurrencesOn(Sunday.addDays(4), Sunday)), (QStringList{"03-05 08:00", "03-05 20:00"}));
        QVERIFY(schedule.occurrencesOn(Sunday.addDays(-1), Sunday).empty());
    }

    void weekdaySchedulesOnlyOnTheirDays()
    {
        MedicationSchedule schedule =
            MedicationSchedule::onWeekdays({Qt::Friday, Qt::Monday, Qt::Wednesday}, {QTime(9, 0)});
        schedule.normalizeAndValidate();
        QStringList due;
        for (QDate day = Sunday; day < Sunday.addDays(8); day = day.addDays(1))
            due += timesOf(schedule.occurrencesOn(day, Sunday));
        // Mon 2, Wed 4, Fri 6 and Mon 9 March 2026.
        QCOMPARE(due, (QStringList{"03-02 09:00", "03-04 09:00", "03-06 09:00"}));
        QCOMPARE(schedule.occurrencesOn(Sunday.addDays(8), Sunday).size(), std::size_t(1));

        // All seven days is every day.
        MedicationSchedule daily = MedicationSchedule::onWeekdays({1, 2, 3, 4, 5, 6, 7}, {QTime(9, 0)});
        daily.normalizeAndValidate();
        QCOMPARE(daily.kind, MedicationSchedule::Kind::FixedTimes);
        QVERIFY(daily.weekdays.empty());
    }

    void everyHoursRunsAcrossMidnight()
    {
        MedicationSchedule schedule = MedicationSchedule::everyHours(5, QTime(6, 0));
        schedule.normalizeAndValidate();
        QCOMPARE(timesOf(schedule.occurrencesOn(Sunday, Sunday)),
                 (QStringList{"03-01 06:00", "03-01 11:00", "03-01 16:00", "03-01 21:00"}));
        QCOMPARE(timesOf(schedule.occurrencesOn(Sunday.addDays(1), Sunday)),
                 (QStringList{"03-02 02:00", "03-02 07:00", "03-02 12:00", "03-02 17:00", "03-02 22:00"}));
        QCOMPARE(timesOf(schedule.occurrencesOn(Sunday.addDays(2), Sunday)),
                 (QStringList{"03-03 03:00", "03-03 08:00", "03-03 13:00", "03-03 18:00", "03-03 23:00"}));
        // Midnight of 11 March is 234 hours after the first dose; the next multiple of 5 is 235: 01:00.
        QCOMPARE(timesOf(schedule.occurrencesOn(Sunday.addDays(10), Sunday)).first(), QStringLiteral("03-11 01:00"));
        QVERIFY(schedule.occurrencesOn(Sunday.addDays(-1), Sunday).empty());

        MedicationSchedule night = MedicationSchedule::everyHours(8, QTime(22, 0));
        night.normalizeAndValidate();
        QCOMPARE(timesOf(night.occurrencesOn(Sunday, Sunday)), QStringList{"03-01 22:00"});
        QCOMPARE(timesOf(night.occurrencesOn(Sunday.addDays(1), Sunday)),
                 (QStringList{"03-02 06:00", "03-02 14:00", "03-02 22:00"}));

        // Longer than a day: every 36 hours leaves some days without a dose.
        MedicationSchedule sparse = MedicationSchedule::everyHours(36, QTime(8, 0));
        sparse.normalizeAndValidate();
        QCOMPARE(timesOf(sparse.occurrencesOn(Sunday.addDays(1), Sunday)), QStringList{"03-02 20:00"});
        QVERIFY(sparse.occurrencesOn(Sunday.addDays(2), Sunday).empty());
        QCOMPARE(timesOf(sparse.occurrencesOn(Sunday.addDays(3), Sunday)), QStringList{"03-04 08:00"});
    }

    void everyHoursKeepsElapsedTimeOverDaylightSaving()
    {
        if (QDateTime(QDate(2026, 3, 29), QTime(12, 0)).offsetFromUtc()
            == QDateTime(QDate(2026, 3, 28), QTime(12, 0)).offsetFromUtc())
            QSKIP("the local time zone has no daylight-saving change on 2026-03-29 (run with TZ=Europe/Paris)");
        MedicationSchedule schedule = MedicationSchedule::everyHours(8, QTime(6, 0));
        schedule.normalizeAndValidate();
        // Clocks go forward an hour at 02:00: eight real hours after 22:00 is 07:00 on the wall clock.
        QCOMPARE(timesOf(schedule.occurrencesOn(QDate(2026, 3, 29), QDate(2026, 3, 28))),
                 (QStringList{"03-29 07:00", "03-29 15:00", "03-29 23:00"}));
    }

    void asNeededHasNoDoses()
    {
        const MedicationSchedule schedule = MedicationSchedule::asNeeded();
        QVERIFY(schedule.isAsNeeded());
        QVERIFY(schedule.occurrencesOn(Sunday, Sunday).empty());
        QVERIFY(schedule.occurrencesOn(Sunday, QDate()).empty());
    }

    void startAndStopDatesBoundTheDoses()
    {
        Medication m = scheduled(QStringLiteral("M"), MedicationSchedule::fixedTimes({QTime(8, 0)}), Sunday.addDays(2));
        m.stopDate = Sunday.addDays(5);
        m.normalizeAndValidate();
        QVERIFY(m.scheduledOn(Sunday.addDays(1)).empty());
        QCOMPARE(m.scheduledOn(Sunday.addDays(2)).size(), std::size_t(1)); // the start day is included
        QCOMPARE(m.scheduledOn(Sunday.addDays(4)).size(), std::size_t(1));
        QVERIFY(m.scheduledOn(Sunday.addDays(5)).empty()); // the stop day is the first day without it

        // Without a start date, the schedule starts the day it was recorded.
        Medication unknownStart = m;
        unknownStart.startDate = QDate();
        unknownStart.stopDate = QDate();
        unknownStart.createdAt = at(Sunday.addDays(3), 15).toUTC();
        QCOMPARE(unknownStart.scheduleStart(), Sunday.addDays(3));
        QVERIFY(unknownStart.scheduledOn(Sunday.addDays(2)).empty());
        QCOMPARE(unknownStart.scheduledOn(Sunday.addDays(3)).size(), std::size_t(1));
    }

    void describesSchedulesForPeople()
    {
        auto described = [](MedicationSchedule schedule) {
            schedule.normalizeAndValidate();
            return schedule.describe();
        };
        QCOMPARE(described(MedicationSchedule::fixedTimes({QTime(8, 0)})), QStringLiteral("Once a day at 08:00"));
        QCOMPARE(described(MedicationSchedule::fixedTimes({QTime(20, 0), QTime(8, 0)})),
                 QStringLiteral("Twice a day at 08:00 and 20:00"));
        QCOMPARE(described(MedicationSchedule::fixedTimes({QTime(8, 0), QTime(14, 0), QTime(20, 0)})),
                 QStringLiteral("3 times a day at 08:00, 14:00 and 20:00"));
        QCOMPARE(described(MedicationSchedule::everyHours(8, QTime(6, 0))), QStringLiteral("Every 8 hours from 06:00"));
        QCOMPARE(described(MedicationSchedule::everyHours(1, QTime(7, 30))), QStringLiteral("Every hour from 07:30"));
        QCOMPARE(described(MedicationSchedule::onWeekdays({5, 1, 3}, {QTime(9, 0)})),
                 QStringLiteral("Mon, Wed, Fri at 09:00"));
        QCOMPARE(described(MedicationSchedule::onWeekdays({7}, {QTime(21, 0), QTime(9, 0)})),
                 QStringLiteral("Sun at 09:00 and 21:00"));
        QCOMPARE(described(MedicationSchedule::asNeeded()), QStringLiteral("As needed"));
    }

    void parsesAndValidates()
    {
        QCOMPARE(MedicationSchedule::parseTime(QStringLiteral("08:00")), std::optional<QTime>(QTime(8, 0)));
        QCOMPARE(MedicationSchedule::parseTime(QStringLiteral("7:05")), std::optional<QTime>(QTime(7, 5)));
        QCOMPARE(MedicationSchedule::parseTime(QStringLiteral("23:59")), std::optional<QTime>(QTime(23, 59)));
        for (const char* bad : {"25:00", "24:00", "08:60", "0800", "8", "", "aa:bb", "08:00:00", "-1:00"})
            QVERIFY2(!MedicationSchedule::parseTime(QString::fromLatin1(bad)), bad);
        QCOMPARE(MedicationSchedule::weekdayFromName(QStringLiteral("WED")), std::optional<int>(3));
        QCOMPARE(MedicationSchedule::weekdayFromName(QStringLiteral("sunday")), std::optional<int>(7));
        QVERIFY(!MedicationSchedule::weekdayFromName(QStringLiteral("someday")));

        auto invalid = [](MedicationSchedule schedule) {
            try {
                schedule.normalizeAndValidate();
            } catch (const RecordError& error) {
                return error.kind() == RecordError::Kind::Invalid && !error.message().isEmpty();
            }
            return false;
        };
        QVERIFY(invalid(MedicationSchedule::everyHours(0, QTime(8, 0))));
        QVERIFY(invalid(MedicationSchedule::everyHours(-4, QTime(8, 0))));
        QVERIFY(invalid(MedicationSchedule::everyHours(MedicationSchedule::MaxIntervalHours + 1, QTime(8, 0))));
        QVERIFY(invalid(MedicationSchedule::everyHours(8, QTime())));
        QVERIFY(invalid(MedicationSchedule::fixedTimes({})));
        QVERIFY(invalid(MedicationSchedule::fixedTimes({QTime(25, 0)})));
        QVERIFY(invalid(MedicationSchedule::onWeekdays({8}, {QTime(9, 0)})));
        QVERIFY(invalid(MedicationSchedule::onWeekdays({1}, {})));

        MedicationSchedule weekly = MedicationSchedule::onWeekdays({1, 4}, {QTime(9, 0)});
        weekly.normalizeAndValidate();
        QCOMPARE(MedicationSchedule::fromJson(weekly.toJson()), weekly);
        MedicationSchedule hourly = MedicationSchedule::everyHours(6, QTime(5, 0));
        hourly.normalizeAndValidate();
        QCOMPARE(MedicationSchedule::fromJson(hourly.toJson()), hourly);
    }

    void lateMeansMoreThanAnHourAfterTheScheduledTime()
    {
        TemporaryVault tv;
        ManualClock clock(at(Sunday.addDays(1), 23));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(scheduled(
            QStringLiteral("M"), MedicationSchedule::fixedTimes({QTime(6, 0), QTime(8, 0), QTime(14, 0), QTime(20, 0)})));
        repo.recordDose(id, DoseEvent::Status::Taken, at(Sunday, 7, 0), at(Sunday, 8));   // early: taken
        repo.recordDose(id, DoseEvent::Status::Taken, at(Sunday, 7, 0), at(Sunday, 6));   // exactly an hour: taken
        repo.recordDose(id, DoseEvent::Status::Taken, at(Sunday, 15, 1), at(Sunday, 14)); // 61 minutes: late
        repo.recordDose(id, DoseEvent::Status::Late, at(Sunday, 20, 5), at(Sunday, 20));  // said to be late: late
        QList<DueDose::Status> statuses;
        for (const DueDose& dose : repo.dueDoses(Sunday))
            statuses << dose.status;
        QCOMPARE(statuses, (QList<DueDose::Status>{DueDose::Status::Taken, DueDose::Status::Taken,
                                                   DueDose::Status::Late, DueDose::Status::Late}));
        // Taken five hours early still counts as taken, on the day it was due.
        repo.recordDose(id, DoseEvent::Status::Taken, at(Sunday.addDays(1), 1), at(Sunday.addDays(1), 6));
        QCOMPARE(repo.dueDoses(Sunday.addDays(1)).front().status, DueDose::Status::Taken);
    }

    void dueDosesCoverEveryKindWithTheirStatus()
    {
        TemporaryVault tv;
        const QDate monday = Sunday.addDays(1);
        ManualClock clock(at(monday, 12));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t twice = repo.add(scheduled(QStringLiteral("Metformin"),
                                                      MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)})));
        const std::int64_t hourly = repo.add(scheduled(QStringLiteral("Amoxicillin"),
                                                       MedicationSchedule::everyHours(8, QTime(22, 0))));
        const std::int64_t weekly = repo.add(scheduled(QStringLiteral("Methotrexate"),
                                                       MedicationSchedule::onWeekdays({Qt::Monday}, {QTime(9, 0)})));
        repo.add(scheduled(QStringLiteral("Ibuprofen"), MedicationSchedule::asNeeded()));
        Medication later = scheduled(QStringLiteral("Later"), MedicationSchedule::fixedTimes({QTime(8, 0)}), monday.addDays(1));
        repo.add(later);
        Medication ended = scheduled(QStringLiteral("Ended"), MedicationSchedule::fixedTimes({QTime(8, 0)}));
        ended.stopDate = monday;
        repo.add(ended);

        repo.recordDose(twice, DoseEvent::Status::Taken, at(monday, 8, 15), at(monday, 8));
        repo.recordDose(hourly, DoseEvent::Status::Taken, at(monday, 7, 30), at(monday, 6));
        repo.recordDose(weekly, DoseEvent::Status::Skipped, at(monday, 9, 30), at(monday, 9));

        const std::vector<DueDose> due = repo.dueDoses(monday);
        QStringList lines;
        for (const DueDose& dose : due)
            lines << QStringLiteral("%1 %2 %3").arg(dose.scheduledFor.toString(QStringLiteral("HH:mm")),
                                                    dose.medicationName, DueDose::statusName(dose.status));
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("06:00 Amoxicillin late"),
                            QStringLiteral("08:00 Metformin taken"),
                            QStringLiteral("09:00 Methotrexate skipped"),
                            QStringLiteral("14:00 Amoxicillin pending"),
                            QStringLiteral("20:00 Metformin pending"),
                            QStringLiteral("22:00 Amoxicillin pending"),
                        }));
        QCOMPARE(due[1].doseText, QStringLiteral("1 tablet"));
        QVERIFY(due[1].doseEventId > 0);
        QCOMPARE(due[1].recordedAt, at(monday, 8, 15));
        QCOMPARE(due[3].doseEventId, std::int64_t(0));
        QVERIFY(!due[3].isOverdue(clock.now()));
        clock.set(at(monday, 15, 1));
        QVERIFY(due[3].isOverdue(clock.now()));
        // The day before: Sunday has the first Amoxicillin dose at 22:00 and no Methotrexate.
        QCOMPARE(repo.dueDoses(Sunday).size(), std::size_t(4));
        QVERIFY(repo.dueDoses(Sunday.addDays(-1)).empty());
    }

    void pendingDoseNearPicksTheClosestOpenDose()
    {
        TemporaryVault tv;
        ManualClock clock(at(Sunday.addDays(1), 23));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id =
            repo.add(scheduled(QStringLiteral("M"), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)})));
        QCOMPARE(repo.pendingDoseNear(id, at(Sunday, 8, 40)), std::optional<QDateTime>(at(Sunday, 8)));
        QCOMPARE(repo.pendingDoseNear(id, at(Sunday, 19)), std::optional<QDateTime>(at(Sunday, 20)));
        repo.recordDose(id, DoseEvent::Status::Taken, at(Sunday, 8, 40), at(Sunday, 8));
        // 08:00 is taken and 20:00 is too far ahead: an extra dose, not a scheduled one.
        QVERIFY(!repo.pendingDoseNear(id, at(Sunday, 9)));
        // Late at night, the missed evening dose is the one.
        QCOMPARE(repo.pendingDoseNear(id, at(Sunday.addDays(1), 0, 30)), std::optional<QDateTime>(at(Sunday, 20)));
        QCOMPARE(repo.firstPendingDoseOn(id, Sunday), std::optional<QDateTime>(at(Sunday, 20)));
        repo.recordDose(id, DoseEvent::Status::Skipped, clock.now(), at(Sunday, 20));
        QVERIFY(!repo.firstPendingDoseOn(id, Sunday));
        QVERIFY(!repo.firstPendingDoseOn(id, Sunday.addDays(-1)));
    }

    void adherenceCountsAKnownLog()
    {
        TemporaryVault tv;
        const QDate d1 = Sunday;
        ManualClock clock(at(d1.addDays(4), 12));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id =
            repo.add(scheduled(QStringLiteral("Metformin"), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)})));
        const std::int64_t prn = repo.add(scheduled(QStringLiteral("Ibuprofen"), MedicationSchedule::asNeeded()));
        repo.recordDose(prn, DoseEvent::Status::Taken, at(d1, 10));

        repo.recordDose(id, DoseEvent::Status::Taken, at(d1, 8, 5), at(d1, 8));                        // taken
        repo.recordDose(id, DoseEvent::Status::Taken, at(d1, 22), at(d1, 20));                         // late
        repo.recordDose(id, DoseEvent::Status::Skipped, at(d1.addDays(1), 9), at(d1.addDays(1), 8));   // skipped
        repo.recordDose(id, DoseEvent::Status::Taken, at(d1.addDays(1), 19, 50), at(d1.addDays(1), 20)); // taken
        repo.recordDose(id, DoseEvent::Status::Taken, at(d1.addDays(2), 8), at(d1.addDays(2), 8));     // taken
        // Day 3 20:00 and both doses of day 4 were missed; day 5 08:00 taken, 20:00 still to come.
        repo.recordDose(id, DoseEvent::Status::Taken, at(d1.addDays(4), 8, 30), at(d1.addDays(4), 8));
        // An extra, unscheduled dose does not count.
        repo.recordDose(id, DoseEvent::Status::Taken, at(d1.addDays(4), 11));

        const Adherence a = repo.adherence(id, d1, d1.addDays(4));
        QCOMPARE(a.medicationId, id);
        QCOMPARE(a.medicationName, QStringLiteral("Metformin"));
        QCOMPARE(a.taken, 5);
        QCOMPARE(a.late, 1);
        QCOMPARE(a.skipped, 1);
        QCOMPARE(a.missed, 3);
        QCOMPARE(a.pending, 1);
        QCOMPARE(a.scheduled, 9);
        QCOMPARE(a.shareTaken(), 5.0 / 9.0);
        QCOMPARE(a.percentTaken(), 55.6);
        QCOMPARE(a.toJson().value(QStringLiteral("percent_taken")).toDouble(), 55.6);

        // A dose that is less than an hour overdue is still pending, not missed.
        clock.set(at(d1.addDays(4), 20, 30));
        QCOMPARE(repo.adherence(id, d1, d1.addDays(4)).missed, 3);
        clock.set(at(d1.addDays(4), 21, 1));
        QCOMPARE(repo.adherence(id, d1, d1.addDays(4)).missed, 4);
        clock.set(at(d1.addDays(4), 12));

        const Adherence firstTwoDays = repo.adherence(id, d1, d1.addDays(1));
        QCOMPARE(firstTwoDays.scheduled, 4);
        QCOMPARE(firstTwoDays.taken, 3);
        QCOMPARE(firstTwoDays.percentTaken(), 75.0);

        // As-needed medications are left out of the whole-vault view and have no share of their own.
        const std::vector<Adherence> all = repo.adherence(d1, d1.addDays(4));
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].medicationId, id);
        const Adherence asNeeded = repo.adherence(prn, d1, d1.addDays(4));
        QVERIFY(asNeeded.asNeeded);
        QCOMPARE(asNeeded.scheduled, 0);
        QVERIFY(asNeeded.toJson().value(QStringLiteral("share_taken")).isNull());

        // Days before the start have nothing due.
        QCOMPARE(repo.adherence(id, d1.addDays(-10), d1.addDays(-1)).scheduled, 0);
        try {
            repo.adherence(id, d1.addDays(2), d1);
            QFAIL("an empty span was accepted");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
        }

        // Editing the schedule later does not lose the doses already logged.
        Medication m = repo.get(id);
        m.schedule = MedicationSchedule::fixedTimes({QTime(9, 0)});
        repo.update(m);
        const Adherence afterEdit = repo.adherence(id, d1, d1.addDays(1));
        QCOMPARE(afterEdit.taken, 3);
        QCOMPARE(afterEdit.skipped, 1);
    }
};

QTEST_GUILESS_MAIN(TestMedicationSchedule)
#include "TestMedicationSchedule.moc"
