#include "AllergyRepository.h"
#include "Database.h"
#include "RecordError.h"
#include "StorageError.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

Allergy allergy(const QString& substance, const QString& severity, const QString& status = QStringLiteral("active"))
{
    Allergy a;
    a.substance = substance;
    a.severity = severity;
    a.status = status;
    return a;
}

RecordError::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const RecordError& error) {
        return error.kind();
    }
    return RecordError::Kind(-1);
}

} // namespace

class TestAllergyRepository : public QObject
{
    Q_OBJECT

private slots:
    void addGetUpdateWithVersions()
    {
        TemporaryVault tv;
        QVERIFY(tv.db().hasTable(QStringLiteral("allergies")));
        AllergyRepository repo(tv.db());
        Allergy penicillin;
        penicillin.substance = QStringLiteral(" Penicillin ");
        penicillin.category = QStringLiteral("Medication");
        penicillin.reaction = QStringLiteral("hives, swelling");
        penicillin.severity = QStringLiteral("SEVERE");
        penicillin.criticality = QStringLiteral("high");
        penicillin.onsetDate = QDate(2009, 4, 2);
        penicillin.notes = QStringLiteral("Tolerates cephalosporins.");
        const std::int64_t id = repo.add(penicillin);

        Allergy stored = repo.get(id);
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.substance, QStringLiteral("Penicillin"));
        QCOMPARE(stored.category, QStringLiteral("medication"));
        QCOMPARE(stored.severity, QStringLiteral("severe"));
        QCOMPARE(stored.criticality, QStringLiteral("high"));
        QCOMPARE(stored.onsetDate, QDate(2009, 4, 2));
        QCOMPARE(stored.status, QStringLiteral("active"));
        QVERIFY(stored.isActive());
        QCOMPARE(stored.version, 1);
        QCOMPARE(Allergy::severityLabel(stored.severity), QStringLiteral("Severe"));

        stored.status = QStringLiteral("resolved");
        stored.reaction.clear();
        repo.update(stored);
        repo.update(repo.get(id)); // unchanged: no version
        const std::vector<RecordVersion> history = repo.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].values.value(QStringLiteral("reaction")).toString(), QStringLiteral("hives, swelling"));
        QCOMPARE(history[0].values.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(history[1].change, QStringLiteral("edit"));
        QCOMPARE(history[1].values.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QVERIFY(history[1].values.value(QStringLiteral("reaction")).isNull());
        QCOMPARE(history[1].values, repo.get(id).toJson());
        QCOMPARE(repo.get(id).version, 2);
    }

    void refusesBadValues()
    {
        TemporaryVault tv;
        AllergyRepository repo(tv.db());
        const auto refused = [&](const std::function<void(Allergy&)>& spoil) {
            Allergy a = allergy(QStringLiteral("peanuts"), QStringLiteral("mild"));
            spoil(a);
            return errorKindOf([&] { repo.add(a); }) == RecordError::Kind::Invalid;
        };
        QVERIFY(refused([](Allergy& a) { a.substance = QStringLiteral("  "); }));
        QVERIFY(refused([](Allergy& a) { a.category = QStringLiteral("pollen"); }));
        QVERIFY(refused([](Allergy& a) { a.severity = QStringLiteral("deadly"); }));
        QVERIFY(refused([](Allergy& a) { a.criticality = QStringLiteral("medium"); }));
        QVERIFY(refused([](Allergy& a) { a.status = QStringLiteral("gone"); }));
        QVERIFY(refused([](Allergy& a) { a.onsetDate = QDate::currentDate().addDays(1); }));
        QVERIFY(repo.list().empty());
        try {
            Allergy a = allergy(QStringLiteral("peanuts"), QStringLiteral("deadly"));
            repo.add(a);
        } catch (const RecordError& error) {
            QVERIFY(error.message().contains(QLatin1String("Severity")));
            QVERIFY(error.message().contains(QLatin1String("mild, moderate, severe")));
        }
        // The schema refuses what validation would, for a vault edited by hand.
        RecordStore store(tv.db());
        const std::int64_t id = store.createRecord(QLatin1String(RecordStore::Allergy));
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            tv.db().exec(
                QStringLiteral("INSERT INTO allergies (id, substance, status) VALUES (%1, 'x', 'gone')").arg(id)));
    }

    void listsActiveAndSevereFirst()
    {
        TemporaryVault tv;
        AllergyRepository repo(tv.db());
        const std::int64_t resolved
            = repo.add(allergy(QStringLiteral("Amoxicillin"), QStringLiteral("severe"), QStringLiteral("resolved")));
        const std::int64_t mild = repo.add(allergy(QStringLiteral("Cats"), QStringLiteral("mild")));
        const std::int64_t inactive
            = repo.add(allergy(QStringLiteral("Latex"), QStringLiteral("severe"), QStringLiteral("inactive")));
        const std::int64_t severe = repo.add(allergy(QStringLiteral("Shellfish"), QStringLiteral("severe")));
        const std::int64_t unknown = repo.add(allergy(QStringLiteral("Bees"), QString()));
        std::vector<std::int64_t> order;
        for (const Allergy& a : repo.list())
            order.push_back(a.id);
        QCOMPARE(order, (std::vector<std::int64_t> {severe, mild, unknown, inactive, resolved}));
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        AllergyRepository repo(tv.db());
        const std::int64_t id = repo.add(allergy(QStringLiteral("Sulfa"), QStringLiteral("moderate")));
        repo.softDelete(id);
        QVERIFY(repo.list().empty());
        QCOMPARE(repo.listDeleted().size(), std::size_t(1));
        try {
            repo.get(id);
            QFAIL("a deleted allergy was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("The allergy with id %1 was deleted.").arg(id));
        }
        Allergy edited = allergy(QStringLiteral("Sulfa drugs"), QStringLiteral("mild"));
        edited.id = id;
        QCOMPARE(errorKindOf([&] { repo.update(edited); }), RecordError::Kind::NotFound);
        repo.restore(id);
        QCOMPARE(repo.list().size(), std::size_t(1));
        QCOMPARE(repo.history(id).size(), std::size_t(3));
        QCOMPARE(repo.history(id)[1].change, QStringLiteral("delete"));
        QCOMPARE(repo.history(id)[1].values.value(QStringLiteral("substance")).toString(), QStringLiteral("Sulfa"));
        repo.purge(id);
        QVERIFY(repo.list().empty());
        QVERIFY(repo.listDeleted().empty());
        try {
            repo.get(id);
            QFAIL("a purged allergy was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.message(), QStringLiteral("No allergy with id %1.").arg(id));
        }
        Statement rows = tv.db().prepare(QStringLiteral("SELECT count(*) FROM allergies"));
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 0);
        QCOMPARE(errorKindOf([&] { repo.history(id); }), RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { repo.softDelete(31337); }), RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { repo.restore(31337); }), RecordError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAllergyRepository)
#include "TestAllergyRepository.moc"
