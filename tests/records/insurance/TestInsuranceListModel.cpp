#include "InsuranceListModel.h"
#include "InsuranceRepository.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

InsurancePlan plan(const QString& payer, const QString& type, QDate from, QDate to)
{
    InsurancePlan p;
    p.payer = payer;
    p.planName = payer + QStringLiteral(" plan");
    p.planType = type;
    p.memberId = QStringLiteral("M-") + payer.left(3).toUpper();
    p.effectiveFrom = from;
    p.effectiveTo = to;
    return p;
}

} // namespace

class TestInsuranceListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsPlansInListOrder()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        InsuranceListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(InsuranceListModel::ColumnCount));

        const std::int64_t expired = repo.add(
            plan(QStringLiteral("Old Mutual"), QStringLiteral("medical"), QDate(2020, 1, 1), QDate(2021, 1, 1)));
        const std::int64_t active
            = repo.add(plan(QStringLiteral("Acme"), QStringLiteral("dental"), QDate(2026, 1, 1), QDate()));
        InsurancePlan withCard = plan(QStringLiteral("Upcoming"), QStringLiteral("vision"), QDate(2027, 1, 1), QDate());
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        const std::int64_t upcoming
            = repo.add(withCard, InsuranceRepository::CardUpload {png, QStringLiteral("front.png")});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setToday(QDate(2026, 6, 15));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.today(), QDate(2026, 6, 15));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.planAt(0).id, active);
        QCOMPARE(model.planAt(1).id, upcoming);
        QCOMPARE(model.planAt(2).id, expired);
        QCOMPARE(model.rowOf(expired), 2);
        QCOMPARE(model.rowOf(424242), -1);

        const QModelIndex payer = model.index(0, InsuranceListModel::PayerColumn);
        QCOMPARE(payer.data().toString(), QStringLiteral("Acme"));
        QCOMPARE(payer.data(InsuranceListModel::IdRole).toLongLong(), active);
        QCOMPARE(model.index(0, InsuranceListModel::TypeColumn).data().toString(), QStringLiteral("Dental"));
        QCOMPARE(model.index(0, InsuranceListModel::MemberIdColumn).data().toString(), QStringLiteral("M-ACM"));
        QCOMPARE(model.index(0, InsuranceListModel::FromColumn).data().toDate(), QDate(2026, 1, 1));
        QVERIFY(!model.index(0, InsuranceListModel::ToColumn).data().isValid());
        QCOMPARE(model.index(0, InsuranceListModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(1, 0).data(InsuranceListModel::StatusRole).toString(), QStringLiteral("upcoming"));
        QCOMPARE(model.index(2, 0).data(InsuranceListModel::StatusRole).toString(), QStringLiteral("expired"));
        QCOMPARE(model.index(2, InsuranceListModel::StatusColumn).data().toString(), QStringLiteral("Expired"));
        QVERIFY(model.index(1, 0).data(InsuranceListModel::HasCardRole).toBool());
        QVERIFY(!model.index(0, 0).data(InsuranceListModel::HasCardRole).toBool());
        QCOMPARE(model.headerData(InsuranceListModel::PayerColumn, Qt::Horizontal).toString(), QStringLiteral("Payer"));
        QCOMPARE(model.headerData(InsuranceListModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(model.roleNames().contains(InsuranceListModel::IdRole));

        // A later day moves the upcoming plan to the top group.
        model.setToday(QDate(2027, 2, 1));
        QCOMPARE(model.index(0, 0).data(InsuranceListModel::StatusRole).toString(), QStringLiteral("active"));
        QCOMPARE(model.rowOf(expired), 2);

        repo.softDelete(active);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(active), -1);
    }
};

QTEST_GUILESS_MAIN(TestInsuranceListModel)
#include "TestInsuranceListModel.moc"
