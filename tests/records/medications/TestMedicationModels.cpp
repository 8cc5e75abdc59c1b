#include "DueDoseModel.h"
#include "ManualClock.h"
#include "MedicationListModel.h"
#include "MedicationRepository.h"
#include "RecordError.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

const QDate Day(2026, 3, 2); // a Monday

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

Medication medication(const QString& name, const MedicationSchedule& schedule)
{
    Medication m;
    m.name = name;
    m.strength = QStringLiteral("10 mg");
    m.doseAmount = 1;
    m.doseUnit = QStringLiteral("tablet");
    m.schedule = schedule;
    m.startDate = Day.addDays(-7);
    return m;
}

} // namespace

class TestMedicationModels : public QObject
{
    Q_OBJECT

private slots:
    void listModelShowsCurrentAndPast()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day, 12));
        MedicationRepository repo(tv.db(), clock);
        Medication lisinopril = medication(QStringLiteral("Lisinopril"), MedicationSchedule::fixedTimes({QTime(8, 0)}));
        lisinopril.nextRefillDate = Day.addDays(9);
        const std::int64_t a = repo.add(lisinopril);
        const std::int64_t b =
            repo.add(medication(QStringLiteral("atorvastatin"), MedicationSchedule::fixedTimes({QTime(21, 0)})));
        const std::int64_t c = repo.add(medication(QStringLiteral("Cetirizine"), MedicationSchedule::asNeeded()));

        MedicationListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MedicationListModel::ColumnCount));
        // Sorted by name, whatever the case.
        QCOMPARE(model.data(model.index(0, MedicationListModel::NameColumn)).toString(), QStringLiteral("atorvastatin"));
        const int row = model.rowOf(a);
        QCOMPARE(row, 2);
        QCOMPARE(model.data(model.index(row, MedicationListModel::StrengthColumn)).toString(), QStringLiteral("10 mg"));
        QCOMPARE(model.data(model.index(row, MedicationListModel::DoseColumn)).toString(), QStringLiteral("1 tablet"));
        QCOMPARE(model.data(model.index(row, MedicationListModel::ScheduleColumn)).toString(),
                 QStringLiteral("Once a day at 08:00"));
        QCOMPARE(model.data(model.index(row, MedicationListModel::NextRefillColumn)).toString(),
                 QStringLiteral("2026-03-11"));
        QCOMPARE(model.data(model.index(row, 0), MedicationListModel::IdRole).toLongLong(), a);
        QCOMPARE(model.data(model.index(row, 0), MedicationListModel::NextRefillRole).toDate(), Day.addDays(9));
        QCOMPARE(model.data(model.index(row, 0), MedicationListModel::ScheduleRole).toString(),
                 QStringLiteral("Once a day at 08:00"));
        QCOMPARE(model.data(model.index(row, 0), MedicationListModel::StoppedRole).toBool(), false);
        QCOMPARE(model.data(model.index(model.rowOf(c), 0), MedicationListModel::ScheduleRole).toString(),
                 QStringLiteral("As needed"));
        QCOMPARE(model.headerData(MedicationListModel::NextRefillColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Next refill"));
        QVERIFY(model.roleNames().contains(MedicationListModel::DoseRole));

        repo.stop(b, Day, QStringLiteral("Muscle pain"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), -1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(MedicationRepository::Filter::Past);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.medication(0).id, b);
        QCOMPARE(model.data(model.index(0, 0), MedicationListModel::StoppedRole).toBool(), true);
        QCOMPARE(model.data(model.index(0, 0), MedicationListModel::StopDateRole).toDate(), Day);

        model.setFilter(MedicationRepository::Filter::All);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.medication(2).id, b); // past ones after current ones

        repo.softDelete(c);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(c), -1);
    }

    void dueDoseModelUpdatesAfterADose()
    {
        TemporaryVault tv;
        ManualClock clock(at(Day, 10));
        MedicationRepository repo(tv.db(), clock);
        const std::int64_t twice =
            repo.add(medication(QStringLiteral("Metformin"), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)})));
        const std::int64_t weekly = repo.add(
            medication(QStringLiteral("Methotrexate"), MedicationSchedule::onWeekdays({Qt::Monday}, {QTime(9, 0)})));
        repo.add(medication(QStringLiteral("Cetirizine"), MedicationSchedule::asNeeded()));

        DueDoseModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.day(), Day);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, DueDoseModel::TimeColumn)).toString(), QStringLiteral("08:00"));
        QCOMPARE(model.data(model.index(0, DueDoseModel::MedicationColumn)).toString(), QStringLiteral("Metformin 10 mg"));
        QCOMPARE(model.data(model.index(0, DueDoseModel::DoseColumn)).toString(), QStringLiteral("1 tablet"));
        QCOMPARE(model.data(model.index(1, 0), DueDoseModel::MedicationIdRole).toLongLong(), weekly);
        QCOMPARE(model.data(model.index(2, 0), DueDoseModel::TimeRole).toDateTime(), at(Day, 20));
        QCOMPARE(model.data(model.index(0, 0), DueDoseModel::StatusNameRole).toString(), QStringLiteral("pending"));
        // 08:00 is more than an hour past at 10:00; 09:00 is not yet.
        QCOMPARE(model.data(model.index(0, 0), DueDoseModel::OverdueRole).toBool(), true);
        QCOMPARE(model.data(model.index(1, 0), DueDoseModel::OverdueRole).toBool(), false);
        QCOMPARE(model.data(model.index(0, DueDoseModel::StatusColumn)).toString(), QStringLiteral("Overdue"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Taken through the model: the row changes in place.
        model.take(0, at(Day, 9, 30));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.data(model.index(0, 0), DueDoseModel::StatusRole).toInt(), int(DueDose::Status::Late));
        QCOMPARE(model.data(model.index(0, 0), DueDoseModel::OverdueRole).toBool(), false);
        QVERIFY(model.data(model.index(0, 0), DueDoseModel::DoseEventIdRole).toLongLong() > 0);
        QCOMPARE(model.data(model.index(0, DueDoseModel::StatusColumn)).toString(), QStringLiteral("Taken late at 09:30"));

        // Recorded elsewhere, then reloaded.
        repo.recordDose(weekly, DoseEvent::Status::Taken, at(Day, 9, 5), at(Day, 9));
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1, 0), DueDoseModel::StatusNameRole).toString(), QStringLiteral("taken"));

        model.skip(2);
        QCOMPARE(model.dose(2).status, DueDose::Status::Skipped);
        QCOMPARE(changed.count(), 3);

        // Nothing changed: no signal.
        model.reload();
        QCOMPARE(changed.count(), 3);

        // A new medication adds a row: the model resets.
        repo.add(medication(QStringLiteral("Aspirin"), MedicationSchedule::fixedTimes({QTime(12, 0)})));
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);

        // Another day: Tuesday has no Methotrexate.
        model.setDay(Day.addDays(1));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, 0), DueDoseModel::StatusNameRole).toString(), QStringLiteral("pending"));
            QVERIFY(model.data(model.index(row, 0), DueDoseModel::MedicationIdRole).toLongLong() != weekly);
        }
        QCOMPARE(model.data(model.index(0, 0), DueDoseModel::MedicationIdRole).toLongLong(), twice);
        QVERIFY_THROWS_EXCEPTION(RecordError, model.take(0, at(Day.addDays(1), 8)));
        QCOMPARE(model.dose(0).status, DueDose::Status::Pending);
    }
};

QTEST_GUILESS_MAIN(TestMedicationModels)
#include "TestMedicationModels.moc"
