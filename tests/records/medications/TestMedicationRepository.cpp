#include "ManualClock.h"
#include "MedicationRepository.h"
#include "RecordError.h"
#include "RecordStore.h"
#include "TemporaryVault.h"

#include <QJsonArray>
#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

// 2026-03-01 is a Sunday; the clock starts there at 09:00 local time.
const QDate Day1(2026, 3, 1);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

Medication metformin()
{
    Medication m;
    m.name = QStringLiteral("Metformin");
    m.strength = QStringLiteral("500 mg");
    m.form = QStringLiteral("tablet");
    m.route = QStringLiteral("oral");
    m.doseAmount = 1;
    m.doseUnit = QStringLiteral("tablet");
    m.schedule = MedicationSchedule::fixedTimes({QTime(20, 0), QTime(8, 0)});
    m.prescriber = QStringLiteral("Dr. Okafor");
    m.pharmacy = QStringLiteral("Corner Pharmacy");
    m.reason = QStringLiteral("Type 2 diabetes");
    m.startDate = Day1;
    m.refillsLeft = 3;
    m.nextRefillDate = Day1.addDays(20);
    m.notes = QStringLiteral("With meals");
    return m;
}

Medication named(const QString& name, const MedicationSchedule& schedule = MedicationSchedule::asNeeded())
{
    Medication m;
    m.name = name;
    m.schedule = schedule;
    return m;
}

int countRows(Database& db, const QString& sql, std::int64_t id)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, id);
    return stmt.step() ? stmt.integer(0) : -1;
}

template<typename F>
RecordError::Kind errorKindOf(F&& call)
{
    try {
        call();
    } catch (const RecordError& error) {
        return error.kind();
    }
    return static_cast<RecordError::Kind>(-1);
}

} // namespace

class TestMedicationRepository : public QObject
{
    Q_OBJECT

private slots:
    void addStoresEveryField()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        QVERIFY(id > 0);

        const Medication m = repo.get(id);
        QCOMPARE(m.id, id);
        QCOMPARE(m.name, QStringLiteral("Metformin"));
        QCOMPARE(m.strength, QStringLiteral("500 mg"));
        QCOMPARE(m.form, QStringLiteral("tablet"));
        QCOMPARE(m.route, QStringLiteral("oral"));
        QCOMPARE(m.doseAmount.value_or(0), 1.0);
        QCOMPARE(m.doseUnit, QStringLiteral("tablet"));
        QCOMPARE(m.schedule.kind, MedicationSchedule::Kind::FixedTimes);
        // Stored sorted, whatever order they were given in.
        QCOMPARE(m.schedule.times, (std::vector<QTime>{QTime(8, 0), QTime(20, 0)}));
        QCOMPARE(m.prescriber, QStringLiteral("Dr. Okafor"));
        QCOMPARE(m.pharmacy, QStringLiteral("Corner Pharmacy"));
        QCOMPARE(m.reason, QStringLiteral("Type 2 diabetes"));
        QCOMPARE(m.startDate, Day1);
        QVERIFY(!m.stopDate.isValid());
        QCOMPARE(m.refillsLeft.value_or(-1), 3);
        QCOMPARE(m.nextRefillDate, Day1.addDays(20));
        QCOMPARE(m.notes, QStringLiteral("With meals"));
        QCOMPARE(m.version, 1);
        QCOMPARE(m.createdAt, clock.now());
        QCOMPARE(m.displayName(), QStringLiteral("Metformin 500 mg"));
        QCOMPARE(m.doseText(), QStringLiteral("1 tablet"));

        RecordStore store(tv.db());
        QCOMPARE(store.meta(id)->kind, QStringLiteral("medication"));
        const auto history = store.history(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values, m.toJson());

