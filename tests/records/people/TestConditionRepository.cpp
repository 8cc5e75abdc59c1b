#include "ConditionRepository.h"
#include "Database.h"
#include "RecordError.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

Condition condition(const QString& name, const QString& status, QDate onset = {}, QDate abatement = {})
{
    Condition c;
    c.name = name;
    c.status = status;
    c.onsetDate = onset;
    c.abatementDate = abatement;
    return c;
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

class TestConditionRepository : public QObject
{
    Q_OBJECT

private slots:
    void addGetUpdateWithVersions()
    {
        TemporaryVault tv;
        QVERIFY(tv.db().hasTable(QStringLiteral("conditions")));
        ConditionRepository repo(tv.db());
        Condition asthma = condition(QStringLiteral(" Asthma "), QStringLiteral("Active"), QDate(1995, 9, 1));
        asthma.notes = QStringLiteral("Exercise-induced.");
        const std::int64_t id = repo.add(asthma);
        Condition stored = repo.get(id);
        QCOMPARE(stored.name, QStringLiteral("Asthma"));
        QCOMPARE(stored.status, QStringLiteral("active"));
        QCOMPARE(stored.onsetDate, QDate(1995, 9, 1));
        QVERIFY(!stored.abatementDate.isValid());
        QCOMPARE(stored.notes, QStringLiteral("Exercise-induced."));
        QCOMPARE(stored.version, 1);

        stored.status = QStringLiteral("remission");
        stored.abatementDate = QDate(2015, 6, 1);
        repo.update(stored);
        const std::vector<RecordVersion> history = repo.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QVERIFY(history[0].values.value(QStringLiteral("abatement_date")).isNull());
        QCOMPARE(history[1].values.value(QStringLiteral("abatement_date")).toString(), QStringLiteral("2015-06-01"));
        QCOMPARE(history[1].values.value(QStringLiteral("status")).toString(), QStringLiteral("remission"));
        QCOMPARE(Condition::statusLabel(repo.get(id).status), QStringLiteral("In remission"));
    }

    void refusesBadValues()
    {
        TemporaryVault tv;
        ConditionRepository repo(tv.db());
        const auto invalid
            = [&](const Condition& c) { return errorKindOf([&] { repo.add(c); }) == RecordError::Kind::Invalid; };
        QVERIFY(invalid(condition(QString(), QStringLiteral("active"))));
        QVERIFY(invalid(condition(QStringLiteral("Gout"), QStringLiteral("cured"))));
        QVERIFY(invalid(
            condition(QStringLiteral("Gout"), QStringLiteral("resolved"), QDate(2020, 1, 1), QDate(2019, 1, 1))));
        QVERIFY(
            invalid(condition(QStringLiteral("Gout"), QStringLiteral("active"), QDate(2020, 1, 1), QDate(2021, 1, 1))));
        QVERIFY(invalid(condition(QStringLiteral("Gout"), QStringLiteral("active"), QDate::currentDate().addDays(3))));
        QVERIFY(repo.list().empty());
        QVERIFY(!invalid(
            condition(QStringLiteral("Gout"), QStringLiteral("resolved"), QDate(2020, 1, 1), QDate(2020, 1, 1))));
    }

    void listsActiveThenRemissionThenResolved()
    {
        TemporaryVault tv;
        ConditionRepository repo(tv.db());
        const std::int64_t resolved = repo.add(condition(QStringLiteral("Appendicitis"), QStringLiteral("resolved"),
                                                         QDate(2001, 1, 1), QDate(2001, 1, 20)));
        const std::int64_t older
            = repo.add(condition(QStringLiteral("Hypertension"), QStringLiteral("active"), QDate(2010, 1, 1)));
        const std::int64_t remission = repo.add(condition(QStringLiteral("Eczema"), QStringLiteral("remission")));
        const std::int64_t newer
            = repo.add(condition(QStringLiteral("Diabetes type 2"), QStringLiteral("active"), QDate(2020, 3, 1)));
        const std::int64_t undated = repo.add(condition(QStringLiteral("Migraine"), QStringLiteral("active")));
        std::vector<std::int64_t> order;
        for (const Condition& c : repo.list())
            order.push_back(c.id);
        QCOMPARE(order, (std::vector<std::int64_t> {newer, older, undated, remission, resolved}));
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        ConditionRepository repo(tv.db());
        const std::int64_t id = repo.add(condition(QStringLiteral("Anaemia"), QStringLiteral("active")));
        repo.softDelete(id);
        QVERIFY(repo.list().empty());
        QCOMPARE(repo.listDeleted().front().id, id);
        QCOMPARE(errorKindOf([&] { repo.get(id); }), RecordError::Kind::NotFound);
        repo.restore(id);
        QCOMPARE(repo.get(id).name, QStringLiteral("Anaemia"));
        repo.purge(id);
        try {
            repo.get(id);
            QFAIL("a purged condition was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.message(), QStringLiteral("No condition with id %1.").arg(id));
        }
        QVERIFY(!RecordStore(tv.db()).meta(id));
    }
};

QTEST_GUILESS_MAIN(TestConditionRepository)
#include "TestConditionRepository.moc"
