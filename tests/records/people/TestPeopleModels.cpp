#include "AllergyListModel.h"
#include "AllergyRepository.h"
#include "CareTeamListModel.h"
#include "CareTeamRepository.h"
#include "ConditionListModel.h"
#include "ConditionRepository.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

const QString MinisignPub = QStringLiteral("RWQ++1lq8aUl6+QRt5+m+yRRD9aJ0zx6HJ7sQk2wk/7x51d6o/TPo6v7");

} // namespace

// The three list models of the people view, each checked by QAbstractItemModelTester through reloads.
class TestPeopleModels : public QObject
{
    Q_OBJECT

private slots:
    void allergies()
    {
        TemporaryVault tv;
        AllergyRepository repo(tv.db());
        AllergyListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AllergyListModel::ColumnCount));

        Allergy mild;
        mild.substance = QStringLiteral("Cats");
        mild.category = QStringLiteral("environment");
        mild.severity = QStringLiteral("mild");
        const std::int64_t cats = repo.add(mild);
        Allergy severe;
        severe.substance = QStringLiteral("Penicillin");
        severe.category = QStringLiteral("medication");
        severe.reaction = QStringLiteral("anaphylaxis");
        severe.severity = QStringLiteral("severe");
        severe.onsetDate = QDate(2001, 5, 3);
        severe.notes = QStringLiteral("Carries an auto-injector.");
        const std::int64_t penicillin = repo.add(severe);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.allergyAt(0).id, penicillin);
        QCOMPARE(model.rowOf(cats), 1);
        QCOMPARE(model.index(0, AllergyListModel::SubstanceColumn).data().toString(), QStringLiteral("Penicillin"));
        QCOMPARE(model.index(0, AllergyListModel::CategoryColumn).data().toString(), QStringLiteral("Medication"));
        QCOMPARE(model.index(0, AllergyListModel::ReactionColumn).data().toString(), QStringLiteral("anaphylaxis"));
        QCOMPARE(model.index(0, AllergyListModel::SeverityColumn).data().toString(), QStringLiteral("Severe"));
        QCOMPARE(model.index(0, AllergyListModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(0, AllergyListModel::OnsetColumn).data().toDate(), QDate(2001, 5, 3));
        QVERIFY(!model.index(1, AllergyListModel::OnsetColumn).data().isValid());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Carries an auto-injector."));
        QCOMPARE(model.index(0, 3).data(AllergyListModel::IdRole).toLongLong(), penicillin);
        QCOMPARE(model.index(1, 0).data(AllergyListModel::SeverityRole).toString(), QStringLiteral("mild"));
        QVERIFY(model.index(1, 0).data(AllergyListModel::ActiveRole).toBool());
        QCOMPARE(model.headerData(AllergyListModel::SubstanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Substance"));

        Allergy resolved = repo.get(penicillin);
        resolved.status = QStringLiteral("resolved");
        repo.update(resolved);
        model.reload();
        QCOMPARE(model.rowOf(penicillin), 1);
        QVERIFY(!model.index(1, 0).data(AllergyListModel::ActiveRole).toBool());
        repo.softDelete(cats);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(cats), -1);
    }

    void conditions()
    {
        TemporaryVault tv;
        ConditionRepository repo(tv.db());
        ConditionListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Condition eczema;
        eczema.name = QStringLiteral("Eczema");
        eczema.status = QStringLiteral("remission");
        eczema.onsetDate = QDate(1990, 1, 1);
        eczema.abatementDate = QDate(2000, 1, 1);
        const std::int64_t e = repo.add(eczema);
        Condition asthma;
        asthma.name = QStringLiteral("Asthma");
        const std::int64_t a = repo.add(asthma);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ConditionListModel::ColumnCount));
        QCOMPARE(model.conditionAt(0).id, a);
        QCOMPARE(model.index(0, ConditionListModel::NameColumn).data().toString(), QStringLiteral("Asthma"));
        QCOMPARE(model.index(1, ConditionListModel::StatusColumn).data().toString(), QStringLiteral("In remission"));
        QCOMPARE(model.index(1, ConditionListModel::OnsetColumn).data().toDate(), QDate(1990, 1, 1));
        QCOMPARE(model.index(1, ConditionListModel::AbatementColumn).data().toDate(), QDate(2000, 1, 1));
        QCOMPARE(model.index(1, 0).data(ConditionListModel::StatusRole).toString(), QStringLiteral("remission"));
        QCOMPARE(model.index(1, 2).data(ConditionListModel::IdRole).toLongLong(), e);
        QCOMPARE(model.headerData(ConditionListModel::AbatementColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Until"));
        repo.purge(a);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(e), 0);
    }

    void careTeam()
    {
        TemporaryVault tv;
        CareTeamRepository repo(tv.db());
        CareTeamListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CareTeamMember daughter;
        daughter.name = QStringLiteral("Zoe");
        daughter.role = QStringLiteral("caregiver");
        daughter.phones = {{QStringLiteral("mobile"), QStringLiteral("555-0142")}};
        const std::int64_t zoe = repo.add(daughter);
        CareTeamMember doctor;
        doctor.name = QStringLiteral("Dr. Haddad");
        doctor.specialty = QStringLiteral("Cardiology");
        doctor.organization = QStringLiteral("City Heart Clinic");
        doctor.minisignKey = MinisignPub;
        doctor.fingerprint = QString(64, QLatin1Char('a'));
        doctor.pinned = true;
        const std::int64_t haddad = repo.add(doctor);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CareTeamListModel::ColumnCount));
        QCOMPARE(model.memberAt(0).id, haddad);
        QCOMPARE(model.rowOf(zoe), 1);
        QCOMPARE(model.index(0, CareTeamListModel::RoleColumn).data().toString(), QStringLiteral("Provider"));
        QCOMPARE(model.index(0, CareTeamListModel::SpecialtyColumn).data().toString(), QStringLiteral("Cardiology"));
        QCOMPARE(model.index(0, CareTeamListModel::OrganizationColumn).data().toString(),
                 QStringLiteral("City Heart Clinic"));
        QCOMPARE(model.index(0, CareTeamListModel::KeysColumn).data().toString(), QStringLiteral("Pinned"));
        QVERIFY(model.index(0, CareTeamListModel::KeysColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("aaaa aaaa")));
        QCOMPARE(model.index(1, CareTeamListModel::PhoneColumn).data().toString(), QStringLiteral("555-0142"));
        QCOMPARE(model.index(1, CareTeamListModel::KeysColumn).data().toString(), QString());
        QVERIFY(model.index(0, 0).data(CareTeamListModel::PinnedRole).toBool());
        QVERIFY(model.index(0, 0).data(CareTeamListModel::HasKeysRole).toBool());
        QVERIFY(!model.index(1, 0).data(CareTeamListModel::HasKeysRole).toBool());
        QCOMPARE(model.index(1, 0).data(CareTeamListModel::MemberRoleRole).toString(), QStringLiteral("caregiver"));
        QCOMPARE(model.index(1, 4).data(CareTeamListModel::IdRole).toLongLong(), zoe);
        repo.setPinned(haddad, false);
        model.reload();
        QCOMPARE(model.index(0, CareTeamListModel::KeysColumn).data().toString(), QStringLiteral("Not pinned"));
        repo.softDelete(haddad);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.headerData(CareTeamListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleModels)
#include "TestPeopleModels.moc"