        // The schedule survives a lock and unlock of the vault.
        tv.reopen();
        MedicationRepository reopened(tv.db(), clock);
        QCOMPARE(reopened.get(id).schedule, m.schedule);
    }

    void everyScheduleKindRoundTrips()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        const std::vector<MedicationSchedule> schedules = {
            MedicationSchedule::fixedTimes({QTime(9, 0)}),
            MedicationSchedule::everyHours(8, QTime(6, 0)),
            MedicationSchedule::onWeekdays({Qt::Friday, Qt::Monday, Qt::Wednesday}, {QTime(9, 0), QTime(21, 30)}),
            MedicationSchedule::asNeeded(),
        };
        for (const MedicationSchedule& schedule : schedules) {
            const std::int64_t id = repo.add(named(QStringLiteral("M"), schedule));
            MedicationSchedule expected = schedule;
            expected.normalizeAndValidate();
            QCOMPARE(repo.get(id).schedule, expected);
        }
        const Medication weekly = repo.list()[2];
        QCOMPARE(weekly.schedule.weekdays, (std::vector<int>{1, 3, 5}));
    }

    void updateKeepsThePriorVersion()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        Medication m = repo.get(id);
        m.strength = QStringLiteral("1000 mg");
        m.schedule = MedicationSchedule::fixedTimes({QTime(8, 0)});
        m.refillsLeft.reset();
        clock.advanceSeconds(3600);
        repo.update(m);

        const Medication updated = repo.get(id);
        QCOMPARE(updated.strength, QStringLiteral("1000 mg"));
        QCOMPARE(updated.schedule.times.size(), std::size_t(1));
        QVERIFY(!updated.refillsLeft);
        QCOMPARE(updated.version, 2);
        QCOMPARE(updated.updatedAt, clock.now());

        const auto history = RecordStore(tv.db()).history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].values.value(QStringLiteral("strength")).toString(), QStringLiteral("500 mg"));
        QCOMPARE(history[0].values.value(QStringLiteral("refills_left")).toInt(), 3);
        QCOMPARE(history[0].values.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("times")).toArray().size(), 2);
        QCOMPARE(history[1].change, QStringLiteral("edit"));
        QCOMPARE(history[1].values.value(QStringLiteral("strength")).toString(), QStringLiteral("1000 mg"));
        QVERIFY(history[1].values.value(QStringLiteral("refills_left")).isNull());
        // The full record is kept each time, not only the changed field.
        QCOMPARE(history[1].values.value(QStringLiteral("pharmacy")).toString(), QStringLiteral("Corner Pharmacy"));
    }

    void invalidValuesAreRefused()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        auto refused = [&](auto change) {
            Medication m = metformin();
            change(m);
            return errorKindOf([&] { repo.add(m); }) == RecordError::Kind::Invalid;
        };
        QVERIFY(refused([](Medication& m) { m.name = QStringLiteral("   "); }));
        QVERIFY(refused([](Medication& m) { m.form = QStringLiteral("pill"); }));
        QVERIFY(refused([](Medication& m) { m.route = QStringLiteral("by owl"); }));
        QVERIFY(refused([](Medication& m) { m.doseAmount = 0; }));
        QVERIFY(refused([](Medication& m) { m.doseAmount = -1; }));
        QVERIFY(refused([](Medication& m) { m.refillsLeft = -2; }));
        QVERIFY(refused([](Medication& m) { m.stopDate = m.startDate.addDays(-1); }));
        QVERIFY(refused([](Medication& m) { m.schedule = MedicationSchedule::everyHours(0, QTime(8, 0)); }));
        QVERIFY(refused([](Medication& m) { m.schedule = MedicationSchedule::fixedTimes({}); }));
        QVERIFY(refused([](Medication& m) { m.schedule = MedicationSchedule::onWeekdays({}, {QTime(9, 0)}); }));
        QVERIFY(repo.list(MedicationRepository::Filter::All).empty());

        // Letters in a form are accepted in any case and stored in lower case.
        Medication upper = metformin();
        upper.form = QStringLiteral(" Capsule ");
        QCOMPARE(repo.get(repo.add(upper)).form, QStringLiteral("capsule"));
    }

    void stopKeepsTheMedicationAsHistory()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day1.addDays(10), 9));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        const std::int64_t other = repo.add(named(QStringLiteral("Aspirin")));
        QCOMPARE(repo.recordDose(id, DoseEvent::Status::Taken, at(Day1.addDays(9), 8, 5)) > 0, true);

        repo.stop(id, Day1.addDays(10), QStringLiteral("Side effects"));
        const Medication stopped = repo.get(id);
        QCOMPARE(stopped.stopDate, Day1.addDays(10));
        QCOMPARE(stopped.stopReason, QStringLiteral("Side effects"));
        QVERIFY(stopped.isStoppedOn(clock.now().date()));

        auto ids = [&](MedicationRepository::Filter filter) {
            std::vector<std::int64_t> out;
            for (const Medication& m : repo.list(filter))
                out.push_back(m.id);
            return out;
        };
        QCOMPARE(ids(MedicationRepository::Filter::Current), std::vector<std::int64_t>{other});
        QCOMPARE(ids(MedicationRepository::Filter::Past), std::vector<std::int64_t>{id});
        QCOMPARE(ids(MedicationRepository::Filter::All), (std::vector<std::int64_t>{other, id}));

        // The dose log is kept, and no dose can be added from the stop date on.
        QCOMPARE(repo.doses(id).size(), std::size_t(1));
        QCOMPARE(errorKindOf([&] { repo.recordDose(id, DoseEvent::Status::Taken, clock.now()); }),
                 RecordError::Kind::Invalid);
        // Nothing is due on or after the stop date, and earlier days keep their doses.
        QVERIFY(repo.dueDoses(Day1.addDays(10)).empty());
        QCOMPARE(repo.dueDoses(Day1.addDays(9)).size(), std::size_t(2));

        const auto history = RecordStore(tv.db()).history(id);
        QCOMPARE(history.back().values.value(QStringLiteral("stop_date")).toString(), QStringLiteral("2026-03-11"));
        QCOMPARE(history.back().values.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("Side effects"));
        QVERIFY(history.front().values.value(QStringLiteral("stop_date")).isNull());

        // A stop date still to come keeps it current until then.
        repo.stop(other, clock.now().date().addDays(5));
        QCOMPARE(ids(MedicationRepository::Filter::Current), std::vector<std::int64_t>{other});
        QCOMPARE(errorKindOf([&] { repo.stop(other, QDate()); }), RecordError::Kind::Invalid);
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day1, 21));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        repo.recordDose(id, DoseEvent::Status::Taken, at(Day1, 8, 10), at(Day1, 8));

        repo.softDelete(id);
        QCOMPARE(errorKindOf([&] { repo.get(id); }), RecordError::Kind::NotFound);
        QVERIFY(repo.list(MedicationRepository::Filter::All).empty());
        QVERIFY(repo.dueDoses(Day1).empty());
        QVERIFY(repo.adherence(Day1, Day1).empty());
        QVERIFY(repo.timeline(at(Day1, 0), at(Day1, 23)).empty());
        QCOMPARE(errorKindOf([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(Day1, 20, 5)); }),
                 RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { repo.softDelete(id); }), RecordError::Kind::NotFound);

        repo.restore(id);
        QCOMPARE(repo.get(id).name, QStringLiteral("Metformin"));
        QCOMPARE(repo.dueDoses(Day1).front().status, DueDose::Status::Taken);
        QStringList changes;
        for (const RecordVersion& version : RecordStore(tv.db()).history(id))
            changes << version.change;
        QCOMPARE(changes, (QStringList{QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")}));

        repo.purge(id);
        QVERIFY(!RecordStore(tv.db()).meta(id));
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM medications WHERE id = ?"), id), 0);
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM medication_times WHERE medication_id = ?"), id), 0);
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM medication_doses WHERE medication_id = ?"), id), 0);
        QCOMPARE(errorKindOf([&] { repo.purge(id); }), RecordError::Kind::NotFound);
    }

    void unknownIdsAreNotFound()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t journal = RecordStore(tv.db()).createRecord(QLatin1String(RecordStore::Journal));
        for (std::int64_t id : {std::int64_t(424242), journal}) {
            try {
                repo.get(id);
                QFAIL("an id that is not a medication was found");
            } catch (const RecordError& error) {
                QCOMPARE(error.kind(), RecordError::Kind::NotFound);
                QCOMPARE(error.message(), QStringLiteral("No medication with id %1.").arg(id));
            }
            Medication m = metformin();
            m.id = id;
            QCOMPARE(errorKindOf([&] { repo.update(m); }), RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.stop(id, Day1); }), RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.softDelete(id); }), RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.restore(id); }), RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.purge(id); }), RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.recordDose(id, DoseEvent::Status::Taken, clock.now()); }),
                     RecordError::Kind::NotFound);
            QCOMPARE(errorKindOf([&] { repo.adherence(id, Day1, Day1); }), RecordError::Kind::NotFound);
        }
        QVERIFY(RecordStore(tv.db()).meta(journal)); // purge did not touch a record of another kind
    }

    void recordDoseRefusesBadDoses()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day1.addDays(2), 12));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        Medication prn = named(QStringLiteral("Ibuprofen"));
        prn.startDate = Day1;
        const std::int64_t prnId = repo.add(prn);
        auto invalid = [&](auto call) { return errorKindOf(call) == RecordError::Kind::Invalid; };
        const QDate today = clock.now().date();

        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(today, 8), at(today, 8), 0.0); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(today, 8), at(today, 8), -1.0); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, clock.now().addSecs(2 * 3600)); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, clock.now().addDays(30)); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, QDateTime()); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(today, 9), at(today, 9)); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(Day1.addDays(-1), 8), at(Day1.addDays(-1), 8)); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Taken, at(Day1.addDays(-1), 8)); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Skipped, clock.now()); }));
        QVERIFY(invalid([&] { repo.recordDose(id, DoseEvent::Status::Skipped, clock.now(), at(today.addDays(3), 8)); }));
        QVERIFY(invalid([&] { repo.recordDose(prnId, DoseEvent::Status::Taken, clock.now(), at(today, 8)); }));
        QVERIFY(repo.doses(id).empty());

        // The same scheduled dose cannot be logged twice.
        repo.recordDose(id, DoseEvent::Status::Taken, at(today, 8, 5), at(today, 8));
        try {
            repo.recordDose(id, DoseEvent::Status::Skipped, clock.now(), at(today, 8));
            QFAIL("a scheduled dose was logged twice");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
            QVERIFY(error.message().contains(QLatin1String("already recorded as taken")));
        }
        // As-needed doses have no slot and can be taken several times.
        repo.recordDose(prnId, DoseEvent::Status::Taken, at(today, 9), std::nullopt, 2.0);
        repo.recordDose(prnId, DoseEvent::Status::Taken, at(today, 11), std::nullopt, std::nullopt, QStringLiteral("headache"));
        const std::vector<DoseEvent> prnDoses = repo.doses(prnId);
        QCOMPARE(prnDoses.size(), std::size_t(2));
        QCOMPARE(prnDoses[0].recordedAt, at(today, 11)); // newest first
        QVERIFY(!prnDoses[0].amount); // the medication has no dose set
        QCOMPARE(prnDoses[0].note, QStringLiteral("headache"));
        QCOMPARE(prnDoses[1].amount.value_or(0), 2.0);
        QVERIFY(!prnDoses[1].scheduledFor.isValid());
        QCOMPARE(repo.doses(prnId, 1).size(), std::size_t(1));
    }

    void dosesDefaultToTheMedicationsAmount()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day1, 21));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        repo.recordDose(id, DoseEvent::Status::Taken, at(Day1, 8, 1), at(Day1, 8));
        repo.recordDose(id, DoseEvent::Status::Skipped, clock.now(), at(Day1, 20), 5.0, QStringLiteral("nausea"));
        const std::vector<DoseEvent> doses = repo.doses(id);
        QCOMPARE(doses.size(), std::size_t(2));
        QCOMPARE(doses[0].status, DoseEvent::Status::Skipped);
        QVERIFY(!doses[0].amount); // nothing taken
        QCOMPARE(doses[0].note, QStringLiteral("nausea"));
        QCOMPARE(doses[0].loggedAt, clock.now());
        QCOMPARE(doses[1].amount.value_or(0), 1.0);
        QCOMPARE(doses[1].scheduledFor, at(Day1, 8));
        QCOMPARE(doses[1].toJson().value(QStringLiteral("status")).toString(), QStringLiteral("taken"));
    }

    void refillsRunningLow()
    {
        TemporaryVault tv;
        ManualClock clock;
        MedicationRepository repo(tv.db(), clock);
        auto withRefill = [](const QString& name, const QDate& next) {
            Medication m = named(name);
            m.nextRefillDate = next;
            return m;
        };
        const std::int64_t soon = repo.add(withRefill(QStringLiteral("Soon"), Day1.addDays(3)));
        const std::int64_t overdue = repo.add(withRefill(QStringLiteral("Overdue"), Day1.addDays(-2)));
        repo.add(withRefill(QStringLiteral("Later"), Day1.addDays(30)));
        repo.add(named(QStringLiteral("No refill date")));
        Medication stopped = withRefill(QStringLiteral("Stopped"), Day1.addDays(1));
        stopped.stopDate = Day1;
        repo.add(stopped);
        const std::int64_t deleted = repo.add(withRefill(QStringLiteral("Deleted"), Day1.addDays(1)));
        repo.softDelete(deleted);

        std::vector<std::int64_t> ids;
        for (const Medication& m : repo.refillsRunningLow(Day1, 7))
            ids.push_back(m.id);
        QCOMPARE(ids, (std::vector<std::int64_t>{overdue, soon}));
        QCOMPARE(repo.refillsRunningLow(Day1, 0).size(), std::size_t(1));
        QCOMPARE(repo.refillsRunningLow(Day1, 30).size(), std::size_t(3));
        QCOMPARE(errorKindOf([&] { repo.refillsRunningLow(Day1, -1); }), RecordError::Kind::Invalid);
    }

    void timelineListsStartsStopsAndDoses()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day1.addDays(3), 12));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t id = repo.add(metformin());
        const std::int64_t prn = repo.add(named(QStringLiteral("Ibuprofen")));
        repo.recordDose(id, DoseEvent::Status::Taken, at(Day1, 8, 10), at(Day1, 8));
        repo.recordDose(id, DoseEvent::Status::Taken, at(Day1, 21, 30), at(Day1, 20));
        repo.recordDose(id, DoseEvent::Status::Skipped, at(Day1.addDays(1), 9), at(Day1.addDays(1), 8),
                        std::nullopt, QStringLiteral("forgot"));
        repo.recordDose(prn, DoseEvent::Status::Taken, at(Day1.addDays(1), 15));
        repo.stop(id, Day1.addDays(2), QStringLiteral("Finished"));

        const std::vector<TimelineItem> items = repo.timeline(at(Day1, 0), at(Day1.addDays(2), 23, 59));
        QStringList events;
        for (const TimelineItem& item : items) {
            QCOMPARE(item.kind, QStringLiteral("medication"));
            events << item.event;
        }
        QCOMPARE(events, (QStringList{QStringLiteral("started"), QStringLiteral("dose-taken"),
                                      QStringLiteral("dose-late"), QStringLiteral("dose-skipped"),
                                      QStringLiteral("dose-taken"), QStringLiteral("stopped")}));
        QCOMPARE(items[0].at, at(Day1, 0));
        QCOMPARE(items[0].recordId, id);
        QCOMPARE(items[0].title, QStringLiteral("Started Metformin 500 mg"));
        QCOMPARE(items[1].at, at(Day1, 8, 10));
        QCOMPARE(items[1].detail, QStringLiteral("08:00 dose, 1 tablet"));
        QCOMPARE(items[2].title, QStringLiteral("Took Metformin 500 mg late"));
        QCOMPARE(items[3].at, at(Day1.addDays(1), 8)); // a skipped dose sits at the time it was due
        QCOMPARE(items[3].detail, QStringLiteral("08:00 dose, forgot"));
        QCOMPARE(items[4].recordId, prn);
        QCOMPARE(items[5].detail, QStringLiteral("Finished"));

        const std::vector<TimelineItem> firstMorning = repo.timeline(at(Day1, 7), at(Day1, 9));
        QCOMPARE(firstMorning.size(), std::size_t(1));
        QCOMPARE(firstMorning[0].event, QStringLiteral("dose-taken"));
        QVERIFY(repo.timeline(at(Day1, 9), at(Day1, 7)).empty());
    }
};

QTEST_GUILESS_MAIN(TestMedicationRepository)
#include "TestMedicationRepository.moc"
